/**
 * Annotation of free text with the graph's own extraction: character-offset entities keyed by the
 * node key they would get in a graph built from this text alone, and relations between them.
 */
import { assembleGraph } from "./pipeline/assemble";
import { type ExtractOptions, extractArticle } from "./pipeline/extract";
import { resolveAcrossArticles } from "./pipeline/resolve";
import { nodeKey, slugify } from "./schema";

export interface Annotation {
  id: string;
  entities: { start: number; end: number; type: string; text: string; key: string }[];
  relations: { type: string; head: number; tail: number }[];
}

export function annotate(id: string, text: string, options: ExtractOptions = {}): Annotation {
  const extraction = extractArticle({ id, files: [], text }, options);
  const { entities: globals, globalOf } = resolveAcrossArticles([extraction]);
  const labelOf = new Map(globals.map((g) => [g.id, g]));
  const keyOfLocal = (local: number) => {
    const g = labelOf.get(globalOf(0, local));
    return g ? nodeKey(g.type, slugify(g.label)) : "";
  };
  // Only relations that survive the graph's own checks (types, grounding) are reported.
  const { graph } = assembleGraph([extraction]);
  const entities = extraction.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    type: m.type,
    text: m.text,
    key: keyOfLocal(m.entity),
  }));
  const relations: Annotation["relations"] = [];
  const seen = new Set<string>();
  for (const r of extraction.relations) {
    const source = keyOfLocal(r.source);
    const target = keyOfLocal(r.target);
    if (!graph.hasEdge(`${r.type}:${source}->${target}`)) continue;
    const head = entities.findIndex(
      (e, i) => e.key === source && extraction.mentions[i]!.sentence === r.sentence,
    );
    const tail = entities.findIndex(
      (e, i) => e.key === target && extraction.mentions[i]!.sentence === r.sentence,
    );
    const pick = (index: number, key: string) =>
      index >= 0 ? index : entities.findIndex((e) => e.key === key);
    const h = pick(head, source);
    const t = pick(tail, target);
    const id = `${r.type}:${h}:${t}`;
    if (h < 0 || t < 0 || seen.has(id)) continue;
    seen.add(id);
    relations.push({ type: r.type, head: h, tail: t });
  }
  return { id, entities, relations };
}

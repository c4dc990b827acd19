/**
 * Scores a graph against a gold standard with the rules of shared/gold/README.md: names are
 * normalised, a node matches a gold entity by label or alias, ties go to the same type, then the
 * entity whose name it carries, then the one sharing most articles; relations match by type and
 * matched endpoints (or their alternatives).
 */
import type { NewsGraph } from "../graph";
import { RELATION_TYPES } from "../schema";

export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  articles: string[];
  required: boolean;
}

export interface GoldRelation {
  type: string;
  source: string;
  target: string;
  articles: string[];
  required: boolean;
  alt_sources?: string[];
  alt_targets?: string[];
}

export interface Gold {
  articles?: string[];
  entities: GoldEntity[];
  relations: GoldRelation[];
  noise: string[];
}

const HONORIFIC = /^(?:mr|mrs|ms|dr|gov|governor|president|prof|professor|gen|general)\.?\s+/;

export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s\b/g, "")
    .replace(/^the\s+/, "")
    .replace(HONORIFIC, "")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  found: number;
  total: number;
  correct: number;
  predicted: number;
}

function prf(correct: number, predicted: number, found: number, total: number): PRF {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = total === 0 ? 0 : found / total;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, found, total, correct, predicted };
}

export interface Score {
  entities: PRF;
  entitiesByType: Record<string, PRF>;
  duplicates: { gold: string; nodes: string[] }[];
  noiseNodes: string[];
  unmatchedNodes: string[];
  missedEntities: GoldEntity[];
  relations: PRF;
  relationsByType: Record<string, PRF>;
  missedRelations: GoldRelation[];
  wrongEdges: string[];
}

function articlePrefix(id: string): string {
  return id.slice(0, 3);
}

export function scoreGraph(graph: NewsGraph, gold: Gold): Score {
  const goldNames = new Map<string, GoldEntity[]>();
  for (const entity of gold.entities) {
    for (const name of new Set([entity.name, ...entity.aliases].map(normaliseName))) {
      const list = goldNames.get(name) ?? [];
      list.push(entity);
      goldNames.set(name, list);
    }
  }
  const matchOf = new Map<string, GoldEntity>();
  graph.forEachNode((node, a) => {
    const forms = new Set([a.label, ...a.aliases].map(normaliseName));
    const candidates = new Set<GoldEntity>();
    for (const form of forms) for (const entity of goldNames.get(form) ?? []) candidates.add(entity);
    if (candidates.size === 0) return;
    const label = normaliseName(a.label);
    const nodeArticles = new Set(a.articles.map(articlePrefix));
    const ranked = [...candidates].sort((x, y) => {
      const type = Number(y.type === a.type) - Number(x.type === a.type);
      if (type !== 0) return type;
      const carries = Number(normaliseName(y.name) === label) - Number(normaliseName(x.name) === label);
      if (carries !== 0) return carries;
      const shared = (e: GoldEntity) => e.articles.filter((p) => nodeArticles.has(p)).length;
      return shared(y) - shared(x);
    });
    matchOf.set(node, ranked[0]!);
  });

  const nodesOf = new Map<string, string[]>();
  for (const [node, entity] of matchOf) nodesOf.set(entity.id, [...(nodesOf.get(entity.id) ?? []), node]);
  const required = gold.entities.filter((e) => e.required);
  const typeOk = (e: GoldEntity) =>
    (nodesOf.get(e.id) ?? []).some((n) => graph.getNodeAttribute(n, "type") === e.type);
  const foundRequired = required.filter(typeOk);
  const entitiesByType: Record<string, PRF> = {};
  for (const type of ["person", "organisation", "place", "event"]) {
    const req = required.filter((e) => e.type === type);
    let predicted = 0;
    let correct = 0;
    graph.forEachNode((node, a) => {
      if (a.type !== type) return;
      predicted++;
      if (matchOf.has(node)) correct++;
    });
    entitiesByType[type] = prf(correct, predicted, req.filter(typeOk).length, req.length);
  }
  const noise = gold.noise.map(normaliseName);
  const noiseNodes: string[] = [];
  const unmatchedNodes: string[] = [];
  graph.forEachNode((node, a) => {
    if ([a.label, ...a.aliases].some((form) => noise.includes(normaliseName(form)))) noiseNodes.push(node);
    if (!matchOf.has(node)) unmatchedNodes.push(node);
  });

  const relationsByType: Record<string, PRF> = {};
  const edgeMatches = (edge: { type: string; source: string; target: string }, r: GoldRelation) => {
    if (edge.type !== r.type) return false;
    const s = matchOf.get(edge.source)?.id;
    const t = matchOf.get(edge.target)?.id;
    return (
      s !== undefined &&
      t !== undefined &&
      [r.source, ...(r.alt_sources ?? [])].includes(s) &&
      [r.target, ...(r.alt_targets ?? [])].includes(t)
    );
  };
  const edges: { key: string; type: string; source: string; target: string }[] = [];
  graph.forEachEdge((key, a, source, target) => edges.push({ key, type: a.type, source, target }));
  const wrongEdges = edges.filter((e) => !gold.relations.some((r) => edgeMatches(e, r))).map((e) => e.key);
  const requiredRelations = gold.relations.filter((r) => r.required);
  const missedRelations = requiredRelations.filter((r) => !edges.some((e) => edgeMatches(e, r)));
  for (const type of RELATION_TYPES) {
    const ofType = edges.filter((e) => e.type === type);
    const req = requiredRelations.filter((r) => r.type === type);
    if (ofType.length === 0 && req.length === 0) continue;
    relationsByType[type] = prf(
      ofType.filter((e) => gold.relations.some((r) => edgeMatches(e, r))).length,
      ofType.length,
      req.filter((r) => edges.some((e) => edgeMatches(e, r))).length,
      req.length,
    );
  }
  return {
    entities: prf(matchOf.size, graph.order, foundRequired.length, required.length),
    entitiesByType,
    duplicates: [...nodesOf.entries()]
      .filter(([, nodes]) => nodes.length > 1)
      .map(([id, nodes]) => ({ gold: id, nodes })),
    noiseNodes,
    unmatchedNodes,
    missedEntities: required.filter((e) => !typeOk(e)),
    relations: prf(
      edges.length - wrongEdges.length,
      edges.length,
      requiredRelations.length - missedRelations.length,
      requiredRelations.length,
    ),
    relationsByType,
    missedRelations,
    wrongEdges,
  };
}

/**
 * Assemble: the graphology graph from resolved entities and relations. Every node and edge keeps
 * its evidence (article, sentence index, sentence text). A grounding check drops any text edge
 * whose sentence does not mention both ends (or a pronoun or role resolved to one), and edges whose
 * endpoint types the schema does not allow; both are counted. Gazetteer containment between places
 * in the graph is added with evidence that says it came from the gazetteer.
 */
import { createNewsGraph, type NewsGraph } from "../graph";
import { gazetteer, type Place } from "../nlp/gazetteer";
import {
  type ArticleInfo,
  type EdgeAttributes,
  type Evidence,
  edgeKey,
  NODE_TYPE_SPECS,
  nodeKey,
  nodeSize,
  RELATION_TYPE_SPECS,
  type RelationType,
  slugify,
} from "../schema";
import { type ArticleDigest, articleDigest } from "./article-digest";
import { isMajorCapital } from "./mention-words";
import {
  articleCount,
  articlesPerName,
  type GlobalEntity,
  nameWordDigest,
  ownMergeKeys,
  resolveAcrossArticles,
} from "./resolve";
import type { ArticleExtraction } from "./types";

export interface AssemblyStats {
  droppedUngrounded: number;
  droppedBadTypes: number;
  gazetteerEdges: number;
}

const slugs = new Map<string, string>();

/**
 * `slugify` remembered per label: every build slugs every node's label again (~18k on the BBC
 * corpus, nearly all the same as last time).
 */
function slugOf(label: string): string {
  let slug = slugs.get(label);
  if (slug === undefined) {
    if (slugs.size >= 200_000) slugs.clear();
    slug = slugify(label);
    slugs.set(label, slug);
  }
  return slug;
}

/**
 * Works out what the merge needs from one article alone (evidence, grounding, merge keys, the
 * words of its people's names; each remembered per extraction). Called as each extraction
 * arrives, it runs while the worker threads extract the rest instead of after them.
 */
export function digestForMerge(x: ArticleExtraction): void {
  articleDigest(x);
  ownMergeKeys(x);
  nameWordDigest(x);
}

export function assembleGraph(extractions: ArticleExtraction[]): { graph: NewsGraph; stats: AssemblyStats } {
  const graph = createNewsGraph();
  const stats: AssemblyStats = { droppedUngrounded: 0, droppedBadTypes: 0, gazetteerEdges: 0 };
  const { entities, globalOf } = resolveAcrossArticles(extractions);
  const keyOf = new Map<number, string>();
  const used = new Set<string>();

  // Which global entities some relation touches: weak ones (seen only as demonyms) need one.
  const touched = new Set<number>();
  extractions.forEach((x, a) => {
    for (const r of x.relations) {
      touched.add(globalOf(a, r.source));
      touched.add(globalOf(a, r.target));
    }
  });

  const digests = extractions.map(articleDigest);

  // "PC": capitals that more of the articles count or own as a thing ("PCs", "your PC.") than
  // name as an organisation are a thing's abbreviation in those that do not say; likewise a prize
  // ("Oscar-winning") that other articles read as a body or a one-word person.
  const thingArticles = articlesPerName(extractions, (x) => x.things);
  // "Million Dollar Baby": a title two articles introduce as a work's ("the film X") is one
  // wherever it is named.
  const workArticles = articlesPerName(extractions, (x) => x.works);
  const isThing = (g: (typeof entities)[number]) => {
    if (g.type !== "organisation" && g.type !== "person") return false;
    if ((workArticles.get(g.label) ?? 0) >= 2) return true;
    if (g.type === "person" && g.label.includes(" ")) return false;
    const things = thingArticles.get(g.label) ?? 0;
    const named = articleCount(g);
    // More articles saying "thing" than naming a body; or, for a word (a prize: "Oscar-winning"),
    // from three on, half as many: a name many of a collection's stories use as a prize's is one,
    // whatever the others typed it. (Capitals in the plural also name championships, "the AAAs".)
    const word = !/^\p{Lu}+$/u.test(g.label);
    return things > named || (word && things >= 3 && 2 * things >= named);
  };

  for (const g of entities) {
    if (g.weak && !touched.has(g.id)) continue;
    if (isThing(g)) continue;
    let key = nodeKey(g.type, slugOf(g.label));
    for (let n = 2; used.has(key); n++) key = nodeKey(g.type, `${slugOf(g.label)}-${n}`);
    used.add(key);
    keyOf.set(g.id, key);
    const { mentions, articles, evidence } = entityEvidence(g, digests);
    graph.addNode(key, {
      label: g.label,
      type: g.type,
      aliases: [...new Set([g.label, ...g.aliases])],
      mentions,
      articles,
      evidence,
      x: 0,
      y: 0,
      size: nodeSize(mentions),
      color: NODE_TYPE_SPECS[g.type].color,
      ...(g.lat !== undefined && g.lng !== undefined ? { lat: g.lat, lng: g.lng } : {}),
      ...(g.date ? { date: g.date } : {}),
    });
  }

  const evidenceSeen = new Set<string>();
  const addEvidence = (type: RelationType, source: string, target: string, evidence: Evidence) => {
    const key = edgeKey(type, source, target);
    const id = `${key}@${evidence.article}#${evidence.sentence}`;
    if (evidenceSeen.has(id)) return;
    evidenceSeen.add(id);
    if (graph.hasEdge(key)) {
      const attributes = graph.getEdgeAttributes(key);
      attributes.evidence.push(evidence);
      if (!attributes.articles.includes(evidence.article)) attributes.articles.push(evidence.article);
      attributes.weight = attributes.evidence.length;
      return;
    }
    const spec = RELATION_TYPE_SPECS[type];
    const attributes: EdgeAttributes = {
      type,
      label: spec.label,
      weight: 1,
      articles: [evidence.article],
      evidence: [evidence],
      color: spec.color,
      size: 1,
    };
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  };

  extractions.forEach((x, a) => {
    x.relations.forEach((r, i) => {
      const source = keyOf.get(globalOf(a, r.source));
      const target = keyOf.get(globalOf(a, r.target));
      if (!source || !target || source === target) return;
      const spec = RELATION_TYPE_SPECS[r.type];
      const sourceType = graph.getNodeAttribute(source, "type");
      const targetType = graph.getNodeAttribute(target, "type");
      if (!spec.sources.includes(sourceType) || !spec.targets.includes(targetType)) {
        stats.droppedBadTypes++;
        return;
      }
      const reading = digests[a]!.relations[i];
      if (!reading) return;
      if (!reading.grounded) {
        stats.droppedUngrounded++;
        return;
      }
      addEvidence(r.type, source, target, reading.evidence);
    });
  });

  stats.gazetteerEdges = addGazetteerContainment(graph, entities, keyOf);
  graph.forEachEdge((edge, attributes) =>
    graph.setEdgeAttribute(edge, "size", Math.min(6, 1 + Math.log2(attributes.weight))),
  );
  graph.updateAttributes((attributes) => ({
    ...attributes,
    generator: "newsgraph",
    articles: extractions.map(
      (x): ArticleInfo => ({
        id: x.article.id,
        files: x.article.files,
        ...(x.article.title ? { title: x.article.title } : {}),
        ...(x.article.date ? { date: x.article.date } : {}),
        ...(x.article.url ? { url: x.article.url } : {}),
      }),
    ),
  }));
  return { graph, stats };
}

/**
 * A node's mentions, articles (sorted) and evidence (one per article and sentence, in member and
 * mention order), from its members' digests.
 */
function entityEvidence(
  g: GlobalEntity,
  digests: ArticleDigest[],
): { mentions: number; articles: string[]; evidence: Evidence[] } {
  if (g.members.length === 1) {
    const [a, local] = g.members[0]!;
    const digest = digests[a]!;
    const own = digest.entities[local];
    return own
      ? { mentions: own.mentions, articles: [digest.articleId], evidence: [...own.evidence] }
      : { mentions: 0, articles: [], evidence: [] };
  }
  let mentions = 0;
  const articles = new Set<string>();
  const parts: Evidence[][] = [];
  // Members from one article each (nearly always): their evidence cannot repeat.
  let repeated = false;
  for (const [a, local] of g.members) {
    const digest = digests[a]!;
    const own = digest.entities[local];
    if (!own) continue;
    mentions += own.mentions;
    if (articles.has(digest.articleId)) repeated = true;
    articles.add(digest.articleId);
    parts.push(own.evidence);
  }
  let evidence: Evidence[] = parts.flat();
  if (repeated) {
    const seen = new Set<string>();
    evidence = evidence.filter((e) => {
      const id = `${e.article}#${e.sentence}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
  return { mentions, articles: [...articles].sort(), evidence };
}

/** Other towns have this one's name, and it is not a major capital (which a name alone means). */
function sharedCityName(gaz: ReturnType<typeof gazetteer>, place: Place): boolean {
  if (isMajorCapital(place)) return false;
  return gaz.places(place.name).some((other) => other.kind === "city" && other.id !== place.id);
}

function shareAnArticle(graph: NewsGraph, a: string, b: string): boolean {
  const articles = new Set<string>(graph.getNodeAttribute(a, "articles"));
  return graph.getNodeAttribute(b, "articles").some((article: string) => articles.has(article));
}

/** located-in edges the gazetteer knows between places that are both in the graph. */
function addGazetteerContainment(
  graph: NewsGraph,
  entities: ReturnType<typeof resolveAcrossArticles>["entities"],
  keyOf: Map<number, string>,
): number {
  const gaz = gazetteer();
  const byGeo = new Map<string, string>();
  for (const g of entities) if (g.geo && keyOf.has(g.id)) byGeo.set(g.geo, keyOf.get(g.id)!);
  let added = 0;
  for (const g of entities) {
    const key = keyOf.get(g.id);
    if (!key || !g.geo) continue;
    const [country, region, city] = g.geo.split("/");
    const place = city
      ? gaz.places(city).find((p) => p.id === g.geo)
      : region
        ? gaz.region(country!, region)
        : undefined;
    if (!place) continue;
    let parent = gaz.parent(place);
    while (parent && !byGeo.has(parent.id)) parent = gaz.parent(parent);
    if (!parent) continue;
    const target = byGeo.get(parent.id)!;
    const edge = `located-in:${key}->${target}`;
    if (graph.hasEdge(edge) || target === key) continue;
    // A town name many places share ("Springfield") was grounded by a guess; stating where it lies
    // needs an article that names both it and that parent.
    if (city && sharedCityName(gaz, place) && !shareAnArticle(graph, key, target)) continue;
    // The edge adds nothing when the text already placed this place inside a place inside the parent.
    const first = graph.getNodeAttribute(key, "evidence")[0];
    graph.addDirectedEdgeWithKey(edge, key, target, {
      type: "located-in",
      label: RELATION_TYPE_SPECS["located-in"].label,
      weight: 1,
      articles: first ? [first.article] : [],
      evidence: [
        {
          article: first?.article ?? "",
          sentence: first?.sentence ?? 0,
          text: `${place.name} lies in ${parent.name} (gazetteer: country-state-city).`,
          source: "gazetteer",
        },
      ],
      color: RELATION_TYPE_SPECS["located-in"].color,
      size: 1,
    });
    added++;
  }
  return added;
}

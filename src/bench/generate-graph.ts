/**
 * A generated news-like graph for benchmarks and tests: `nodes` entities in communities of varied
 * size (stories), most edges inside a community, some across, hubs by preferential choice, every
 * node and edge with evidence like a real build's. Deterministic for a seed.
 */
import { createNewsGraph, type NewsGraph } from "../graph";
import {
  edgeKey,
  NODE_TYPE_SPECS,
  NODE_TYPES,
  nodeKey,
  nodeSize,
  RELATION_TYPE_SPECS,
  RELATION_TYPES,
} from "../schema";

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

export interface GeneratedGraphOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Share of edges between communities (default 0.1). */
  across?: number;
}

export function generateNewsGraph(options: GeneratedGraphOptions): NewsGraph {
  const random = seededRandom(options.seed ?? 7);
  const graph = createNewsGraph();
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // Community sizes: heavy-tailed, like stories (a few big, many small).
  const community: number[] = [];
  const members: number[][] = [];
  while (community.length < options.nodes) {
    const size = Math.min(options.nodes - community.length, 3 + Math.floor(-Math.log(1 - random()) * 30));
    const list: number[] = [];
    for (let i = 0; i < size; i++) {
      list.push(community.length);
      community.push(members.length);
    }
    members.push(list);
  }
  const keys: string[] = [];
  for (let i = 0; i < options.nodes; i++) {
    const type = pick(NODE_TYPES);
    const key = nodeKey(type, `entity-${i}`);
    keys.push(key);
    const article = `article-${community[i]}`;
    const mentions = 1 + Math.floor(-Math.log(1 - random()) * 3);
    graph.addNode(key, {
      label: `Entity ${i} & "Co" <${type}>`,
      type,
      aliases: [`Entity ${i}`, `E${i}`],
      mentions,
      articles: [article],
      evidence: [
        { article, sentence: i % 17, text: `Entity ${i} was mentioned in a sentence of ${article}.` },
      ],
      x: 0,
      y: 0,
      size: nodeSize(mentions),
      color: NODE_TYPE_SPECS[type].color,
    });
  }
  const across = options.across ?? 0.1;
  for (let added = 0, tries = 0; added < options.edges && tries < options.edges * 5; tries++) {
    const a = Math.floor(random() * options.nodes);
    const group = members[community[a]!]!;
    // Prefer low indices within a community as hubs (preferential-ish choice).
    const b =
      random() < across || group.length < 2
        ? Math.floor(random() * options.nodes)
        : group[Math.floor(random() ** 2 * group.length)]!;
    if (a === b) continue;
    const type = pick(RELATION_TYPES);
    const key = edgeKey(type, keys[a]!, keys[b]!);
    if (graph.hasEdge(key)) continue;
    const spec = RELATION_TYPE_SPECS[type];
    const article = `article-${community[a]}`;
    graph.addDirectedEdgeWithKey(key, keys[a]!, keys[b]!, {
      type,
      label: spec.label,
      weight: 1,
      articles: [article],
      evidence: [{ article, sentence: added % 13, text: `Entity ${a} ${spec.verb} Entity ${b}.` }],
      color: spec.color,
      size: 1,
    });
    added++;
  }
  return graph;
}

/**
 * A small hand-made graph with invented names for the export tests: every node type, several
 * relation types, parallel edges, optional attributes, and text that breaks naive writers
 * (commas, quotes, newlines, XML and Cypher metacharacters, non-Latin scripts, an emoji).
 */
import { createNewsGraph, type NewsGraph } from "../../src/graph";
import {
  type EdgeAttributes,
  edgeKey,
  NODE_TYPE_SPECS,
  type NodeAttributes,
  type NodeType,
  nodeKey,
  nodeSize,
  RELATION_TYPE_SPECS,
  type RelationType,
  slugify,
} from "../../src/schema";

export const NASTY_TEXT = `He said, "we'll hold"; then <left> & came back\nnext day — 'quoted' \\ back\`tick} //`;

export function addNode(
  graph: NewsGraph,
  type: NodeType,
  label: string,
  extra: Partial<NodeAttributes> = {},
): string {
  const key = nodeKey(type, slugify(label));
  const mentions = extra.mentions ?? 2;
  graph.addNode(key, {
    label,
    type,
    aliases: [label, `${label} (alias, "quoted")`],
    mentions,
    articles: ["art-1", "art;2"],
    evidence: [{ article: "art-1", sentence: 0, text: `${label} was seen. ${NASTY_TEXT}` }],
    x: graph.order * 1.5,
    y: 1 - graph.order * 2,
    size: nodeSize(mentions),
    color: NODE_TYPE_SPECS[type].color,
    ...extra,
  });
  return key;
}

export function addEdge(
  graph: NewsGraph,
  type: RelationType,
  source: string,
  target: string,
  extra: Partial<EdgeAttributes> = {},
): string {
  const key = edgeKey(type, source, target);
  graph.addDirectedEdgeWithKey(key, source, target, {
    type,
    label: RELATION_TYPE_SPECS[type].label,
    weight: 1,
    articles: ["art-1"],
    evidence: [{ article: "art-1", sentence: 1, text: NASTY_TEXT }],
    color: RELATION_TYPE_SPECS[type].color,
    ...extra,
  });
  return key;
}

export function sampleGraph(): NewsGraph {
  const graph = createNewsGraph();
  graph.setAttribute("name", "Sample & <test>");
  graph.setAttribute("generator", "newsgraph tests");
  const mayor = addNode(graph, "person", "Olena Petrenko-Vasylenko", { description: 'Mayor, "acting"' });
  const spokesman = addNode(graph, "person", "Jean-Luc d'Arbois", { mentions: 5 });
  const ministry = addNode(graph, "organisation", "Ministry of Bridges, Roads & Ferries");
  const town = addNode(graph, "place", "Novoselivka", { lat: 48.5, lng: 35.25 });
  const region = addNode(graph, "place", "Львівська область");
  const summit = addNode(graph, "event", "Bridge <Summit> 🌉", { date: "2024-03-01" });
  addEdge(graph, "member-of", spokesman, ministry, { weight: 3, articles: ["art-1", "art-2"] });
  addEdge(graph, "leads", mayor, town);
  addEdge(graph, "located-in", town, region);
  addEdge(graph, "located-in", summit, town);
  addEdge(graph, "participant-in", mayor, summit);
  addEdge(graph, "said", spokesman, summit, {
    evidence: [
      { article: "art-2", sentence: 4, text: NASTY_TEXT, quote: 'It "will" open,\nsoon', speech: "direct" },
    ],
  });
  addEdge(graph, "visited", spokesman, town);
  // A parallel edge of another type between the same pair.
  addEdge(graph, "attacked", spokesman, town, { weight: 2 });
  return graph;
}

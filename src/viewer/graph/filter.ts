/**
 * Dataset → filtered graph: a pure function of the canonical graph and the filters. The result
 * shares attribute objects with the dataset (they are never mutated) so it costs one pass.
 */
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../schema";
import type { DatasetGraph } from "../data/validate";
import type { Filters } from "../state/view-state";

/** Compare an ISO date (any precision) with a bound of any precision, at the shorter precision. */
function beforeBound(date: string, bound: string): boolean {
  const n = Math.min(date.length, bound.length);
  return date.slice(0, n) < bound.slice(0, n);
}

export function nodePassesDate(date: string | undefined, from: string | null, to: string | null): boolean {
  if (!date) return true;
  if (from && beforeBound(date, from)) return false;
  if (to && beforeBound(to, date)) return false;
  return true;
}

export function filterGraph(graph: DatasetGraph, filters: Filters): DatasetGraph {
  const hiddenTypes = new Set(filters.hiddenNodeTypes);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const { article, minMentions, dateFrom, dateTo } = filters;
  const out = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  out.replaceAttributes(graph.getAttributes());
  graph.forEachNode((key, a) => {
    if (hiddenTypes.has(a.type)) return;
    if (a.mentions < minMentions) return;
    if (article && !a.articles.includes(article)) return;
    if (!nodePassesDate(a.date, dateFrom, dateTo)) return;
    out.addNode(key, a);
  });
  graph.forEachEdge((key, a, source, target) => {
    if (hiddenRelations.has(a.type)) return;
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    if (article && !a.articles.includes(article)) return;
    out.addDirectedEdgeWithKey(key, source, target, a);
  });
  if (filters.hideIsolated) {
    const isolated = out.filterNodes((node) => out.degree(node) === 0);
    for (const node of isolated) out.dropNode(node);
  }
  return out;
}

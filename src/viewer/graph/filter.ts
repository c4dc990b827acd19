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

/** Whether the filters let everything through (then the dataset itself is the filtered graph). */
export function isPassThrough(filters: Filters): boolean {
  return (
    !filters.hiddenNodeTypes.length &&
    !filters.hiddenRelations.length &&
    !filters.article &&
    filters.minMentions <= 0 &&
    !filters.hideIsolated &&
    !filters.dateFrom &&
    !filters.dateTo
  );
}

/**
 * The filtered graph is read-only like the dataset, so with no filter at all the dataset is
 * returned as it is: one graph copy less before the first frame.
 */
export function filterGraph(graph: DatasetGraph, filters: Filters): DatasetGraph {
  if (isPassThrough(filters)) return graph;
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

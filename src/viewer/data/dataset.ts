/**
 * The canonical dataset: the validated graph as loaded, never mutated by the UI, plus lookups the
 * filters and panel need (articles by id, date extent, the search index). Everything the user
 * sees is derived from it.
 */
import type { ArticleInfo } from "../../schema";
import { buildSearchIndex, type SearchIndex } from "../search/search";
import type { DatasetGraph, ValidatedGraph } from "./validate";

export interface Dataset {
  graph: DatasetGraph;
  /** Where it came from, for the title bar: a URL or a file name. */
  source: string;
  hasLayout: boolean;
  articles: Map<string, ArticleInfo>;
  /** Sorted article ids that occur on nodes or edges or in the graph attributes. */
  articleIds: string[];
  /** Earliest and latest dated node (ISO strings compare as dates), or null if none is dated. */
  dateExtent: [string, string] | null;
  maxMentions: number;
  /** Built on first use: folding every name costs time the first frame should not wait for. */
  search(): SearchIndex;
}

export function createDataset(validated: ValidatedGraph, source: string): Dataset {
  const { graph } = validated;
  let index: SearchIndex | undefined;
  const articles = new Map<string, ArticleInfo>();
  for (const info of graph.getAttribute("articles") ?? []) articles.set(info.id, info);
  const ids = new Set(articles.keys());
  let minDate: string | null = null;
  let maxDate: string | null = null;
  let maxMentions = 0;
  const xs = new Set<number>();
  graph.forEachNode((_key, a) => {
    for (const id of a.articles) ids.add(id);
    if (a.date) {
      if (minDate === null || a.date < minDate) minDate = a.date;
      if (maxDate === null || a.date > maxDate) maxDate = a.date;
    }
    if (a.mentions > maxMentions) maxMentions = a.mentions;
    if (xs.size < 3) xs.add(a.x);
  });
  graph.forEachEdge((_key, a) => {
    for (const id of a.articles) ids.add(id);
  });
  return {
    graph,
    source,
    // Positions all equal (e.g. all 0) are no layout at all.
    hasLayout: validated.hasLayout && xs.size > 1,
    articles,
    articleIds: [...ids].sort(),
    dateExtent: minDate !== null && maxDate !== null ? [minDate, maxDate] : null,
    maxMentions,
    search: () => {
      index ??= buildSearchIndex(graph);
      return index;
    },
  };
}

export function articleTitle(dataset: Dataset, id: string): string {
  const info = dataset.articles.get(id);
  return info?.title ?? id;
}

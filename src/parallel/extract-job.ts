/**
 * One extraction job, as the build runs it in process or in a worker: the article's date from a
 * date line when ingest found none, then `extractArticle`. Kept apart from build.ts so a worker
 * loads only the extraction code, not the exporters.
 */
import { findDateLine } from "../pipeline/clean";
import { type ExtractOptions, extractArticle } from "../pipeline/extract";
import type { Article, ArticleExtraction } from "../pipeline/types";

export function extractWithDate(article: Article, options: ExtractOptions = {}): ArticleExtraction {
  if (article.date) return extractArticle(article, options);
  const date = findDateLine(article);
  return extractArticle(date ? { ...article, date } : article, options);
}

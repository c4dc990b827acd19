/**
 * One extraction job, as the build runs it in process or in a worker: the article's date from a
 * date line when ingest found none, then `extractArticle`. Kept apart from build.ts so a worker
 * loads only the extraction code, not the exporters.
 */
import { findDateLine } from "../pipeline/clean";
import { extractArticle } from "../pipeline/extract";
import type { Article, ArticleExtraction } from "../pipeline/types";

export function extractWithDate(article: Article): ArticleExtraction {
  if (article.date) return extractArticle(article);
  const date = findDateLine(article);
  return extractArticle(date ? { ...article, date } : article);
}

/**
 * Per-article extraction: clean → sentences → mentions → local resolution → relations and events.
 * Pure and synchronous, its result plain JSON, so it can run in a worker and be cached by content.
 */
import { cleanArticle } from "./clean";
import { findMentions } from "./mentions";
import { extractRelations } from "./relations";
import { resolveLocal } from "./resolve-local";
import { sentencesOf } from "./sentences";
import type { Article, ArticleExtraction } from "./types";

/** Bump when extraction output changes, so cached per-article results are not reused. */
export const PIPELINE_VERSION = "1";

export function extractArticle(article: Article): ArticleExtraction {
  const cleaned = cleanArticle(article);
  const sentences = sentencesOf(cleaned);
  const found = findMentions(article.text, sentences);
  const resolution = resolveLocal(found, article.text);
  const relations = extractRelations({ text: article.text, sentences, found, resolution });
  const { mentions, entities } = resolution;
  const { text: _text, ...meta } = article;
  return {
    article: meta,
    sentences,
    mentions,
    entities,
    relations,
    dropped: cleaned.blocks
      .filter((block) => block.verdict === "boilerplate")
      .map(({ start, end, text, reasons }) => ({ start, end, text, reasons })),
  };
}

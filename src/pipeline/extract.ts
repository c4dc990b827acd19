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
export const PIPELINE_VERSION = "4";

/**
 * The text the analysis reads: the same length as the article, so every offset still points into
 * the original, with look-alike apostrophes before a possessive "s" made the usual one.
 */
function analysisText(text: string): string {
  // The look-behind is tried at every position of the article: first ask whether there is any
  // such apostrophe at all (most articles have none).
  if (!/[‘`´]/.test(text)) return text;
  return text.replace(/(?<=\p{L})[‘`´](?=s\b)/gu, "’");
}

export interface ExtractOptions {
  /**
   * Use the trained models (default true): the recogniser's hints where the rules are unsure, and
   * the parser's subjects, objects and appositions for relations.
   */
  models?: boolean;
}

export function extractArticle(article: Article, options: ExtractOptions = {}): ArticleExtraction {
  const text = analysisText(article.text);
  const cleaned = cleanArticle({ ...article, text });
  const analysed = sentencesOf(cleaned);
  const found = findMentions(text, analysed, {
    ...(article.date ? { articleDate: article.date } : {}),
    useModels: options.models ?? true,
  });
  const resolution = resolveLocal(found, text);
  const relations = extractRelations({
    text,
    sentences: analysed,
    found,
    resolution,
    useParser: options.models ?? true,
  });
  const { mentions, entities } = resolution;
  // Evidence quotes the article as written.
  const sentences = analysed.map((s) => ({ ...s, text: article.text.slice(s.start, s.end) }));
  const { text: _text, ...meta } = article;
  // A plain-text article's title is its headline: the first block the cleaner kept.
  const headline = cleaned.blocks.find((b) => b.verdict === "main");
  const title = meta.title ?? (headline ? article.text.slice(headline.start, headline.end) : undefined);
  return {
    article: { ...meta, ...(title ? { title } : {}) },
    sentences,
    mentions,
    entities,
    relations,
    dropped: cleaned.blocks
      .filter((block) => block.verdict === "boilerplate")
      .map(({ start, end, reasons }) => ({ start, end, text: article.text.slice(start, end), reasons })),
    things: found.things ?? [],
    works: found.works ?? [],
  };
}

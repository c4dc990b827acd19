/** Sentences: split every kept block of a cleaned article; indices run through the article. */
import { splitBlock } from "../nlp/sentences";
import type { CleanedArticle, Sentence } from "./types";

export function sentencesOf(cleaned: CleanedArticle): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of cleaned.blocks) {
    if (block.verdict !== "main") continue;
    sentences.push(...splitBlock(block.text, block.start, sentences.length));
  }
  return sentences;
}

/** Sentences: split every kept block of a cleaned article; indices run through the article. */
import { splitBlock } from "../nlp/sentences";
import { tokenize } from "../nlp/tokenize";
import type { CleanedArticle, Sentence, Token } from "./types";

export function sentencesOf(cleaned: CleanedArticle): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of cleaned.blocks) {
    if (block.verdict !== "main") continue;
    sentences.push(...splitBlock(block.text, block.start, sentences.length));
  }
  return sentences;
}

const tokensOf = new WeakMap<Sentence, readonly Token[]>();

/**
 * The tokens of a sentence, tokenised once: mention finding, relation reading and the parse all
 * read the same sentence (tokenising was ~2% of extraction, three times over).
 */
export function sentenceTokens(sentence: Sentence): readonly Token[] {
  let tokens = tokensOf.get(sentence);
  if (tokens === undefined) {
    tokens = tokenize(sentence.text, sentence.start);
    tokensOf.set(sentence, tokens);
  }
  return tokens;
}

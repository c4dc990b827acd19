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

/** Where a sentence keeps its tokens: a symbol, so neither JSON nor a worker's message carries them. */
const TOKENS = Symbol("tokens");

/**
 * The tokens of a sentence, tokenised once: mention finding, relation reading and the parse all
 * read the same sentence (tokenising was ~2% of extraction, three times over). Kept on the
 * sentence itself, not in a WeakMap: V8 frees a WeakMap's values only in a full collection, and
 * a build's peak memory rose by ~50 MB.
 */
export function sentenceTokens(sentence: Sentence): readonly Token[] {
  const holder = sentence as Sentence & { [TOKENS]?: readonly Token[] };
  let tokens = holder[TOKENS];
  if (tokens === undefined) {
    tokens = tokenize(sentence.text, sentence.start);
    Object.defineProperty(holder, TOKENS, { value: tokens, enumerable: false });
  }
  return tokens;
}

const LOWERS = Symbol("lowers");

/**
 * Each token's text in lower case, made once per sentence: the mention finder, the action and
 * speech rules and the parse filter all compare every token's lower-case form, and each made its
 * own (a new string per token and rule).
 */
export function sentenceLowers(sentence: Sentence): readonly string[] {
  const holder = sentence as Sentence & { [LOWERS]?: readonly string[] };
  let lowers = holder[LOWERS];
  if (lowers === undefined) {
    lowers = sentenceTokens(sentence).map((t) => t.text.toLowerCase());
    Object.defineProperty(holder, LOWERS, { value: lowers, enumerable: false });
  }
  return lowers;
}

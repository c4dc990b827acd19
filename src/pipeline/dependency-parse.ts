/**
 * Dependency parse of one pipeline sentence with the trained tagger and parser (src/models),
 * indexed by the pipeline's own tokens. The models see the sentence in UD tokenisation
 * (nlp/ud-tokens.ts), which is what they were trained on.
 */
import { loadParser } from "../models";
import { onPipelineTokens, type PipelineParse, toUdTokens } from "../nlp/ud-tokens";
import { sentenceTags } from "./sentence-tags";
import type { Token } from "./types";

export type { PipelineParse } from "../nlp/ud-tokens";

export function parseSentence(tokens: readonly Token[]): PipelineParse {
  if (tokens.length === 0) return { tags: [], arcs: [] };
  const ud = toUdTokens(tokens);
  const tags = sentenceTags(ud.tokens);
  const parser = loadParser();
  // The relation rules read the relations of a few tokens: the rest are never labelled.
  const arcs = parser.parseLazily ? parser.parseLazily(ud.tokens, tags) : parser.parse(ud.tokens, tags);
  return onPipelineTokens(tags, arcs, ud, tokens.length);
}

/**
 * Dependency parse of pipeline sentences with the trained tagger and parser (src/models), indexed
 * by the pipeline's own tokens. The models see each sentence in UD tokenisation
 * (nlp/ud-tokens.ts), which is what they were trained on.
 */
import { loadParser } from "../models";
import { onPipelineTokens, type PipelineParse, toUdTokens } from "../nlp/ud-tokens";
import { sentenceTags } from "./sentence-tags";
import type { Token } from "./types";

export type { PipelineParse } from "../nlp/ud-tokens";

export function parseSentence(tokens: readonly Token[]): PipelineParse {
  return parseSentences([tokens])[0]!;
}

/**
 * Several sentences at once, in phases: every sentence tagged, then every sentence parsed. Each
 * model's tables and word records stay in the CPU caches through its phase, where one sentence at
 * a time between rule code makes each model call cost about twice as much. The models are
 * deterministic per sentence, so the result is what `parseSentence` gives each one.
 */
export function parseSentences(sentences: readonly (readonly Token[])[]): PipelineParse[] {
  const ud = sentences.map(toUdTokens);
  const tags = ud.map((u) => (u.tokens.length === 0 ? [] : sentenceTags(u.tokens)));
  const parser = sentences.some((tokens) => tokens.length > 0) ? loadParser() : undefined;
  return sentences.map((tokens, i) => {
    if (tokens.length === 0) return { tags: [], arcs: [] };
    const arcs = parser!.parse(ud[i]!.tokens, tags[i]!);
    return onPipelineTokens(tags[i]!, arcs, ud[i]!, tokens.length);
  });
}

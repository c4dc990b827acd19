/**
 * Hints from the trained recogniser (src/models): for one sentence, the type the model gives each
 * character span it recognises. The rule layer asks for a hint only where its own evidence is
 * weak (a bare name shape, an unknown single word, a determiner before a name), so titles,
 * heads, gazetteers and resolution keep deciding where they know; `--no-models` turns hints off.
 */
import { loadRecognizer } from "../models";
import type { NodeType } from "../schema";
import { sentenceTags } from "./sentence-tags";
import type { Token } from "./types";

/** The type the recogniser gives the span start..end (character offsets), if any; `name` is its text. */
export type EntityHints = (start: number, end: number, name?: string) => NodeType | undefined;

const NONE: EntityHints = () => undefined;

export function sentenceHints(tokens: readonly Token[]): EntityHints {
  if (tokens.length === 0) return NONE;
  // The models run only when the rules ask, so sentences without a doubtful name cost nothing.
  let byRange: Map<string, NodeType> | undefined;
  return (start, end) => {
    if (!byRange) {
      byRange = new Map();
      const words = tokens.map((t) => t.text);
      for (const span of loadRecognizer().recognize(words, sentenceTags(words))) {
        byRange.set(`${tokens[span.start]!.start}:${tokens[span.end - 1]!.end}`, span.type);
      }
    }
    return byRange.get(`${start}:${end}`);
  };
}

/**
 * Hints for the sentences of one article, with one sense per name: a name the recogniser was asked
 * about once keeps that answer in later sentences instead of tagging each of them again (names
 * recur through an article, and the model pass costs more than the rest of extraction together).
 */
export function articleHints(): (tokens: readonly Token[]) => EntityHints {
  const byName = new Map<string, NodeType | undefined>();
  return (tokens) => {
    const ask = sentenceHints(tokens);
    return (start, end, name) => {
      if (name !== undefined && byName.has(name)) return byName.get(name);
      const answer = ask(start, end);
      if (name !== undefined) byName.set(name, answer);
      return answer;
    };
  };
}

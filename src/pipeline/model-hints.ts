/**
 * Hints from the trained recogniser (src/models): for one sentence, the type the model gives each
 * character span it recognises. The rule layer asks for a hint only where its own evidence is
 * weak (a bare name shape, an unknown single word, a determiner before a name), so titles,
 * heads, gazetteers and resolution keep deciding where they know; `--no-models` turns hints off.
 */
import { loadRecognizer, loadTagger } from "../models";
import type { NodeType } from "../schema";
import type { Token } from "./types";

export type EntityHints = (start: number, end: number) => NodeType | undefined;

const NONE: EntityHints = () => undefined;

export function sentenceHints(tokens: readonly Token[]): EntityHints {
  if (tokens.length === 0) return NONE;
  // Only sentences with a capitalised word after the first can hold a name worth a hint.
  if (!tokens.some((t, i) => i > 0 && /^\p{Lu}/u.test(t.text))) return NONE;
  const words = tokens.map((t) => t.text);
  const tags = loadTagger().tag(words);
  const spans = loadRecognizer().recognize(words, tags);
  if (spans.length === 0) return NONE;
  const byRange = new Map<string, NodeType>();
  for (const span of spans) {
    const start = tokens[span.start]!.start;
    const end = tokens[span.end - 1]!.end;
    byRange.set(`${start}:${end}`, span.type);
  }
  return (start, end) => byRange.get(`${start}:${end}`);
}

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
export interface EntityHints {
  (start: number, end: number, name?: string): NodeType | undefined;
  /** The names it finds strictly inside start..end ("Actress X": the rules' span and a descriptor). */
  within?: (start: number, end: number) => HintSpan[];
  /** Whether any name it finds covers start..end (the span itself or a longer one around it). */
  covers?: (start: number, end: number) => boolean;
}

export interface HintSpan {
  start: number;
  end: number;
  type: NodeType;
}

const NONE: EntityHints = () => undefined;

export function sentenceHints(tokens: readonly Token[]): EntityHints {
  if (tokens.length === 0) return NONE;
  // The models run only when the rules ask, so sentences without a doubtful name cost nothing.
  let spans: HintSpan[] | undefined;
  const recognised = () => {
    if (!spans) {
      const words = tokens.map((t) => t.text);
      const recognizer = loadRecognizer();
      // The shipped recogniser reads no tags: the sentence is tagged only if a parse needs it.
      spans = recognizer
        .recognize(words, recognizer.readsTags ? sentenceTags(words) : undefined)
        .map((span) => ({
          start: tokens[span.start]!.start,
          end: tokens[span.end - 1]!.end,
          type: span.type,
        }));
    }
    return spans;
  };
  const hints: EntityHints = (start, end) => {
    const spans = recognised();
    const exact = spans.find((span) => span.start === start && span.end === end);
    if (exact) return exact.type;
    // Trained on treebank spans, the model often reads "X Y of the Z Trust" whole as the person:
    // the words before its "of" are the person's name.
    const whole = spans.find((span) => span.type === "person" && span.start === start && span.end > end);
    return whole && tokens.find((t) => t.start >= end)?.text === "of" ? "person" : undefined;
  };
  hints.within = (start, end) =>
    recognised().filter(
      (span) => span.start >= start && span.end <= end && (span.start > start || span.end < end),
    );
  hints.covers = (start, end) => recognised().some((span) => span.start <= start && span.end >= end);
  return hints;
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
    const hints: EntityHints = (start, end, name) => {
      if (name !== undefined && byName.get(name) !== undefined) return byName.get(name);
      // "No name here" is not remembered: the next sentence may use the name more plainly.
      const answer = ask(start, end);
      if (name !== undefined && answer !== undefined) byName.set(name, answer);
      return answer;
    };
    if (ask.within) hints.within = ask.within;
    if (ask.covers) hints.covers = ask.covers;
    return hints;
  };
}

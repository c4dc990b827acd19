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
  // The models run only when the rules ask, and only over the stretch of the sentence around
  // the words asked about (a third of the tokens of the sentences asked about, on BBC news).
  let words: string[] | undefined;
  const decoded: { from: number; to: number; spans: HintSpan[] }[] = [];
  const recognised = (start: number, end: number): HintSpan[] => {
    let from = tokens.findIndex((t) => t.end > start);
    if (from < 0) from = tokens.length - 1;
    let to = tokens.findIndex((t) => t.start >= end);
    if (to < 0) to = tokens.length;
    if (to <= from) to = from + 1;
    const done = decoded.find((w) => w.from <= from && w.to >= to);
    if (done) return done.spans;
    words ??= tokens.map((t) => t.text);
    const recognizer = loadRecognizer();
    // The shipped recogniser reads no tags: the sentence is tagged only if a parse needs it.
    const tags = recognizer.readsTags ? sentenceTags(words) : undefined;
    if (!recognizer.recognizeAround) {
      from = 0;
      to = tokens.length;
    }
    // Windows that overlap the new one are decoded again with it, as one stretch.
    for (let k = decoded.length - 1; k >= 0; k--) {
      const w = decoded[k]!;
      if (w.to > from && w.from < to) {
        from = Math.min(from, w.from);
        to = Math.max(to, w.to);
        decoded.splice(k, 1);
      }
    }
    const window = recognizer.recognizeAround
      ? recognizer.recognizeAround(words, from, to, tags)
      : { from: 0, to: tokens.length, spans: recognizer.recognize(words, tags) };
    const spans = window.spans.map((span) => ({
      start: tokens[span.start]!.start,
      end: tokens[span.end - 1]!.end,
      type: span.type,
    }));
    decoded.push({ from: window.from, to: window.to, spans });
    return spans;
  };
  const hints: EntityHints = (start, end) => {
    const spans = recognised(start, end);
    const exact = spans.find((span) => span.start === start && span.end === end);
    if (exact) return exact.type;
    // Trained on treebank spans, the model often reads "X Y of the Z Trust" whole as the person:
    // the words before its "of" are the person's name.
    const whole = spans.find((span) => span.type === "person" && span.start === start && span.end > end);
    return whole && tokens.find((t) => t.start >= end)?.text === "of" ? "person" : undefined;
  };
  hints.within = (start, end) =>
    recognised(start, end).filter(
      (span) => span.start >= start && span.end <= end && (span.start > start || span.end < end),
    );
  hints.covers = (start, end) =>
    recognised(start, end).some((span) => span.start <= start && span.end >= end);
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

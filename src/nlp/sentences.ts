/**
 * Sentence splitter over one block of text. A block (a paragraph or line) never shares a sentence
 * with another, which keeps headlines and lines without final punctuation apart. Inside a block it
 * splits after . ! ? (and a closing quote or bracket) before a capital, digit or opening quote,
 * except after abbreviations, titles and initials.
 */
import type { Sentence } from "../pipeline/types";

/** Lower-cased abbreviations written with a final period ("Mr.", "Gen.", "Inc."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gov",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "cmdr",
    "sen",
    "rep",
    "rev",
    "st",
    "mt",
    "ft",
    "jr",
    "sr",
    "inc",
    "ltd",
    "co",
    "corp",
    "no",
    "vs",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "dept",
    "est",
    "fig",
    "gov't",
    "pres",
    "univ",
    "ave",
    "blvd",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "u.n",
  ].map((word) => word.toLowerCase()),
);

const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

const WORD_CHAR = /[\p{L}.']/u;

function endsWithAbbreviation(text: string, end: number): boolean {
  // The run of letters, dots and apostrophes just before the full stop, found by scanning back:
  // an end-anchored regex retried from every start position cost more than the split itself.
  let from = end;
  while (from > Math.max(0, end - 24) && WORD_CHAR.test(text[from - 1]!)) from--;
  if (from === end) return false;
  const word = text.slice(from, end).toLowerCase().replace(/\.$/, "");
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("J. Smith"), and dotted forms ("U.S") are abbreviations.
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** A "sentence" longer than this is not prose (a run-on line, a table, junk) and is cut at spaces. */
export const MAX_SENTENCE_LENGTH = 1000;

export function splitBlock(text: string, offset: number, firstIndex: number): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    while (to - from > MAX_SENTENCE_LENGTH) {
      const space = text.slice(from, from + MAX_SENTENCE_LENGTH).lastIndexOf(" ");
      const cut = space > 0 ? from + space : from + MAX_SENTENCE_LENGTH;
      pushTrimmed(text, from, cut, offset, firstIndex, sentences);
      from = cut;
    }
    pushTrimmed(text, from, to, offset, firstIndex, sentences);
  };
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const markEnd = (match.index ?? 0) + match[0].length;
    if (match[0].startsWith(".") && match[0].length === 1 && endsWithAbbreviation(text, match.index ?? 0)) {
      continue;
    }
    push(start, markEnd);
    start = markEnd;
  }
  push(start, text.length);
  return sentences;
}

function pushTrimmed(
  text: string,
  from: number,
  to: number,
  offset: number,
  firstIndex: number,
  out: Sentence[],
) {
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim();
  if (body === "") return;
  const start = offset + from + lead;
  out.push({ index: firstIndex + out.length, start, end: start + body.length, text: body });
}

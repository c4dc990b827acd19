/**
 * Clean: separate the article's main text from page furniture with general signals, in the manner
 * of jusText: each line is a block, classified by its length, final punctuation, script, stop-word
 * density, truncation and position; credit lines inside captions are cut out of otherwise kept
 * blocks. Nothing here knows the strings of any particular site. Every dropped piece keeps its
 * reasons so the clean report can show what was removed and why.
 */
import { splitBlock } from "../nlp/sentences";
import { stopwordDensity } from "../nlp/stopwords";
import type { Article, Block, CleanedArticle } from "./types";

const TERMINAL = /[.!?]["”’)\]]*$/u;
const ELLIPSIS_END = /(?:\.\.\.|…)["”’)\]]*$/u;
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\p{L}+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+,?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$/iu;
const CREDIT_LABEL =
  /^(?:photo|photos|photograph|photographs|pic|picture|image|credit|file photo|video)\s*:/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let position = 0;
  for (const raw of text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== "") lines.push({ start: position + lead, end: position + lead + body.length, text: body });
    position += raw.length + 1;
  }
  return lines;
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Letters, Latin letters and capitals in one pass; ASCII decided without the Unicode regexes. */
function letterCounts(text: string): { letters: number; latin: number; upper: number } {
  let letters = 0;
  let latin = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const isUpper = code >= 65 && code <= 90;
      if (isUpper || (code >= 97 && code <= 122)) {
        letters++;
        latin++;
        if (isUpper) upper++;
      }
      continue;
    }
    // One code point, as `for…of` reads it (a surrogate pair is one character).
    const pair =
      code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
    const ch = pair ? text.slice(i, i + 2) : text[i]!;
    if (pair) i++;
    if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
      if (UPPER.test(ch)) upper++;
    }
  }
  return { letters, latin, upper };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const UPPER = /\p{Lu}/u;

function latinShare(text: string): number {
  const { letters, latin } = letterCounts(text);
  return letters === 0 ? 1 : latin / letters;
}

function startsInOtherScript(text: string): boolean {
  const first = text.match(/\p{L}/u);
  return first !== null && !/\p{Script=Latin}/u.test(first[0]);
}

function upperShare(text: string): number {
  const { letters, upper } = letterCounts(text);
  return letters === 0 ? 0 : upper / letters;
}

/** Ends in "via" and an agency's capitalised name ("…/Pool via UPI", "Jo Roe via Getty Images"). */
const ENDS_VIA_AGENCY = /\bvia\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*\s*\)?\.?$/u;
/** Words a credit line has besides names. */
const CREDIT_WORDS = new Set(["via", "by", "and", "photo", "pic", "image", "file"]);

/**
 * A credit through an agency: every word but "via", "by" and the like is capitalised, so prose
 * that sends something "via the internet" or "via MMS" is not one.
 */
function isAgencyCredit(text: string): boolean {
  if (!ENDS_VIA_AGENCY.test(text)) return false;
  return words(text).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || CREDIT_WORDS.has(word.toLowerCase()));
}

/** A sentence that only credits a photo or video ("(UPI Photo/…)", "Pic: …", "…/Handout via …"). */
export function isCreditSentence(sentence: string): boolean {
  const text = sentence.trim();
  if (CREDIT_LABEL.test(text)) return true;
  if (/^\([^()]*\b(?:photo|pic|image|credit)\b[^()]*\)$/i.test(text)) return true;
  if (/\/\s*handout\b/i.test(text) || isAgencyCredit(text)) return true;
  // The share first: it rules out almost every sentence without building the word list.
  return upperShare(text) > 0.8 && words(text).length >= 2;
}

/** Returns kept sub-ranges of a caption-like block, dropping credit sentences and parentheses. */
function stripCredits(line: Line): { kept: Line[]; dropped: Line[] } {
  const kept: Line[] = [];
  const dropped: Line[] = [];
  for (const sentence of splitBlock(line.text, line.start, 0)) {
    // (Unanchored at its start, the pattern is tried from every position: only where a bracket is.)
    const parenthetical = sentence.text.includes("(")
      ? sentence.text.match(/\s*\([^()]*\b(?:photo|pic|image|credit)\b[^()]*\)\s*$/i)
      : null;
    if (isCreditSentence(sentence.text)) {
      dropped.push({ start: sentence.start, end: sentence.end, text: sentence.text });
    } else if (parenthetical && parenthetical.index !== undefined && parenthetical.index > 0) {
      const cut = sentence.start + parenthetical.index;
      kept.push({ start: sentence.start, end: cut, text: sentence.text.slice(0, parenthetical.index) });
      dropped.push({ start: cut, end: sentence.end, text: sentence.text.slice(parenthetical.index).trim() });
    } else {
      kept.push({ start: sentence.start, end: sentence.end, text: sentence.text });
    }
  }
  return { kept, dropped };
}

/** A one-sentence line that asks the reader to act ("Sign up for our newsletter …", "Follow us on …"). */
const READER_CALL =
  /^(?:sign up|subscribe|follow us|get (?:the|our) (?:latest|best)|download (?:our|the)|click here|register (?:now|for))\b[^.!?]*[.!?]?$/i;
/** The wire's credit of its reporters ("X in Y contributed to this report") and a links disclaimer. */
const REPORT_CREDIT =
  /\bcontributed (?:to this report|reporting|from [A-Z][^.!?]{1,40})\.?$|\bnot responsible for the content of external\b|^(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b|\ball rights reserved\.?$/i;
/** A photo caption opened by its credit: "Dana Orr/AFP: Protesters light flares …". */
const CAPTION_CREDIT =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*\/\s*\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)?:\s/u;

function lineReasons(line: Line, isHeadline: boolean): string[] {
  const reasons: string[] = [];
  const tokens = words(line.text);
  if (tokens.length < 30) {
    if (READER_CALL.test(line.text)) reasons.push("a call to the reader (sign-up or follow line)");
    if (REPORT_CREDIT.test(line.text)) reasons.push("a credit or disclaimer line");
    if (CAPTION_CREDIT.test(line.text)) reasons.push("a photo caption with its credit");
  }
  if (startsInOtherScript(line.text)) reasons.push("starts in another script (a foreign-language link line)");
  else if (latinShare(line.text) < 0.7) reasons.push("mostly in another script");
  if (DATE_LINE.test(line.text)) reasons.push("a date line");
  if (isHeadline) return reasons;
  if (line.text.endsWith(":")) reasons.push("a label line ending in a colon");
  if (ELLIPSIS_END.test(line.text)) reasons.push("ends in an ellipsis (a teaser)");
  else if (!TERMINAL.test(line.text)) {
    if (tokens.length >= 25) reasons.push("long but cut off without final punctuation (a truncated teaser)");
    else reasons.push("a short line without sentence punctuation (navigation, caption or link)");
  }
  if (tokens.length < 5) reasons.push(`too short (${tokens.length} words)`);
  // News prose can be dense with names and nouns: a punctuated sentence needs far fewer function
  // words than a line of link text or tags does.
  const minimumDensity = TERMINAL.test(line.text) ? 0.05 : 0.12;
  if (tokens.length >= 5 && stopwordDensity(tokens) < minimumDensity)
    reasons.push("too few function words to be prose");
  return reasons;
}

/** A headline is the first substantial Latin-script line; a " | Section" tail is dropped. */
function findHeadline(lines: Line[]): number {
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    const line = lines[i]!;
    if (DATE_LINE.test(line.text) || startsInOtherScript(line.text)) continue;
    if (words(line.text).length >= 4 && !line.text.endsWith(":")) return i;
  }
  return -1;
}

export function cleanArticle(article: Article): CleanedArticle {
  const lines = splitLines(article.text);
  const headline = findHeadline(lines);
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    let target = line;
    if (index === headline) {
      const section = line.text.match(/\s+\|\s+[^|]*$/);
      if (section && section.index !== undefined) {
        target = {
          start: line.start,
          end: line.start + section.index,
          text: line.text.slice(0, section.index),
        };
        blocks.push({
          start: target.end,
          end: line.end,
          text: line.text.slice(section.index).trim(),
          verdict: "boilerplate",
          reasons: ["a site section after a headline bar"],
        });
      }
    }
    const { kept, dropped } = stripCredits(target);
    for (const part of dropped) blocks.push({ ...part, verdict: "boilerplate", reasons: ["a photo credit"] });
    if (kept.length === 0) return;
    const first = kept[0]!;
    const last = kept[kept.length - 1]!;
    const body: Line = {
      start: first.start,
      end: last.end,
      text: article.text.slice(first.start, last.end).trim(),
    };
    const reasons = lineReasons(body, index === headline);
    const previous = blocks[blocks.length - 1];
    if (
      reasons.length === 0 &&
      index !== headline &&
      previous !== undefined &&
      previous.verdict === "boilerplate" &&
      words(body.text).length < 8
    ) {
      reasons.push("a short block right after page furniture");
    }
    blocks.push({ ...body, verdict: reasons.length > 0 ? "boilerplate" : "main", reasons });
  });
  blocks.sort((a, b) => a.start - b.start);
  return { article, blocks };
}

/** The article's date from a date line, when the metadata did not give one. */
export function findDateLine(article: Article): string | undefined {
  for (const line of splitLines(article.text).slice(0, 5)) {
    if (!DATE_LINE.test(line.text)) continue;
    const parsed = Date.parse(line.text.replace(/^\p{L}+day,?\s+/iu, ""));
    if (!Number.isNaN(parsed)) return new Date(parsed).toISOString().slice(0, 10);
  }
  return undefined;
}

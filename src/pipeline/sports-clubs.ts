/**
 * Clubs named after their towns. In a sports report a town's name that wins, loses, signs players,
 * has fans or stands in a score line ("X beat Y 2-1", "joined X", "X fans", "X v Y") is the club,
 * an organisation; the town keeps its own node where it is a place ("a hotel in X").
 */
import {
  CLUB_NAME_SUFFIXES,
  CLUB_NOUNS,
  CLUB_OBJECT_PAIRS,
  CLUB_OBJECT_WORDS,
  MATCH_VERBS,
  SPORTS_REPORT_WORDS,
  SQUAD_NOUNS,
  SQUAD_NOUNS_AFTER_POSSESSIVE,
} from "../nlp/cues";
import type { Place } from "../nlp/gazetteer";
import { STOPWORDS } from "../nlp/stopwords";
import { isPossessiveTok, type Tok } from "./mention-words";
import type { Sentence } from "./types";

/** A score as the tokeniser splits it: "2", "-", "1". */
const SCORE_AT = (tokens: readonly Tok[], at: number): boolean =>
  /^\d{1,2}$/.test(tokens[at]?.text ?? "") &&
  tokens[at + 1]?.text === "-" &&
  /^\d{1,2}$/.test(tokens[at + 2]?.text ?? "");

/** How many sport words (a score counting as one) make an article a sports report. */
const SPORTS_REPORT_MIN_WORDS = 4;

/** A score ("2-1") or a lower-case word; global, and only given to `match`, which starts it afresh. */
const SCORE_OR_LOWER_CASE_WORD = /\b\d{1,2}-\d{1,2}\b|[\p{Ll}-]+/gu;

/** Whether the article reads as a sports report: several of its words are sport's. */

export function isSportsReport(sentences: readonly Sentence[]): boolean {
  let count = 0;
  for (const sentence of sentences) {
    // The matched words only (\`match\`, not \`matchAll\`): no match record per word of the article.
    for (const word of sentence.text.match(SCORE_OR_LOWER_CASE_WORD) ?? []) {
      // (a score, "2-1", is the one kind of word that starts with a digit)
      const first = word.charCodeAt(0);
      if ((first >= 48 && first <= 57) || SPORTS_REPORT_WORDS.has(word)) count++;
      if (count >= SPORTS_REPORT_MIN_WORDS) return true;
    }
  }
  return false;
}

/** Words of a business report: an article with several reads "X said it would cut …" as a firm's. */
const BUSINESS_REPORT_WORDS = new Set(
  `shares profits profit revenue revenues sales investors shareholders firm firms company companies
takeover earnings turnover jobs plant factory stores staff customers`.split(/\s+/),
);
const BUSINESS_REPORT_MIN_WORDS = 3;

export function isBusinessReport(sentences: readonly Sentence[]): boolean {
  let count = 0;
  for (const sentence of sentences) {
    for (const word of sentence.text.match(/\p{L}+/gu) ?? []) {
      if (BUSINESS_REPORT_WORDS.has(word.toLowerCase())) count++;
      if (count >= BUSINESS_REPORT_MIN_WORDS) return true;
    }
  }
  return false;
}

/**
 * Words written as the last word of a longer capitalised name ("Dana Radley" → "Radley"):
 * surnames, which a town's name alone may also be; such a word is read as the person's.
 */
export function lastWordsOfNames(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  // Each capitalised word and the capitalised word after it; a function word before it ("But X",
  // "The X" opening a sentence) makes it no name's last word.
  const pair = /(\p{Lu}[\p{L}'’-]+) (?=(\p{Lu}[\p{L}'’-]+))/gu;
  for (const sentence of sentences)
    for (const [, first, second] of sentence.text.matchAll(pair))
      if (!STOPWORDS.has(first!.toLowerCase())) words.add(second!);
  return words;
}

/** A name whose last word is a club's ("X United", "X Rovers"). */
export function hasClubSuffix(words: readonly Tok[]): boolean {
  return words.length > 1 && CLUB_NAME_SUFFIXES.has(words[words.length - 1]!.lower);
}

/**
 * The words around tokens from..to that make the name a club's in a sports report, as the cue to
 * record, or undefined: a score or "v" beside it, a club noun after it ("X fans", "X's manager"),
 * a match verb after it ("X beat"), or a match word before it ("beat X", "win over X", "joined X").
 */
export function clubCue(tokens: readonly Tok[], from: number, to: number): string | undefined {
  const after = tokens[to];
  const before = tokens[from - 1];
  if (SCORE_AT(tokens, to) || (from >= 3 && SCORE_AT(tokens, from - 3))) return "score";
  if ((after?.lower === "v" || after?.lower === "vs") && tokens[to + 1]?.cap) return '"v"';
  const noun = isPossessiveTok(after) ? tokens[to + 1] : after;
  if (noun && noun.text === noun.lower && CLUB_NOUNS.has(noun.lower)) return `"${noun.lower}"`;
  if (after && after.text === after.lower && MATCH_VERBS.has(after.lower)) return `"${after.lower}"`;
  if (before && before.text === before.lower && CLUB_OBJECT_WORDS.has(before.lower))
    return `"${before.lower}"`;
  const first = tokens[from - 2];
  if (before && first && CLUB_OBJECT_PAIRS.get(first.lower)?.has(before.lower))
    return `"${first.lower} ${before.lower}"`;
  return undefined;
}

/**
 * The words after a name of any shape (ending before `to`) that make it a club's in a sports
 * report, as the cue to record, or undefined: a squad noun right after it ("X fans", "X squad"), or after its possessive
 * a squad noun or a post that players do not have ("X's manager", "X's fans"; not "X's coach").
 */
export function squadCue(tokens: readonly Tok[], to: number): string | undefined {
  const after = tokens[to];
  const possessive = isPossessiveTok(after);
  const noun = possessive ? tokens[to + 1] : after;
  if (!noun || noun.text !== noun.lower) return undefined;
  const nouns = possessive ? SQUAD_NOUNS_AFTER_POSSESSIVE : SQUAD_NOUNS;
  return nouns.has(noun.lower) ? `"${possessive ? "'s " : ""}${noun.lower}"` : undefined;
}

/** How far a region's centre may lie from a town of its name for the region to be the town's. */
const TOWN_REGION_KM = 100;

/** Farther than this from its country's point, a region record's point is taken to be wrong. */
const MISPLACED_REGION_KM = 2_500;

/** Distance on the ground, near enough for tens of kilometres (equirectangular). */
export function kilometresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const x = (b.lng - a.lng) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}

/**
 * Whether the gazetteer's places of a name make it a town's name, which a club may bear: a town
 * of that name, no country, and no region but one named after the town (its centre within
 * TOWN_REGION_KM of it) or one whose point is misplaced (thousands of kilometres from its
 * country's: some records put an English district in America). A country or a real region ("the
 * X squad") is a national or regional side, and stays a place.
 */
export function isTownName(
  places: readonly Place[],
  countryOf: (code: string) => Place | undefined,
): boolean {
  const towns = places.filter((p) => p.kind === "city");
  const misplaced = (region: Place) => {
    const country = countryOf(region.countryCode);
    return country !== undefined && kilometresBetween(region, country) > MISPLACED_REGION_KM;
  };
  return (
    towns.length > 0 &&
    places.every(
      (p) =>
        p.kind === "city" ||
        (p.kind === "region" &&
          (towns.some((c) => kilometresBetween(p, c) <= TOWN_REGION_KM) || misplaced(p))),
    )
  );
}

/**
 * re3d → NER sentences.
 *
 * re3d marks entities by character offsets and often as descriptive phrases: "U.S. service
 * members" (Organisation), "the northern part of the country" (Location), "Minister for the
 * Middle East" (Person, a role rather than a name). We keep names only:
 * - leading determiners/possessives are trimmed ("the Kurdish YPG" → "Kurdish YPG");
 * - Person spans lose leading role titles and the words that belong to the title:
 *   "Foreign Secretary Boris Johnson" → "Boris Johnson". A Person span that is only a title
 *   ("Minister for the Middle East") is not a name: its tokens are marked *ignore* (no training
 *   signal either way) so nested names inside it, if annotated separately, can still be used;
 * - a span whose last token is not capitalised ("U.S. forces", "the camp") is descriptive and
 *   is ignored in the same way;
 * - an organisation or place span that is part of a title ("US Secretary" inside "US Secretary
 *   of State X", "Foreign" of "Foreign Secretary"), a lone month or weekday typed as a name
 *   (dates the automatic pre-annotation marked: "Jan." of "Jan. 7") and possessive pronouns are
 *   ignored in the same way;
 * - of two overlapping annotations the one inside the other gives way ("Advisor X",
 *   Organisation, inside "Special Advisor X", Person: the person "X" stays);
 * - Location→place, Organisation→organisation, Person→person; Nationality and the other types
 *   are dropped (tokens O).
 * Documents are tokenised with the project's corpus tokeniser; entities whose offsets do not fall
 * on token boundaries within one sentence are ignored. Sentences without any annotation are left
 * out (re3d annotators covered documents selectively; "Syria" in an unannotated sentence is not
 * a negative example).
 */
import { ROLE_WORDS } from "../models/lexicon";
import { isCapitalised } from "../models/tokens";
import { splitSentences, tokenize } from "./tokenize";
import type { EntityType, NerSentence, Span } from "./types";

export interface Re3dDocument {
  _id: string;
  text: string;
  title?: string;
}

export interface Re3dEntity {
  documentId: string;
  begin: number;
  end: number;
  type: string;
  value: string;
}

const MAP: Record<string, EntityType | undefined> = {
  Person: "person",
  Organisation: "organisation",
  Location: "place",
};

const LEADING_DROP = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "this",
  "that",
  "these",
]);
const PRONOUNS = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "him",
  "her",
  "them",
  "us",
  "who",
  "my",
  "your",
]);
const DATE_WORDS = new Set(
  "january jan february feb march mar april apr may june jun july jul august aug september sept sep october oct november nov december dec monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);
/** Role cues that are portfolio adjectives ("Foreign Secretary"), not titles by themselves. */
const PORTFOLIO = new Set(["foreign", "defence", "defense", "interior"]);
/** Role cues that are no title nouns. */
const NOT_TITLES = new Set(["said", "told", "says"]);
const TITLE_GLUE = new Set(["for", "of", "the", "and", "state", "affairs", "&"]);

/** Parses a mongoexport file (one JSON object per line). */
export function parseJsonLines<T>(text: string): T[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as T);
}

/**
 * Decides what a typed span of tokens contributes: a (possibly trimmed) name span, or an
 * ignored region (descriptive/title-only), or nothing.
 */
export function re3dSpan(
  tokens: string[],
  start: number,
  end: number,
  type: EntityType,
): { span?: Span; ignore?: { start: number; end: number } } {
  let s = start;
  while (s < end && LEADING_DROP.has(tokens[s]!.toLowerCase())) s++;
  if (s >= end) return {};
  if (end - s === 1 && PRONOUNS.has(tokens[s]!.toLowerCase())) return { ignore: { start: s, end } };
  // A lone month or weekday is a date the automatic pre-annotation typed as a name ("Jan." of
  // "Jan. 7", "since June"); a person called May is annotated with more than that word.
  if (end - start === 1 && DATE_WORDS.has(tokens[s]!.toLowerCase().replace(/\.$/, ""))) {
    return { ignore: { start: s, end } };
  }
  if (!isCapitalised(tokens[end - 1]!) && !/^[0-9]/.test(tokens[end - 1]!)) {
    return { ignore: { start: s, end } };
  }
  // An organisation or place "name" that is part of a title is not a name: one ending in a
  // title noun ("US Secretary", "Maintenance Group Commander": organisations annotators marked
  // inside "US Secretary of State X") or a portfolio word alone ("Foreign" of "Foreign
  // Secretary", "Defense" of "Secretary of Defense X"); "Department of Defense" stays.
  const lastWord = tokens[end - 1]!.toLowerCase();
  if (
    type !== "person" &&
    (PORTFOLIO.has(lastWord) ? end - s === 1 : ROLE_WORDS.has(lastWord) && !NOT_TITLES.has(lastWord))
  ) {
    return { ignore: { start: s, end } };
  }
  if (type === "person") {
    // Skip the title: role words and the lower-case / capitalised glue words of the title up to
    // the last role word ("Minister for the Middle East Alistair Burt" has no marker where the
    // title ends, so we take the name as the tokens after the last role word and its complement
    // only when those are at most 4 capitalised tokens).
    let lastRole = -1;
    for (let i = s; i < end; i++) if (ROLE_WORDS.has(tokens[i]!.toLowerCase())) lastRole = i;
    if (lastRole >= 0) {
      let k = lastRole + 1;
      // "Minister for Europe Alan Duncan": skip the complement of the title.
      if (k < end && TITLE_GLUE.has(tokens[k]!.toLowerCase())) {
        while (k < end && (TITLE_GLUE.has(tokens[k]!.toLowerCase()) || isCapitalised(tokens[k]!))) k++;
        // Names follow the complement only if something is left; with no marker we cannot tell
        // where the complement ends, so such spans are ignored.
        return { ignore: { start: s, end } };
      }
      if (k >= end) return { ignore: { start: s, end } };
      s = k;
    }
  }
  for (let i = s; i < end; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t) && !/^[0-9]/.test(t) && !/^(of|for|the|and|de|al|bin|ibn|&|-|'s|\.)$/i.test(t)) {
      // A lower-case content word inside: descriptive ("Syrian opposition forces").
      return { ignore: { start: s, end } };
    }
  }
  return { span: { start: s, end, type } };
}

export function re3dToNer(docs: Re3dDocument[], entities: Re3dEntity[], source: string): NerSentence[] {
  const byDoc = new Map<string, Re3dEntity[]>();
  for (const e of entities) {
    const list = byDoc.get(e.documentId) ?? [];
    list.push(e);
    byDoc.set(e.documentId, list);
  }
  const out: NerSentence[] = [];
  for (const doc of docs) {
    const tokens = tokenize(doc.text);
    const sentences = splitSentences(tokens, doc.text);
    const ents = byDoc.get(doc._id) ?? [];
    sentences.forEach((sent, si) => {
      const words = sent.map((t) => t.text);
      const sentStart = sent[0]!.start;
      const sentEnd = sent[sent.length - 1]!.end;
      // re3d annotated sentences selectively: a sentence without any annotation (of any type)
      // was most likely not annotated at all, so it is left out rather than read as "no names".
      if (!ents.some((e) => e.begin >= sentStart && e.end <= sentEnd)) return;
      const candidates: { span: Span; start: number; end: number }[] = [];
      const ignore: { start: number; end: number }[] = [];
      for (const e of ents) {
        if (e.begin < sentStart || e.end > sentEnd) continue;
        const ts = sent.findIndex((t) => t.start === e.begin);
        const te = sent.findIndex((t) => t.end === e.end);
        const type = MAP[e.type];
        if (ts < 0 || te < ts) {
          // misaligned offsets: we cannot say which tokens are in the span
          if (type) {
            const a = sent.findIndex((t) => t.end > e.begin);
            const b = sent.findIndex((t) => t.start >= e.end);
            if (a >= 0) ignore.push({ start: a, end: b < 0 ? sent.length : b });
          }
          continue;
        }
        if (!type) continue;
        const r = re3dSpan(words, ts, te + 1, type);
        let from = ts;
        while (from < te && LEADING_DROP.has(words[from]!.toLowerCase())) from++;
        if (r.span) candidates.push({ span: r.span, start: from, end: te + 1 });
        if (r.ignore) ignore.push(r.ignore);
      }
      // An annotation inside another one (as annotated, before titles were cut off) gives way
      // to it where their names overlap: "Special Advisor X" (Person, the name "X") over the
      // "Advisor X" (Organisation) inside it.
      const inner = (c: { span: Span; start: number; end: number }): boolean =>
        candidates.some(
          (o) =>
            o !== c &&
            o.start <= c.start &&
            c.end <= o.end &&
            o.end - o.start > c.end - c.start &&
            o.span.start < c.span.end &&
            c.span.start < o.span.end,
        );
      const kept = candidates.filter((c) => !inner(c)).map((c) => c.span);
      kept.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const spans: Span[] = [];
      for (const c of kept) {
        if (spans.some((t) => c.start < t.end && t.start < c.end)) continue;
        spans.push(c);
      }
      spans.sort((a, b) => a.start - b.start);
      // An ignored region that fully contains a kept name is narrowed away from it.
      const ig = ignore.filter((r) => !spans.some((s) => s.start <= r.start && r.end <= s.end));
      const sentence: NerSentence = { id: `${doc._id}-${si}`, doc: doc._id, source, tokens: words, spans };
      if (ig.length > 0) sentence.ignore = ig;
      out.push(sentence);
    });
  }
  return out;
}

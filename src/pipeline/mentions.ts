/**
 * Mentions: find people, organisations, places and events in each sentence and type them from
 * shape and context. Capitalised runs are split at titles ("Belgorod Gov. X" → place + role +
 * person); heads and class nouns type organisations and places ("… Ministry", "… region"); country
 * words with force nouns make a country's armed forces; event nouns make events with their actor
 * and place. Headlines in title case only take names the body already established, since every
 * word there is capitalised. Single unknown words are typed from the whole article afterwards.
 */

import {
  ATTACK_VERBS,
  CAPTURE_VERBS,
  EVENT_NOUNS,
  FORCE_MODIFIERS,
  FORCE_NOUNS,
  MONTHS,
  normaliseCue,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PLACE_CLASS_NOUNS,
  PLACE_HEADS,
  SPEECH_VERBS,
  UNIT_NOUNS,
  VISIT_VERBS,
  WEEKDAYS,
} from "../nlp/cues";
import { type DateMention, findDates } from "../nlp/dates";
import { gazetteer, type Place } from "../nlp/gazetteer";
import { STOPWORDS } from "../nlp/stopwords";
import { isAllCaps, isCapitalised, tokenize } from "../nlp/tokenize";
import type { FoundMention, FoundMentions, PlaceClass, PlaceLink, RoleLink } from "./mention-types";
import type { Sentence, Token } from "./types";

interface Tok extends Token {
  lower: string;
  cap: boolean;
}

const CONNECTORS = new Set(["of", "for", "the", "and", "on", "de", "du", "al", "&"]);
const DETERMINERS = new Set(["the", "a", "an"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "his", "her", "their", "our", "my", "your"]);
const LOCATIVE = new Set([
  "in",
  "into",
  "near",
  "at",
  "from",
  "across",
  "toward",
  "towards",
  "outside",
  "inside",
  "around",
  "through",
  "to",
  "via",
  "over",
  "throughout",
]);
const ROLE_QUALIFIERS = new Set([
  "prime",
  "vice",
  "deputy",
  "foreign",
  "defence",
  "defense",
  "interior",
  "finance",
  "senior",
  "acting",
  "former",
  "regional",
  "supreme",
  "special",
  "chief",
  "first",
  "presidential",
  "military",
  "army",
  "top",
]);
const EVENT_TAILS = new Set([
  "order",
  "orders",
  "proposal",
  "plan",
  "deal",
  "agreement",
  "corridor",
  "corridors",
]);
/** Auxiliaries and common verbs that follow a subject: "Kyiv has", "Moscow will". */
const VERB_AFTER_SUBJECT = new Set(
  `has have had is was were are will would could can may might must should does did says said wants
wanted agreed refused rejected denied accused launched sent ordered demanded insists insisted plans
planned hopes hoped reported claimed announced declared responded warned threatened`.split(/\s+/),
);
const QUOTE_OPEN = /^[“"‘«]$/;
const QUOTE_CLOSE = /^[”"’»]$/;

function toks(sentence: Sentence): Tok[] {
  return tokenize(sentence.text, sentence.start).map((t) => ({
    ...t,
    lower: t.text.toLowerCase(),
    cap: isCapitalised(t.text),
  }));
}

function isPossessiveTok(t: Tok | undefined): boolean {
  return t !== undefined && /^['’][sS]$/.test(t.text);
}

/** A title token, allowing a following dot ("Gov."). */
function isTitle(t: Tok | undefined): boolean {
  return t !== undefined && PERSON_TITLES.has(normaliseCue(t.text));
}

/** A headline in title case: nearly every content word capitalised, so shape says nothing. */
function isTitleCaseLine(tokens: Tok[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && !STOPWORDS.has(t.lower));
  if (words.length < 4) return false;
  return words.slice(1).every((t) => t.cap);
}

function nameLike(t: Tok): boolean {
  return t.cap && /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(t.text) && !STOPWORDS.has(t.lower);
}

export interface MentionContext {
  /** Words the article writes in lower case: a capitalised one of them is probably not a name. */
  lowercaseWords: ReadonlySet<string>;
  /** Countries the article names: an ambiguous place name is read as the one in these. */
  countries: ReadonlySet<string>;
  /** The article's date, against which "on Tuesday" or "last year" are resolved. */
  articleDate?: string;
}

/** Country codes of the countries an article names, by name or demonym. */
function countriesNamed(sentences: Sentence[]): Set<string> {
  const gaz = gazetteer();
  const codes = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(/\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?/gu)) {
      const word = match[0];
      const country = gaz.countryOfDemonym(word) ?? gaz.places(word).find((p) => p.kind === "country");
      if (country) codes.add(country.countryCode);
    }
  }
  return codes;
}

/** Region names in the data that are ordinary words when written alone ("Western", "Central"). */
const GENERIC_REGION_WORDS = new Set(
  `north south east west northern southern eastern western central northeast northwest southeast
southwest north-east north-west south-east south-west middle upper lower greater capital centre
center coast coastal island islands interior highlands lowlands mountain plains valley border
frontier littoral metropolitan federal national`.split(/\s+/),
);

function lowercaseVocabulary(sentences: Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(/(?<=\s)\p{Ll}[\p{Ll}'’-]+/gu)) words.add(match[0]);
  }
  return words;
}

class SentenceMentions {
  readonly found: FoundMention[] = [];
  readonly roleLinks: RoleLink[] = [];
  readonly placeLinks: PlaceLink[] = [];
  private readonly gaz = gazetteer();

  constructor(
    private readonly sentence: Sentence,
    private readonly tokens: Tok[],
    private readonly context: MentionContext,
    private readonly offset: number,
  ) {}

  private add(mention: Omit<FoundMention, "sentence" | "roles"> & { roles?: string[] }): number {
    this.found.push({ sentence: this.sentence.index, roles: [], ...mention });
    return this.offset + this.found.length - 1;
  }

  private span(from: number, to: number): { start: number; end: number; text: string } {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    return {
      start,
      end,
      text: this.sentence.text.slice(start - this.sentence.start, end - this.sentence.start),
    };
  }

  /** A country named by a demonym ("Ukrainian"), its name ("Ukraine") or its capital ("Kyiv"). */
  private countryWord(index: number): { place: Place; length: number; demonym: boolean } | undefined {
    const t = this.tokens[index];
    if (!t?.cap) return undefined;
    for (const length of [3, 2, 1]) {
      if (index + length > this.tokens.length) continue;
      const words = this.tokens.slice(index, index + length);
      if (!words.every((w) => w.cap)) continue;
      const text = words.map((w) => w.text).join(" ");
      const demonym = this.gaz.countryOfDemonym(text);
      if (demonym) return { place: demonym, length, demonym: true };
      const country = this.gaz.places(text).find((p) => p.kind === "country");
      if (country && (text.length > 2 || text === "US" || text === "UK"))
        return { place: country, length, demonym: false };
      if (length === 1 && isPossessiveTok(this.tokens[index + 1])) {
        const capital = this.gaz.countryOfCapital(text);
        if (capital) return { place: capital, length, demonym: false };
      }
    }
    return undefined;
  }

  /** "Ukrainian forces", "Kyiv’s forces", "Ukraine Forces", "Russian armed forces". */
  armedForces(index: number): number {
    const country = this.countryWord(index);
    if (!country) return 0;
    let j = index + country.length;
    if (isPossessiveTok(this.tokens[j])) j++;
    while (this.tokens[j] && FORCE_MODIFIERS.has(this.tokens[j]!.lower)) j++;
    const noun = this.tokens[j];
    if (!noun || !FORCE_NOUNS.has(noun.lower)) return 0;
    // "Russian military uniform" is not the military itself.
    const after = this.tokens[j + 1];
    if (
      noun.lower === "military" &&
      after &&
      /^\p{Ll}/u.test(after.text) &&
      !STOPWORDS.has(after.lower) &&
      !SPEECH_VERBS.has(after.lower) &&
      !/(?:ed|s)$/.test(after.lower)
    )
      return 0;
    if (noun.lower === "army" && after && UNIT_NOUNS.has(after.lower)) return 0;
    const name = `Armed Forces of ${country.place.name}`;
    this.add({
      ...this.span(index, j + 1),
      name,
      type: "organisation",
      cue: "country + force noun",
      country: country.place.countryCode,
    });
    return j + 1 - index;
  }

  /** "Ukrainian foreign ministry", "Russia’s emergencies ministry": a country word and a lower-case organisation. */
  private countryOrganisation(index: number): number {
    const country = this.countryWord(index);
    if (!country) return 0;
    let j = index + country.length;
    if (isPossessiveTok(this.tokens[j])) j++;
    const first = j;
    while (
      j < this.tokens.length &&
      j - first < 3 &&
      (/^\p{Ll}[\p{Ll}-]*$/u.test(this.tokens[j]!.text) ||
        (j > first && /^\p{Lu}{2,3}$/u.test(this.tokens[j]!.text))) &&
      !STOPWORDS.has(this.tokens[j]!.lower)
    ) {
      const lower = this.tokens[j]!.lower;
      if (ORGANISATION_HEADS.has(lower) && !FORCE_NOUNS.has(lower) && !UNIT_NOUNS.has(lower) && j > first) {
        const span = this.span(index, j + 1);
        this.add({
          ...span,
          name: span.text,
          type: "organisation",
          cue: "country + organisation noun",
          country: country.place.countryCode,
        });
        return j + 1 - index;
      }
      j++;
    }
    return 0;
  }

  /** "Russian territory", "Ukrainian soil": the country itself. */
  private countryTerritory(index: number): number {
    const country = this.countryWord(index);
    if (!country?.demonym) return 0;
    const noun = this.tokens[index + country.length];
    if (!noun || !["territory", "soil", "land", "lands"].includes(noun.lower)) return 0;
    const place = country.place;
    this.add({
      ...this.span(index, index + country.length + 1),
      name: place.name,
      type: "place",
      cue: "demonym + territory",
      country: place.countryCode,
      placeClass: "country",
      geo: place.id,
      lat: place.lat,
      lng: place.lng,
    });
    return country.length + 1;
  }

  /** "its forces", "the troops", "our troops": forces named elsewhere. */
  private referringForces(index: number): number {
    const t = this.tokens[index]!;
    if (!FORCE_NOUNS.has(t.lower) || t.lower === "military") return 0;
    const before = this.tokens[index - 1];
    const bare = index === 0 || (before !== undefined && !before.cap && !/^\p{L}/u.test(before.text));
    if (!bare && !(before && (POSSESSIVE_PRONOUNS.has(before.lower) || before.lower === "the"))) return 0;
    const from =
      before && (POSSESSIVE_PRONOUNS.has(before.lower) || before.lower === "the") ? index - 1 : index;
    this.add({
      ...this.span(from, index + 1),
      name: "",
      type: "organisation",
      cue: "referring forces",
      referring: true,
    });
    return 1;
  }

  run(): void {
    const tokens = this.tokens;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      const forces = this.armedForces(i) || this.countryOrganisation(i) || this.countryTerritory(i);
      if (forces > 0) {
        i += forces;
        continue;
      }
      if (this.referringForces(i) > 0) {
        i++;
        continue;
      }
      if (t.cap || (QUOTE_OPEN.test(t.text) && tokens[i + 1]?.cap)) {
        i = this.capitalisedRun(i);
        continue;
      }
      i++;
    }
    this.events();
  }

  /** Collects a run of capitalised tokens from `start` and types it; returns the next index. */
  private capitalisedRun(start: number): number {
    const tokens = this.tokens;
    let i = start;
    const quoted = QUOTE_OPEN.test(tokens[i]!.text);
    if (quoted) i++;
    // Adjectives such as "Russian-occupied" or "Kremlin-backed" describe, they do not name.
    while (i < tokens.length && /^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(tokens[i]!.text)) i++;
    if (i >= tokens.length || !tokens[i]!.cap) return Math.max(i, start + 1);
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (
        t.cap &&
        !(j > i && STOPWORDS.has(t.lower) && !isAllCaps(t.text) && !CONNECTORS.has(t.lower)) &&
        !(j > i && (WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)))
      ) {
        j++;
        if (tokens[j]?.text === "." && isTitle(t)) j++;
        continue;
      }
      if (CONNECTORS.has(t.lower) && j > i && !isPossessiveTok(tokens[j - 1])) {
        // "Institute for the Study of War": a chain of connectors before the next capital.
        let k = j;
        while (k < tokens.length && CONNECTORS.has(tokens[k]!.lower) && !tokens[k]!.cap && k - j < 2) k++;
        if (tokens[k]?.cap && k > j) {
          j = k;
          continue;
        }
      }
      if (/^\p{Lu}\.$/u.test(t.text) || (t.text === "-" && tokens[j + 1]?.cap)) {
        j++;
        continue;
      }
      break;
    }
    const closing = quoted && QUOTE_CLOSE.test(tokens[j]?.text ?? "") ? j + 1 : j;
    // "Zaporizhzhia, Crimea and Kharkiv": "and" joins names, unless an organisation's name spans it
    // ("Ministry of Trade and Industry").
    const hasHead = tokens.slice(i, j).some((t) => ORGANISATION_HEADS.has(t.lower) && t.cap);
    let part = i;
    for (let k = i; k <= j; k++) {
      if (k === j || (!hasHead && (tokens[k]!.lower === "and" || tokens[k]!.text === "&"))) {
        if (k > part) this.typeRun(part, k, quoted && part === i ? start : part, k === j ? closing : k);
        part = k + 1;
      }
    }
    return Math.max(closing, start + 1);
  }

  private typeRun(from: number, to: number, outerFrom: number, outerTo: number): void {
    const tokens = this.tokens;
    let first = from;
    // Sentence-initial function words are not names ("The", "Meanwhile"), nor are adjectives such
    // as "Russian-occupied" at the start of a part.
    while (
      first < to &&
      ((STOPWORDS.has(tokens[first]!.lower) && !isAllCaps(tokens[first]!.text)) ||
        tokens[first]!.text === "." ||
        /^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(tokens[first]!.text))
    )
      first++;
    // Trailing connectors are not part of a name.
    let last = to;
    while (last > first && (CONNECTORS.has(tokens[last - 1]!.lower) || tokens[last - 1]!.text === "-"))
      last--;
    if (first >= last) return;
    const titleAt = this.findTitle(first, last);
    if (titleAt) {
      this.titled(first, last, titleAt.start, titleAt.end);
      return;
    }
    this.plainName(first, last, outerFrom, outerTo);
  }

  /** The first title sequence inside the run that has a name after it. */
  private findTitle(from: number, to: number): { start: number; end: number } | undefined {
    for (let k = from; k < to; k++) {
      let end = k;
      while (
        end < to &&
        (ROLE_QUALIFIERS.has(normaliseCue(this.tokens[end]!.text)) || this.tokens[end]!.text === ".")
      )
        end++;
      if (end < to && isTitle(this.tokens[end])) {
        while (
          end < to &&
          (isTitle(this.tokens[end]) || this.tokens[end]!.text === "." || this.tokens[end]!.lower === "of")
        )
          end++;
        const rest = this.tokens.slice(end, to).filter((t) => nameLike(t));
        if (rest.length > 0) return { start: k, end };
      }
    }
    return undefined;
  }

  private titled(from: number, to: number, titleStart: number, titleEnd: number): void {
    const role = this.tokens
      .slice(titleStart, titleEnd)
      .filter((t) => t.text !== ".")
      .map((t) => normaliseCue(t.text))
      .join(" ");
    let holder: number | undefined;
    if (titleStart > from) holder = this.holder(from, titleStart);
    let nameStart = titleEnd;
    while (nameStart < to && !nameLike(this.tokens[nameStart]!)) nameStart++;
    if (nameStart >= to) return;
    const span = this.span(nameStart, to);
    const person = this.add({
      ...span,
      name: span.text,
      type: "person",
      cue: `title "${role}"`,
      roles: [role],
    });
    if (holder !== undefined) this.roleLinks.push({ person, role, holder, sentence: this.sentence.index });
  }

  /** The organisation, place or country written before a title ("Belgorod Gov.", "US President"). */
  private holder(from: number, to: number): number | undefined {
    const country = this.countryWord(from);
    if (country && from + country.length === to) {
      const span = this.span(from, to);
      return this.add({
        ...span,
        name: country.place.name,
        type: "place",
        cue: country.demonym ? "demonym" : "country",
        referring: country.demonym,
        country: country.place.countryCode,
        placeClass: "country",
        geo: country.place.id,
        lat: country.place.lat,
        lng: country.place.lng,
      });
    }
    const before = this.found.length;
    this.plainName(from, to, from, to);
    return this.found.length > before ? this.offset + this.found.length - 1 : undefined;
  }

  private placeMention(from: number, to: number, name: string, cue: string, placeClass?: PlaceClass): number {
    const places = this.gaz.places(name);
    const best = pickPlace(places, placeClass, this.context.countries);
    return this.add({
      ...this.span(from, to),
      name,
      type: "place",
      cue,
      placeClass: best ? (best.kind as PlaceClass) : (placeClass ?? "other"),
      ...(best ? { geo: best.id, lat: best.lat, lng: best.lng, country: best.countryCode } : {}),
    });
  }

  private plainName(from: number, to: number, outerFrom: number, outerTo: number): void {
    const tokens = this.tokens;
    const words = tokens.slice(from, to);
    const text = this.span(from, to).text;
    const lastLower = normaliseCue(words[words.length - 1]!.text);
    const firstLower = normaliseCue(words[0]!.text);
    const before = tokens[outerFrom - 1];
    const before2 = tokens[outerFrom - 2];
    const after = tokens[outerTo];
    const afterNext = tokens[outerTo + 1];
    const country = this.countryWord(from);

    // A demonym alone ("Ukrainian") is an adjective, not a mention.
    if (country?.demonym && country.length === words.length) return;

    if (words.length === 1 && isAllCaps(words[0]!.text) && words[0]!.text.length >= 2) {
      const place = this.gaz.places(text).find((p) => p.kind === "country");
      if (place) this.placeMention(from, to, text, "country code", "country");
      else this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "acronym" });
      return;
    }
    if (
      !(ORGANISATION_HEADS.has(firstLower) && words.length > 1) &&
      (EVENT_NOUNS.has(lastLower) ||
        (words.length > 1 &&
          EVENT_NOUNS.has(normaliseCue(words[words.length - 2]!.text)) &&
          /^[IVX]+$/.test(words[words.length - 1]!.text)))
    ) {
      if (words.length > 1)
        this.add({
          ...this.span(from, to),
          name: text,
          type: "event",
          cue: "named event",
          eventClass: EVENT_NOUNS.get(lastLower) ?? "war",
        });
      return;
    }
    if (
      ORGANISATION_HEADS.has(lastLower) ||
      (ORGANISATION_HEADS.has(firstLower) && words.length > 1) ||
      (country &&
        words.length > country.length &&
        ORGANISATION_HEADS.has(normaliseCue(words[country.length]!.text)))
    ) {
      this.add({
        ...this.span(from, to),
        name: text,
        type: "organisation",
        cue: "organisation head",
        ...(country ? { country: country.place.countryCode } : {}),
      });
      return;
    }
    if (PLACE_HEADS.has(lastLower) && words.length > 1) {
      this.placeMention(from, to, text, "place head", classOf(lastLower));
      return;
    }
    // "“Falcon” battalion", "Akhmat special forces unit": a name and a lower-case unit noun.
    const unitEnd = this.unitTail(outerTo);
    if (unitEnd > outerTo) {
      const span = this.span(outerFrom, unitEnd);
      this.add({
        ...span,
        name: `${text} ${this.span(outerTo, unitEnd).text}`.replace(/[“”"]/g, ""),
        type: "organisation",
        cue: "unit noun",
      });
      return;
    }
    // "Kursk region", "Seym river": a name and a lower-case place noun.
    if (after && PLACE_CLASS_NOUNS.has(after.lower) && after.text === after.lower) {
      const placeClass = classOf(after.lower);
      this.placeMention(
        from,
        outerTo + 1,
        `${text} ${after.lower === "oblast" ? "region" : after.lower}`,
        `place noun "${after.lower}"`,
        placeClass,
      );
      return;
    }
    // "the town of X", "the border region of X".
    if (before?.lower === "of" && before2 && PLACE_CLASS_NOUNS.has(before2.lower)) {
      const placeClass = classOf(before2.lower);
      const name = placeClass === "region" ? `${text} region` : text;
      this.placeMention(from, to, name, `"${before2.lower} of"`, placeClass);
      return;
    }
    if (words.length === 1 && GENERIC_REGION_WORDS.has(firstLower)) return;
    // A capital acting or possessing ("Kyiv has claimed", "Moscow’s invasion") stands for its state.
    const capitalOf = words.length === 1 ? this.gaz.countryOfCapital(text) : undefined;
    if (
      capitalOf &&
      (isPossessiveTok(after) ||
        (after &&
          /^\p{Ll}/u.test(after.text) &&
          !(before && LOCATIVE.has(before.lower)) &&
          (VERB_AFTER_SUBJECT.has(after.lower) || SPEECH_VERBS.has(after.lower))))
    ) {
      this.add({
        ...this.span(from, to),
        name: capitalOf.name,
        type: "place",
        cue: "capital for its state",
        country: capitalOf.countryCode,
        placeClass: "country",
        geo: capitalOf.id,
        lat: capitalOf.lat,
        lng: capitalOf.lng,
      });
      return;
    }
    const places = this.gaz.places(text);
    const strongPlace = places.find((p) => p.kind === "country" || p.kind === "region");
    if (strongPlace) {
      this.placeMention(from, to, text, "gazetteer", undefined);
      return;
    }
    const determiner =
      (before !== undefined && DETERMINERS.has(before.lower)) ||
      (from > 0 && DETERMINERS.has(tokens[from - 1]!.lower) && tokens[from - 1]!.cap);
    const personShape =
      words.length >= 2 && words.length <= 4 && words.every((w) => nameLike(w) || /^\p{Lu}\.$/u.test(w.text));
    if (personShape && !determiner) {
      if (places.length > 0 && words.length >= 2) this.placeMention(from, to, text, "gazetteer city", "city");
      else this.add({ ...this.span(from, to), name: text, type: "person", cue: "name shape" });
      return;
    }
    if (determiner && words.length <= 4 && places.length === 0) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "determiner + proper name" });
      return;
    }
    // "Kremlin spokesman X": a name right before a role word and a person is that person's body.
    if (
      words.length <= 3 &&
      after &&
      !ROLE_QUALIFIERS.has(firstLower) &&
      PERSON_TITLES.has(after.lower) &&
      after.text === after.lower &&
      afterNext?.cap &&
      places.length === 0
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "holder of a role" });
      return;
    }
    if (words.length === 1) {
      const word = words[0]!;
      if (from === 0 && this.context.lowercaseWords.has(word.lower)) return;
      if (MONTHS.has(word.lower) || WEEKDAYS.has(word.lower)) return;
      // Many surnames are also the name of some small town: a city alone needs a place cue (a
      // preposition, a following comma and larger place) or to lie in a country the article names.
      const placeCue =
        (before !== undefined &&
          (LOCATIVE.has(before.lower) ||
            ATTACK_VERBS.has(before.lower) ||
            CAPTURE_VERBS.has(before.lower) ||
            VISIT_VERBS.has(before.lower))) ||
        (after?.text === "," && afterNext?.cap === true) ||
        places.some((p) => this.context.countries.has(p.countryCode));
      if (places.length > 0 && placeCue && !(after && SPEECH_VERBS.has(after.lower))) {
        this.placeMention(from, to, text, "gazetteer city", "city");
        return;
      }
      if (after && SPEECH_VERBS.has(after.lower) && !this.context.lowercaseWords.has(word.lower)) {
        this.add({ ...this.span(from, to), name: text, type: "person", cue: "subject of a speech verb" });
        return;
      }
      if (before && LOCATIVE.has(before.lower) && !this.context.lowercaseWords.has(word.lower)) {
        this.placeMention(from, to, text, `after "${before.lower}"`, "other");
        return;
      }
      if (!this.context.lowercaseWords.has(word.lower)) {
        this.add({ ...this.span(from, to), name: text, type: "person", cue: "unknown single name" });
      }
      return;
    }
    if (words.length > 4 && places.length === 0) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "long proper name" });
    }
  }

  /** End of a lower-case unit phrase right after a name ("special forces unit"), or `at`. */
  private unitTail(at: number): number {
    let j = at;
    while (
      j < this.tokens.length &&
      j - at < 4 &&
      /^\p{Ll}+$/u.test(this.tokens[j]!.text) &&
      !STOPWORDS.has(this.tokens[j]!.lower)
    ) {
      if (
        UNIT_NOUNS.has(this.tokens[j]!.lower) &&
        !(FORCE_NOUNS.has(this.tokens[j]!.lower) && UNIT_NOUNS.has(this.tokens[j + 1]?.lower ?? ""))
      ) {
        return j + 1;
      }
      j++;
    }
    return at;
  }

  /** Event nouns with their modifiers, actor (demonym, possessor, by-phrase) and anchoring place. */
  private events(): void {
    const tokens = this.tokens;
    const entityEnd = this.found.length;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      let eventClass = EVENT_NOUNS.get(t.lower);
      if (!eventClass) continue;
      if (this.found.some((m) => m.start <= t.start && m.end >= t.end)) continue;
      let start = k;
      let end = k + 1;
      if (t.lower === "emergency") {
        if (tokens[k - 1]?.lower === "of" && tokens[k - 2]?.lower === "state") start = k - 2;
        else if (!(tokens[k - 1] && DETERMINERS.has(tokens[k - 1]!.lower))) continue;
      }
      // Modifiers: lower-case adjectives and nouns, demonyms and ordinals before the noun.
      let m = start - 1;
      let actor: number | undefined;
      while (m >= 0 && start - m <= 3) {
        const w = tokens[m]!;
        const country = w.cap ? this.countryWord(m) : undefined;
        if (country?.demonym) {
          actor = this.add({
            ...this.span(m, m + 1),
            name: country.place.name,
            type: "place",
            cue: "demonym",
            referring: true,
            country: country.place.countryCode,
            placeClass: "country",
            geo: country.place.id,
            lat: country.place.lat,
            lng: country.place.lng,
          });
          start = m;
          m--;
          continue;
        }
        if (isEventModifier(w)) {
          start = m;
          m--;
          continue;
        }
        // A named country or organisation right before the noun: "the US ceasefire proposal".
        const named = w.cap
          ? this.found.findIndex(
              (f, idx) =>
                idx < entityEnd &&
                f.start === w.start &&
                f.end === w.end &&
                (f.type === "place" || f.type === "organisation"),
            )
          : -1;
        if (named >= 0 && actor === undefined) {
          actor = this.offset + named;
          start = m;
          m--;
          continue;
        }
        break;
      }
      const determinerBefore = tokens[start - 1];
      const isNoun =
        start < k - (t.lower === "emergency" && start === k - 2 ? 2 : 0) ||
        (determinerBefore !== undefined &&
          (DETERMINERS.has(determinerBefore.lower) ||
            POSSESSIVE_PRONOUNS.has(determinerBefore.lower) ||
            isPossessiveTok(determinerBefore) ||
            ["of", "in", "after", "since", "on", "during", "before", "amid", "under", "for", "to"].includes(
              determinerBefore.lower,
            ))) ||
        (t.lower === "emergency" && start === k - 2);
      if (!isNoun) continue;
      if (EVENT_TAILS.has(tokens[end]?.lower ?? "")) end++;
      if (isPossessiveTok(determinerBefore)) {
        const possessor = this.found.findIndex(
          (f, idx) => idx < entityEnd && f.end === tokens[start - 2]?.end,
        );
        if (possessor >= 0) actor = this.offset + possessor;
      }
      // "its"/"their" stand for a state or force; "his"/"her" for a person, resolved by relations.
      if (determinerBefore && /^(?:its|their)$/.test(determinerBefore.lower) && actor === undefined) {
        actor = this.add({
          ...this.span(start - 1, start),
          name: "",
          type: "place",
          cue: "possessive pronoun",
          referring: true,
        });
      }
      if (tokens[end]?.lower === "by") {
        const agent = this.found.findIndex(
          (f, idx) =>
            idx < entityEnd &&
            f.start >= tokens[end + 1]!.start &&
            f.start <= (tokens[end + 3]?.start ?? Number.POSITIVE_INFINITY),
        );
        if (agent >= 0) actor = this.offset + agent;
      }
      const anchor = this.anchorAfter(end, entityEnd) ?? this.declarer(start, entityEnd);
      const phrase = this.span(start, end).text;
      const date = this.dateNear(tokens[start]!.start, tokens[end - 1]!.end);
      // Only a specific happening is an event: "the incursion", "its offensive", "a strike in X",
      // "declared a state of emergency" — not "a temporary truce" someone is not interested in.
      const lead = tokens[start - 1]?.lower ?? "";
      const realised = tokens.slice(Math.max(0, start - 3), start).some((w) => REALISING_VERBS.has(w.lower));
      const specific =
        /^(?:the|its|his|her|their|our|this|that)$/.test(lead) ||
        isPossessiveTok(tokens[start - 1]) ||
        actor !== undefined ||
        anchor !== undefined ||
        date !== undefined ||
        realised ||
        tokens.slice(start, k).some((w) => ORDINALS.has(w.lower));
      if (!specific) continue;
      // An attack with a weapon ("drone attacks") is its own kind of event; a plain attack or
      // assault is the operation the article is about ("the surprise attack", "the attack on X").
      if (eventClass === "attack") {
        const weapon = tokens.slice(start, k).some((w) => WEAPON_WORDS.has(w.lower));
        if (!weapon) eventClass = "operation";
      }
      this.add({
        ...this.span(start, end),
        name: phrase,
        type: "event",
        cue: `event noun "${t.lower}"`,
        eventClass,
        ...(anchor !== undefined ? { anchor } : {}),
        ...(actor !== undefined ? { actor } : {}),
        ...(date ? { date } : {}),
      });
    }
  }

  private dates: DateMention[] | undefined;

  /** The date expression of the event's clause: the nearest one after it, else before it. */
  private dateNear(start: number, end: number): string | undefined {
    this.dates ??= findDates(this.sentence.text, this.sentence.start, this.context.articleDate);
    // The date must belong to this event's clause: no other event noun or time connective between.
    const clause = (from: number, to: number) => {
      const between = this.sentence.text.slice(from - this.sentence.start, to - this.sentence.start);
      if (/[;]|\b(?:but|while|whereas|since|after|before|until)\b/i.test(between)) return false;
      return !between.split(/[^\p{L}-]+/u).some((w) => EVENT_NOUNS.has(w.toLowerCase()));
    };
    const after = this.dates.find((d) => d.start >= end && d.start - end < 60 && clause(end, d.start));
    if (after) return after.iso;
    const before = [...this.dates]
      .reverse()
      .find((d) => d.end <= start && start - d.end < 40 && clause(d.end, start));
    return before?.iso;
  }

  /** "X declared an emergency", "X ordered an evacuation": the place that declares it is where it is. */
  private declarer(eventStart: number, entityEnd: number): number | undefined {
    const verb =
      this.tokens[eventStart - 1]?.lower === "a" || this.tokens[eventStart - 1]?.lower === "an"
        ? eventStart - 2
        : eventStart - 1;
    if (
      !/^(?:declared|declares|declare|imposed|imposes|introduced|ordered|orders|announced|announces)$/.test(
        this.tokens[verb]?.lower ?? "",
      )
    )
      return undefined;
    const verbStart = this.tokens[verb]!.start;
    let subject: number | undefined;
    for (let idx = 0; idx < entityEnd; idx++) {
      const f = this.found[idx]!;
      if (f.end > verbStart) break;
      if (f.type === "place" && !f.referring && f.placeClass !== "country") subject = idx;
    }
    if (subject === undefined) return undefined;
    const gap = this.sentence.text.slice(
      this.found[subject]!.end - this.sentence.start,
      verbStart - this.sentence.start,
    );
    return /[,;]/.test(gap) && !/^\s*,[^,]*,\s*$/.test(gap) ? undefined : this.offset + subject;
  }

  /** The place an event happens in: "into Kursk", "in the city of Pokrovsk", "on the Seym River". */
  private anchorAfter(end: number, entityEnd: number): number | undefined {
    const tokens = this.tokens;
    const limit = Math.min(tokens.length, end + 14);
    for (let k = end; k < limit; k++) {
      const t = tokens[k]!;
      // The event's phrase ends at punctuation or where a new clause starts ("and identified…").
      if (/^[.;!?,–—]$/.test(t.text) || /^(?:and|but|while|whereas|who|as)$/.test(t.lower)) return undefined;
      if (!["in", "into", "on", "at", "near", "across", "against", "over", "inside", "to"].includes(t.lower))
        continue;
      for (let idx = 0; idx < entityEnd; idx++) {
        const f = this.found[idx]!;
        if (f.type !== "place" || f.referring || f.start < t.end) continue;
        const gap = this.sentence.text.slice(t.end - this.sentence.start, f.start - this.sentence.start);
        if (
          /^\s*(?:the\s+)?(?:(?:[\p{Ll}-]+(?:ern|ing|ed|al)|border|frontline|front-line|city|town|village|region|province|district|river|port)\s+){0,3}(?:of\s+)?$/u.test(
            gap,
          ) ||
          /^\s*(?:the\s+)?(?:\p{Lu}\p{L}+’s\s+)?$/u.test(gap)
        ) {
          return this.offset + idx;
        }
      }
    }
    return undefined;
  }
}

/** Verbs that make an indefinite event real: "declared a state of emergency", "launched an offensive". */
const REALISING_VERBS = new Set(
  `declared declares declare announced announces imposed imposes introduced ordered orders launched
launches launch began begins started starts held holds staged stages conducted carried mounted
mounts unleashed`.split(/\s+/),
);

const ORDINALS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "latest",
  "last",
  "new",
  "fresh",
  "renewed",
]);

const WEAPON_WORDS = new Set(
  `drone drones missile missiles rocket rockets air artillery mortar bomb bombs cyber chemical nuclear
suicide naval shelling`.split(/\s+/),
);

const EVENT_MODIFIER_WORDS = new Set(
  `surprise shock drone missile air rocket artillery peace border ground military mandatory state second
first third new latest recent current major massive deadly overnight ceasefire counter evacuation
full-scale cross-border large-scale deepest biggest largest brief short rare official presidential
naval cyber terror terrorist suicide nuclear chemical joint planned possible alleged renewed fresh
general local regional national snap early final historic`.split(/\s+/),
);

/** A word that can stand before an event noun as its modifier. */
function isEventModifier(w: Tok): boolean {
  if (EVENT_MODIFIER_WORDS.has(w.lower)) return true;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || STOPWORDS.has(w.lower) || EVENT_NOUNS.has(w.lower)) return false;
  return w.text.includes("-") || /(?:al|ive|ary|ic|ous|ful|est|ern)$/.test(w.lower);
}

function classOf(noun: string): PlaceClass {
  if (
    [
      "region",
      "oblast",
      "province",
      "krai",
      "governorate",
      "state",
      "republic",
      "territory",
      "district",
      "county",
      "raion",
      "municipality",
    ].includes(noun)
  )
    return "region";
  if (["city", "town", "village", "capital", "port"].includes(noun)) return "city";
  return "other";
}

function pickPlace(
  all: readonly Place[],
  wanted?: PlaceClass,
  countries?: ReadonlySet<string>,
): Place | undefined {
  if (all.length === 0) return undefined;
  // One sense per document: a name several countries use is the one in a country the text names.
  const local = countries ? all.filter((p) => p.kind === "country" || countries.has(p.countryCode)) : [];
  const places = local.length > 0 ? local : all;
  // A capital named alone is the city, not the region around it.
  const capitalOf = gazetteer().countryOfCapital(places[0]!.name);
  if (capitalOf && wanted !== "region") {
    const city = places.find((p) => p.kind === "city" && p.countryCode === capitalOf.countryCode);
    if (city) return city;
  }
  const order: Record<string, number> = { country: 0, region: 1, city: 2 };
  if (wanted === "city") return places.find((p) => p.kind === "city") ?? places[0];
  if (wanted === "region") return places.find((p) => p.kind === "region");
  return [...places].sort((a, b) => (order[a.kind] ?? 3) - (order[b.kind] ?? 3))[0];
}

/** Finds the mentions of every sentence of one article. */
export function findMentions(_text: string, sentences: Sentence[], articleDate?: string): FoundMentions {
  const context: MentionContext = {
    lowercaseWords: lowercaseVocabulary(sentences),
    countries: countriesNamed(sentences),
    ...(articleDate ? { articleDate } : {}),
  };
  const result: FoundMentions = { mentions: [], roleLinks: [], placeLinks: [] };
  const headlines: { sentence: Sentence; tokens: Tok[] }[] = [];
  for (const sentence of sentences) {
    const tokens = toks(sentence);
    if (sentence.index === 0 && isTitleCaseLine(tokens)) {
      headlines.push({ sentence, tokens });
      continue;
    }
    const finder = new SentenceMentions(sentence, tokens, context, result.mentions.length);
    finder.run();
    result.mentions.push(...finder.found);
    result.roleLinks.push(...finder.roleLinks);
    result.placeLinks.push(...finder.placeLinks);
  }
  for (const { sentence, tokens } of headlines) matchKnownNames(sentence, tokens, result);
  preferMentionedRegions(result.mentions);
  return reindex(result);
}

/** A city name several regions share is the one in a region the article names ("Pokrovsk" near "Donetsk region"). */
function preferMentionedRegions(mentions: FoundMention[]): void {
  const gaz = gazetteer();
  const regions = new Set(mentions.filter((m) => m.placeClass === "region" && m.geo).map((m) => m.geo!));
  for (const m of mentions) {
    if (m.type !== "place" || m.placeClass !== "city" || !m.geo) continue;
    const home = m.geo.split("/").slice(0, 2).join("/");
    if (regions.has(home)) continue;
    const better = gaz
      .places(m.name)
      .find((p) => p.kind === "city" && regions.has(`${p.countryCode}/${p.regionCode}`));
    if (better)
      Object.assign(m, { geo: better.id, lat: better.lat, lng: better.lng, country: better.countryCode });
  }
}

/** Title-case lines: names the body established, countries, and country forces. */
function matchKnownNames(sentence: Sentence, tokens: Tok[], result: FoundMentions): void {
  const known = new Map<string, FoundMention>();
  for (const m of result.mentions) {
    if (m.referring || m.type === "event") continue;
    known.set(m.text.toLowerCase(), m);
    known.set(m.name.toLowerCase(), m);
  }
  const finder = new SentenceMentions(
    sentence,
    tokens,
    { lowercaseWords: new Set(), countries: new Set() },
    result.mentions.length,
  );
  for (let i = 0; i < tokens.length; i++) {
    const consumed = finder.armedForces(i);
    if (consumed > 0) {
      i += consumed - 1;
      continue;
    }
    for (let length = Math.min(5, tokens.length - i); length >= 1; length--) {
      if (!/^\p{L}/u.test(tokens[i + length - 1]!.text)) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + length - 1]!.end;
      const text = sentence.text.slice(start - sentence.start, end - sentence.start);
      const match = known.get(text.toLowerCase()) ?? countryOnly(text);
      if (match) {
        finder.found.push({
          ...match,
          sentence: sentence.index,
          start,
          end,
          text,
          roles: [],
          cue: match.cue === "demonym + territory" ? match.cue : "known name in a headline",
          anchor: undefined,
          actor: undefined,
          modifierOf: undefined,
        });
        i += length - 1;
        break;
      }
    }
  }
  result.mentions.push(...finder.found);
}

function countryOnly(text: string): FoundMention | undefined {
  const place = gazetteer()
    .places(text)
    .find((p) => p.kind === "country");
  if (!place || !/^\p{Lu}/u.test(text)) return undefined;
  return {
    sentence: 0,
    start: 0,
    end: 0,
    text,
    name: place.name,
    type: "place",
    cue: "country",
    placeClass: "country",
    geo: place.id,
    lat: place.lat,
    lng: place.lng,
    country: place.countryCode,
    roles: [],
  };
}

/** Mentions were sorted by position: rewrite the indices that point between them. */
function reindex(result: FoundMentions): FoundMentions {
  const order = result.mentions
    .map((_, index) => index)
    .sort((a, b) => {
      const x = result.mentions[a]!;
      const y = result.mentions[b]!;
      return x.start - y.start || y.end - x.end || a - b;
    });
  const newIndex = new Map<number, number>();
  for (const [position, old] of order.entries()) newIndex.set(old, position);
  const remap = (index: number | undefined) => (index === undefined ? undefined : newIndex.get(index));
  const mentions = order.map((old) => {
    const m = { ...result.mentions[old]! };
    const anchor = remap(m.anchor);
    const actor = remap(m.actor);
    const modifierOf = remap(m.modifierOf);
    if (anchor === undefined) delete m.anchor;
    else m.anchor = anchor;
    if (actor === undefined) delete m.actor;
    else m.actor = actor;
    if (modifierOf === undefined) delete m.modifierOf;
    else m.modifierOf = modifierOf;
    return m;
  });
  return {
    mentions,
    roleLinks: result.roleLinks.map((link) => ({
      ...link,
      person: newIndex.get(link.person)!,
      holder: newIndex.get(link.holder)!,
    })),
    placeLinks: result.placeLinks.map((link) => ({
      ...link,
      inner: newIndex.get(link.inner)!,
      outer: newIndex.get(link.outer)!,
    })),
  };
}

/**
 * What the mention finder reads tokens with: tokens with their lower-case form and shape, the
 * closed word lists of names (connectors, particles, determiners, role qualifiers), the article
 * context (lower-case vocabulary, countries named) and the choice among gazetteer places.
 */
import { shortName } from "../nlp/city-index";
import { normaliseCue, PERSON_TITLES, WORK_NOUNS } from "../nlp/cues";
import { gazetteer, type Place } from "../nlp/gazetteer";
import { STOPWORDS } from "../nlp/stopwords";
import { isCapitalised, isPossessive } from "../nlp/tokenize";
import type { PlaceClass } from "./mention-types";
import type { EntityHints } from "./model-hints";
import { sentenceLowers, sentenceTokens } from "./sentences";
import type { Sentence, Token } from "./types";

export interface Tok extends Token {
  lower: string;
  cap: boolean;
}

/** Portfolios named after a title: "Secretary of State", "Minister for Foreign Affairs". */
export const PORTFOLIOS = new Set(
  `state defense defence interior foreign justice health education treasury commerce energy labor labour
agriculture transport homeland security finance affairs trade industry culture environment economy
war navy army`.split(/\s+/),
);

/** Lower-case particles inside personal and place names: "al-Burhan", "bin Salman", "van der Berg". */
export const NAME_PARTICLES =
  /^(?:al|el|bin|ben|ibn|bint|abu|ag|ould|van|von|der|den|de|da|di|du|la|le|del|della|ter)$/;

/** An apposition that calls the name before it a town: ", the capital of", ", a fishing village in". */
export const TOWN_APPOSITION =
  /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:capital|town|city|village|port|suburb)\s+(?:of|in|on|near)\s/u;

export const CONNECTORS = new Set(["of", "for", "the", "and", "on", "de", "du", "al", "&"]);
export const DETERMINERS = new Set(["the", "a", "an"]);
export const POSSESSIVE_PRONOUNS = new Set(["its", "his", "her", "their", "our", "my", "your"]);
export const LOCATIVE = new Set([
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
export const ROLE_QUALIFIERS = new Set([
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
  // parts of ranks and posts: "Staff Sgt.", "Chief Petty Officer", "Wing Commander", "Press Secretary"
  "staff",
  // "team principal", "team manager"
  "team",
  "petty",
  "warrant",
  "lance",
  "master",
  "flight",
  "squadron",
  "wing",
  "rear",
  "command",
  "press",
  "high",
  // a parliament's party leaders: "Senate Majority Leader", "House Minority Whip"
  "majority",
  "minority",
  // "the Rt Rev X", "the Very Rev X"
  "rt",
  "right",
  "very",
]);
export const EVENT_TAILS = new Set([
  "order",
  "orders",
  "proposal",
  "plan",
  "deal",
  "agreement",
  "corridor",
  "corridors",
]);
/** Auxiliaries and common verbs that follow a subject: "Warsaw has", "Paris will". */
export const VERB_AFTER_SUBJECT = new Set(
  `has have had is was were are will would could can may might must should does did says said wants
wanted agreed refused rejected denied accused launched sent ordered demanded insists insisted plans
planned hopes hoped reported claimed announced declared responded warned threatened`.split(/\s+/),
);
export const QUOTE_OPEN = /^[“"‘«]$/;
export const QUOTE_CLOSE = /^[”"’»]$/;

export function toks(sentence: Sentence): Tok[] {
  const lowers = sentenceLowers(sentence);
  return sentenceTokens(sentence).map((t, k) => ({
    text: t.text,
    start: t.start,
    end: t.end,
    lower: lowers[k]!,
    // "Ex-" split off a name ("Ex-Labour leader") is no capitalised word of it.
    cap: isCapitalised(t.text) && !t.text.endsWith("-"),
  }));
}

// The word tests below are asked for every token of many rules: their patterns are made once (a
// regular expression literal inside a function is a new object each time it is evaluated).
const BARE_APOSTROPHE = /^['’]$/;
/** A lower-case letter and "s" at the end of a word: shaped like a plural ("Bankers", "Fighters"). */
export const PLURAL_END = /\p{Ll}s$/u;

export function isPossessiveTok(t: Tok | undefined): boolean {
  return isPossessive(t);
}

/** A plural's bare apostrophe, written onto it: the "'" of "Bankers' Association", "Barclays' chief". */
export function isPluralPossessiveTok(t: Tok | undefined, before: Tok | undefined): boolean {
  return (
    t !== undefined &&
    before !== undefined &&
    BARE_APOSTROPHE.test(t.text) &&
    t.start === before.end &&
    PLURAL_END.test(before.text)
  );
}

/** A title token, allowing a following dot ("Gov."). */
/** Words that join a rank with a hyphen ("Vice-Admiral", "Lance-Corporal") besides the titles. */
const RANK_PARTS = new Set(["vice", "rear", "lance", "staff", "first", "second"]);

export function isTitle(t: Tok | undefined): boolean {
  return t !== undefined && isTitleWord(t.text);
}

/** One who studies a science: "criminologist", "seismologist", "glaciologist". */
const SCIENTIST_TRADE = /^\p{Ll}{3,}ologist$/u;

/** A title written as one word ("President", "Gen.", "Lieutenant-General", "HE"). */
export function isTitleWord(text: string): boolean {
  // "HE Dr X": His or Her Excellency, in capitals only (else the pronoun).
  const cue = normaliseCue(text);
  if (PERSON_TITLES.has(cue) || text === "HE" || text === "H.E.") return true;
  // "Criminologist X", "Glaciologist Y": a scientist's trade by its ending.
  if (SCIENTIST_TRADE.test(cue)) return true;
  // "Lieutenant-General X", "Vice-Admiral Y": a rank written with a hyphen.
  return (
    cue.includes("-") &&
    cue.split("-").every((part) => PERSON_TITLES.has(part) || RANK_PARTS.has(part)) &&
    cue.split("-").some((part) => PERSON_TITLES.has(part))
  );
}

/** A headline in title case: nearly every content word capitalised, so shape says nothing. */
export function isTitleCaseLine(tokens: Tok[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && !STOPWORDS.has(t.lower));
  if (words.length < 4) return false;
  return words.slice(1).every((t) => t.cap);
}

export function nameLike(t: Tok): boolean {
  if (/^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu|wal)-\p{Lu}/u.test(t.text) || NAME_PARTICLES.test(t.text))
    return true;
  return t.cap && /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(t.text) && !STOPWORDS.has(t.lower);
}

export interface MentionContext {
  /** Words the article writes in lower case: a capitalised one of them is probably not a name. */
  lowercaseWords: ReadonlySet<string>;
  /** Countries the article names: an ambiguous place name is read as the one in these. */
  countries: ReadonlySet<string>;
  /** Names the article uses as a language's ("the X language", "speakers of X"): no entity. */
  languages?: ReadonlySet<string>;
  /** Titles the article introduces with a work noun ("the film X"): no entity anywhere in it. */
  works?: ReadonlySet<string>;
  /** Capitals the article uses as a thing's abbreviation ("PCs", "your PC") and prizes: no entity. */
  things?: ReadonlySet<string>;
  /** Acronyms the article introduces in brackets after a name ("the X Union (XU)"): bodies wherever used. */
  acronyms?: ReadonlySet<string>;
  /** STORY_EVENT_NOUNS the article returns to with "the": events in it (see storyEventNouns). */
  storyEvents?: ReadonlySet<string>;
  /** Whether the article is a sports report, where towns' names also name clubs (sports-clubs.ts). */
  sportsReport?: boolean;
  /** Whether the article reports on business (shares, profits, firms): asked by a few rules only. */
  businessReport?: () => boolean;
  /** Words the article writes as the last word of a longer name: surnames, not towns' clubs. */
  lastWordsOfNames?: { has(word: string): boolean };
  /** The article's date, against which "on Tuesday" or "last year" are resolved. */
  articleDate?: string;
  /** Whether to ask the trained recogniser where the rules' own evidence is weak. */
  useModels?: boolean;
  /** The recogniser's types for this sentence's spans (set per sentence). */
  hints?: EntityHints;
}

/**
 * A name right before a word that makes it a language's ("X language", "X dialects", "X-speaking";
 * not "X speaking", which is a person at a lectern), or after "speakers of".
 */
const LANGUAGE_USE =
  /(\p{Lu}[\p{L}\p{M}'’]*(?: \p{Lu}[\p{L}\p{M}'’]*)?)(?: (?:languages?|dialects?|orthography|grammar)\b|-speak(?:ing|ers?)\b)|\bspeakers of (\p{Lu}[\p{L}\p{M}'’]*)/gu;

/**
 * Names an article uses as languages' ("the X language", "X speakers"): a language is none of
 * the four kinds of entity, however its name is shaped, anywhere in the article.
 */
export function languagesNamed(sentences: Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(LANGUAGE_USE)) {
      const name = match[1] ?? match[2]!;
      // "The X language": the name may be the last word alone.
      names.add(name);
      names.add(name.slice(name.lastIndexOf(" ") + 1));
    }
  }
  return names;
}

/**
 * A title right after a lower-case work noun: "the film The X Y", "her album X", "his single X",
 * with its subtitle after a colon ("the game X: Y Z").
 */
const TITLE_WORDS =
  "(?:The )?\\p{Lu}[\\p{L}\\p{M}'’]*(?: (?:(?:of|the|and|in|on|a|for) )*\\p{Lu}[\\p{L}\\p{M}'’]*){0,5}";
const WORK_TITLE = new RegExp(
  `(?<![\\p{L}-])(?:${[...WORK_NOUNS].join("|")}) (${TITLE_WORDS})(?:: (${TITLE_WORDS}))?`,
  "gu",
);

const DATE_AFTER_TITLE =
  / (?:(?:of|the|and|in|on|a|for) )+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/;

/**
 * Titles an article introduces with a work noun ("the film X", "the series X"): a work is none of
 * the four kinds of entity, wherever the article names it (one sense per document), with or
 * without its "The".
 */
export function worksNamed(sentences: Sentence[]): Set<string> {
  const titles = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(WORK_TITLE)) {
      const title = match[1]!;
      // "a single X device": after "a", a work noun followed by a name and a lower-case noun is
      // an adjective or a modifier, and the name no title.
      const before = sentence.text.slice(Math.max(0, match.index - 4), match.index);
      const after = sentence.text.slice(match.index + match[0].length);
      if (/\b(?:a|an|one) $/i.test(before) && /^ \p{Ll}/u.test(after)) continue;
      // "the film X on Monday": a date after a connector is no part of the title. A subtitle names
      // the work alone too, and with its title.
      const subtitle = match[2];
      for (const name of subtitle ? [title, subtitle, `${title}: ${subtitle}`] : [title]) {
        const cut = name.replace(DATE_AFTER_TITLE, "");
        titles.add(cut);
        titles.add(cut.replace(/^The /, ""));
      }
    }
  }
  return titles;
}

/**
 * An abbreviation in the plural ("PCs", "DVDs") or owned or counted like a thing ("your PC."), and
 * a prize won or competed for ("Oscar-winning", "won an Oscar for"), and a medicine named after
 * its kind ("the hypertension drug X", "the new medicine Y").
 */
const THING_ACRONYM =
  /\b(\p{Lu}{2,5})s\b|\b(?:a|an|my|your|his|her|our|their|new|old) (\p{Lu}{2,5})(?=[.,;:!?)]|\s+(?:and|or|but|to|in|on|at|with|for|from|is|was|that|which)\b)|\b(\p{Lu}\p{Ll}+)-(?:winning|nominated)\b|\b(?:won|win|wins|winning) an? (\p{Lu}\p{Ll}+)\b(?! \p{Lu})|\b(?:drug|medicine|painkiller) (\p{Lu}\p{Ll}+)\b(?! \p{Lu})/gu;

/**
 * Capitals an article uses as the abbreviation of a thing rather than a body's name (a body is
 * neither counted nor owned: "PCs", "a new PC.", "your PC and"), and names of prizes ("an
 * Oscar-winning film", "won a Bafta"): none of their mentions is an entity.
 */
export function thingsNamed(sentences: Sentence[]): Set<string> {
  const things = new Set<string>();
  for (const sentence of sentences)
    for (const match of sentence.text.matchAll(THING_ACRONYM))
      things.add(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]!);
  return things;
}

/** Acronyms in brackets right after a capitalised word: "Hayat Tahrir al-Sham (HTS)". */
export function bracketedAcronyms(sentences: Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    // (Tried at every capital otherwise: only a sentence with a bracket can hold one.)
    if (!sentence.text.includes("(")) continue;
    for (const match of sentence.text.matchAll(/\p{Lu}[\p{L}-]*\s+\((\p{Lu}[\p{Lu}\d-]{1,7})\)/gu))
      found.add(match[1]!);
  }
  return found;
}

/** Country codes of the countries an article names, by name or demonym. */
export function countriesNamed(sentences: Sentence[]): Set<string> {
  const codes = new Set<string>();
  for (const sentence of sentences) {
    for (const name of sentence.text.match(/\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?/gu) ?? []) {
      // "New Zealand", and "The UK" or "In France": a pair that names no country may hold one.
      const pair = countryOfWord(name);
      if (pair) codes.add(pair);
      else if (name.includes(" "))
        for (const word of name.split(/\s/)) {
          const code = countryOfWord(word);
          if (code) codes.add(code);
        }
    }
  }
  return codes;
}

/** Capitalised words (and pairs) already looked up: most recur from article to article. */
const COUNTRY_OF_WORD = new Map<string, string | null>();

function countryOfWord(word: string): string | null {
  let code = COUNTRY_OF_WORD.get(word);
  if (code === undefined) {
    const gaz = gazetteer();
    const country = gaz.countryOfDemonym(word) ?? gaz.countryNamed(word);
    code = country?.countryCode ?? null;
    if (COUNTRY_OF_WORD.size >= 100_000) COUNTRY_OF_WORD.clear();
    COUNTRY_OF_WORD.set(word, code);
  }
  return code;
}

/** Region names in the data that are ordinary words when written alone ("Western", "Central"). */
export const GENERIC_REGION_WORDS = new Set(
  `north south east west northern southern eastern western central northeast northwest southeast
southwest north-east north-west south-east south-west middle upper lower greater capital centre
center coast coastal island islands interior highlands lowlands mountain plains valley border
frontier littoral metropolitan federal national`.split(/\s+/),
);

export function lowercaseVocabulary(sentences: Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) {
    // (\`match\`: the words alone, without a match record for each lower-case word of the article)
    for (const word of sentence.text.match(/(?<=\s)\p{Ll}[\p{Ll}'’-]+/gu) ?? []) words.add(word);
  }
  return words;
}

export function classOf(noun: string): PlaceClass {
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

/**
 * Capitals of small states share their names with better-known places (Victoria, Kingston,
 * Valletta): only a capital of a country this large is what its name alone means.
 */
const MAJOR_CAPITAL_MIN_AREA_KM2 = 20_000;

/** The city is its country's capital (not a namesake elsewhere). */
function isCapital(place: Place): boolean {
  return place.kind === "city" && gazetteer().countryOfCapital(place.name)?.countryCode === place.countryCode;
}

export function isMajorCapital(place: Place): boolean {
  return isCapital(place) && (gazetteer().countryArea(place.countryCode) ?? 0) >= MAJOR_CAPITAL_MIN_AREA_KM2;
}

/**
 * Whether a place's coordinates lie within reach of its country's: the gazetteer package gives some
 * districts another place's coordinates (English metropolitan boroughs placed in Alabama), and a
 * city of the same name is then the better reading.
 */
function plausiblyPlaced(place: Place): boolean {
  if (place.kind === "country") return true;
  const gaz = gazetteer();
  let country = gaz.parent(place);
  while (country && country.kind !== "country") country = gaz.parent(country);
  const area = gaz.countryArea(place.countryCode);
  if (!country || area === undefined) return true;
  const reachKm = Math.max(1000, 3 * Math.sqrt(area / Math.PI));
  return distanceKm(place, country) <= reachKm;
}

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function pickPlace(
  all: readonly Place[],
  wanted?: PlaceClass,
  countries?: ReadonlySet<string>,
): Place | undefined {
  if (all.length === 0) return undefined;
  // A country's name is the country, whatever a cue around it asked for ("in the UK" is not the
  // Siberian town of Uk).
  const country = all.find((p) => p.kind === "country");
  if (country) return country;
  // The capital of a large country named alone is that capital, even in a text naming another
  // country that has a town of the same name; a region named beside it can still move it
  // (preferMentionedRegions).
  const majorCapital = all.find(isMajorCapital);
  if (majorCapital && wanted !== "region") return majorCapital;
  const located = all.filter(plausiblyPlaced);
  const candidates = located.length > 0 ? located : all;
  const named = (p: Place) => countries?.has(p.countryCode) === true;
  // A capital named alone is the city, not the region around it.
  const local = candidates.filter(named);
  const capital = (local.length > 0 ? local : candidates).find(isCapital);
  if (capital && wanted !== "region") return capital;
  // Namesakes are weighed by country: its largest town of the name, and its region of the name
  // ("Valencia" is Spain's region and city together, more than Venezuela's city), counting those
  // the package places far outside (English counties in Ohio). Not the sum of all towns: the US
  // has a dozen small towns of most English names.
  const largestTown = new Map<string, number>();
  const regionIn = new Set<string>();
  for (const p of all) {
    if (p.kind === "region") regionIn.add(p.countryCode);
    else largestTown.set(p.countryCode, Math.max(largestTown.get(p.countryCode) ?? 0, placeWeight(p)));
  }
  const countryWeight = (code: string) =>
    (largestTown.get(code) ?? 0) + (regionIn.has(code) ? REGION_WEIGHT : 0);
  const weight = (p: Place) => countryWeight(p.countryCode) * (named(p) ? NAMED_COUNTRY_FACTOR : 1);
  const cities = candidates.filter((p) => p.kind === "city");
  const pool =
    wanted === "region"
      ? candidates.filter((p) => p.kind === "region")
      : wanted === "city" && cities.length > 0
        ? cities
        : candidates;
  if (pool.length === 0) return undefined;
  const chosen = pool.reduce((top, p) => (weight(p) > weight(top) ? p : top)).countryCode;
  const there = pool.filter((p) => p.countryCode === chosen);
  // In that country the region, unless a city of its name outgrows it ("São Paulo").
  const city = there
    .filter((p) => p.kind === "city")
    .reduce<Place | undefined>(
      (top, p) => (top === undefined || placeWeight(p) > placeWeight(top) ? p : top),
      undefined,
    );
  const region = there.find((p) => p.kind === "region");
  const best = region && (!city || placeWeight(city) <= REGION_WEIGHT) ? region : (city ?? there[0]!);
  // "Kingston" is Jamaica's capital, not Kingston upon Hull, whatever country the text names.
  const anyCapital = candidates.find(isCapital);
  return anyCapital && shortName(best.name) !== undefined ? anyCapital : best;
}

/**
 * One sense per document, weighed against fame: a namesake in a country the text names counts as
 * this many times its people. "Melbourne" in a text naming the US is still Australia's city of
 * four million, not Florida's of 80,000; "Cambridge" in one naming the US is Massachusetts'.
 */
const NAMED_COUNTRY_FACTOR = 30;
/**
 * What a first-level region (a state, a province, a nation of the UK) weighs against towns: the
 * data packages give regions no population, and a region is far better known than a small town of
 * its name ("England" is no town in Arkansas), while a large city still outweighs its region.
 */
const REGION_WEIGHT = 1_000_000;
/** A town whose population the data packages do not know. */
const UNKNOWN_TOWN_WEIGHT = 5_000;

function placeWeight(place: Place): number {
  if (place.kind === "region") return REGION_WEIGHT;
  return place.population || UNKNOWN_TOWN_WEIGHT;
}

/**
 * Mentions: find people, organisations, places and events in each sentence of an article and type
 * them from shape and context (see name-mentions.ts and event-mentions.ts). Headlines in title
 * case only take names the body already established, since every word there is capitalised; an
 * ambiguous town is read in a region the article names.
 */
import { STORY_EVENT_NOUNS } from "../nlp/cues";
import { DATELINE } from "../nlp/dateline";
import { gazetteer, type Place } from "../nlp/gazetteer";
import { SentenceMentions } from "./event-mentions";
import { type FoundMention, type FoundMentions, retypeAsOrganisation, WEAK_CUES } from "./mention-types";
import {
  bracketedAcronyms,
  countriesNamed,
  isMajorCapital,
  isTitleCaseLine,
  languagesNamed,
  lowercaseVocabulary,
  type MentionContext,
  pickPlace,
  type Tok,
  thingsNamed,
  toks,
  worksNamed,
} from "./mention-words";
import { articleHints } from "./model-hints";
import { isBusinessReport, isSportsReport, lastWordsOfNames } from "./sports-clubs";
import type { Sentence } from "./types";

/** A set made by `make` when it is first asked about a word (the same answers as making it at once). */
export function whenAsked(make: () => ReadonlySet<string>): { has(word: string): boolean } {
  const set = once(make);
  return { has: (word) => set().has(word) };
}

/** Finds the mentions of every sentence of one article. */
export interface MentionOptions {
  articleDate?: string;
  /** Ask the trained recogniser where the rules' evidence is weak (default true). */
  useModels?: boolean;
}

export function findMentions(
  text: string,
  sentences: Sentence[],
  options: MentionOptions = {},
): FoundMentions {
  const context: MentionContext = {
    lowercaseWords: lowercaseVocabulary(sentences),
    countries: countriesNamed(sentences),
    languages: languagesNamed(sentences),
    works: worksNamed(sentences),
    things: thingsNamed(sentences),
    acronyms: bracketedAcronyms(sentences),
    sportsReport: isSportsReport(sentences),
    storyEvents: storyEventNouns(sentences),
    // Asked by a few rules only, in few articles: the scan waits for the first question.
    lastWordsOfNames: whenAsked(() => lastWordsOfNames(sentences)),
    businessReport: once(() => isBusinessReport(sentences)),
    ...(options.articleDate ? { articleDate: options.articleDate } : {}),
  };
  const useModels = options.useModels ?? true;
  const result: FoundMentions = { mentions: [], roleLinks: [], placeLinks: [] };
  const headlines: { sentence: Sentence; tokens: Tok[] }[] = [];
  const hintsFor = useModels ? articleHints() : undefined;
  for (const sentence of sentences) {
    const tokens = toks(sentence);
    if (sentence.index === 0 && isTitleCaseLine(tokens)) {
      headlines.push({ sentence, tokens });
      continue;
    }
    const hints = hintsFor?.(tokens);
    const finder = new SentenceMentions(
      sentence,
      tokens,
      hints ? { ...context, hints } : context,
      result.mentions.length,
    );
    finder.run();
    result.mentions.push(...finder.found);
    result.roleLinks.push(...finder.roleLinks);
    result.placeLinks.push(...finder.placeLinks);
  }
  for (const { sentence, tokens } of headlines) matchKnownNames(sentence, tokens, result);
  alignListTypes(result.mentions, text, context.countries);
  const dropped = new Set([
    ...brandsAreNoPeople(result.mentions),
    ...datelineCredits(result.mentions, sentences),
  ]);
  preferMentionedRegions(result.mentions, text);
  return {
    ...reindex(result, dropped),
    things: [...(context.things ?? [])],
    works: [...(context.works ?? [])],
    ...(context.sportsReport ? { sportsReport: true } : {}),
  };
}

/**
 * The STORY_EVENT_NOUNS an article names at least twice, once at least with "the", "this" or
 * "its" before it ("The recall covers …", "the trial heard …"): the story's own happening.
 */
function storyEventNouns(sentences: readonly Sentence[]): Set<string> {
  const count = new Map<string, number>();
  const definite = new Set<string>();
  for (const sentence of sentences)
    for (const match of sentence.text.matchAll(STORY_NOUN_PATTERN)) {
      const noun = match[2]!.toLowerCase();
      count.set(noun, (count.get(noun) ?? 0) + 1);
      if (match[1]) definite.add(noun);
    }
  return new Set([...definite].filter((noun) => (count.get(noun) ?? 0) >= 2));
}

const STORY_NOUN_PATTERN = new RegExp(
  `(\\b(?:the|this|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2})?\\b(${[...STORY_EVENT_NOUNS.keys()].join("|")})\\b`,
  "giu",
);

/**
 * One kind per list: "companies such as Nokia, Sagem, Sony and Thomson", "the Midlands,
 * Merseyside, Bristol and Leeds". In a list of three or more names whose members typed by their
 * context all agree, a member typed only by its shape or the recogniser takes their type.
 */
function alignListTypes(mentions: FoundMention[], text: string, countries: ReadonlySet<string>): void {
  let list: FoundMention[] = [];
  // Surnames of the article's people named in full: "Israel and Netanyahu" keeps its person.
  const surnames = new Set(
    mentions.filter((m) => m.type === "person" && m.name.includes(" ")).map((m) => m.name.split(" ").pop()!),
  );
  const close = () => {
    if (list.length >= 3) alignList(list, countries);
    else if (list.length === 2) countryAndBody(list, text, surnames);
    list = [];
  };
  for (const m of mentions) {
    if (m.referring || m.type === "event") continue;
    const last = list[list.length - 1];
    if (last && last.sentence === m.sentence && LIST_GAP.test(text.slice(last.end, m.start))) list.push(m);
    else {
      close();
      list = [m];
    }
  }
  close();
}

const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or))\s*$/;

/**
 * "LIMA, Aug 21 (UPI) -": the agency in a dateline's brackets credits the report, no party to
 * it. The same agency named in the text ("told UPI") stays, and is the body the credit shows it
 * is where only its shape typed it.
 */
function datelineCredits(mentions: FoundMention[], sentences: readonly Sentence[]): Set<number> {
  const credits = new Set<number>();
  const agencies = new Set<string>();
  for (const sentence of sentences) {
    const dateline = DATELINE.exec(sentence.text);
    if (!dateline) continue;
    const open = dateline[0].lastIndexOf("(");
    const close = dateline[0].lastIndexOf(")");
    if (open < 0 || close < open) continue;
    const from = sentence.start + open;
    const to = sentence.start + close;
    mentions.forEach((m, i) => {
      if (m.start > from && m.end <= to) {
        credits.add(i);
        if (m.type === "organisation") agencies.add(m.name);
      }
    });
  }
  mentions.forEach((m, i) => {
    if (!credits.has(i) && agencies.has(m.name) && m.type === "person" && WEAK_CUES.has(m.cue))
      retypeAsOrganisation(m, "agency of the dateline");
  });
  return credits;
}

/**
 * "between Israel and Hamas": a lone word typed a person by its shape alone, paired by "and"
 * with a country as the other side, is a body (a person is seldom a country's counterpart).
 */
function countryAndBody(pair: FoundMention[], text: string, surnames: ReadonlySet<string>): void {
  if (!/^\s+and\s+$/.test(text.slice(pair[0]!.end, pair[1]!.start))) return;
  // Two sides: "between X and Y" ("Bordeaux in France and Oporto in Portugal" is a list of places).
  if (!/\bbetween\s+(?:the\s+)?$/.test(text.slice(Math.max(0, pair[0]!.start - 12), pair[0]!.start))) return;
  const country = pair.find((m) => m.type === "place" && m.placeClass === "country");
  const lone = pair.find(
    (m) =>
      m !== country &&
      m.type === "person" &&
      WEAK_CUES.has(m.cue) &&
      !m.name.includes(" ") &&
      !surnames.has(m.name),
  );
  if (!country || !lone) return;
  Object.assign(lone, { type: "organisation", cue: "paired with a country" });
}

function alignList(list: FoundMention[], countries: ReadonlySet<string>): void {
  const cued = list.filter((m) => !WEAK_CUES.has(m.cue));
  const types = new Set(cued.map((m) => m.type));
  if (cued.length < 2 || types.size !== 1) return;
  const type = cued[0]!.type;
  for (const m of list) {
    if (!WEAK_CUES.has(m.cue) || m.type === type) continue;
    if (type === "place") {
      // A place needs its place: only a name the gazetteer knows joins a list of places.
      const place = pickPlace(gazetteer().places(m.name), undefined, countries);
      if (!place) continue;
      Object.assign(m, {
        type,
        cue: "list of places",
        placeClass: place.kind,
        geo: place.id,
        lat: place.lat,
        lng: place.lng,
        country: place.countryCode,
      });
    } else {
      for (const key of ["placeClass", "geo", "lat", "lng", "country"] as const) delete m[key];
      Object.assign(m, { type, cue: `list of ${type}s` });
    }
  }
}

/**
 * "RealPlayer", "GameBoy", "TiVo": a capital inside a word is a brand's spelling, not a person's
 * (whose names take one after Mc, Mac, Di, De, O'…). A person typed so by its shape alone is, as
 * one word, the company or its product (an organisation, kept only where a person would have
 * been); a longer name with such a word ("Nintendo GameBoy", "TiVo DVR") is a product's, no entity
 * (its maker, named alone, stays). Returns the indices of those to drop.
 */
function brandsAreNoPeople(mentions: FoundMention[]): Set<number> {
  const products = new Set<number>();
  mentions.forEach((m, i) => {
    if (m.type !== "person" || m.referring || !WEAK_CUES.has(m.cue)) return;
    const words = m.name.split(" ");
    if (!words.some((w) => BRAND_SPELLING.test(w))) return;
    if (words.length > 1) products.add(i);
    // The cue stays a weak one: resolution still drops a lone word nothing else supports.
    else m.type = "organisation";
  });
  return products;
}

const BRAND_SPELLING = /^(?!(?:Mc|Mac|Di|De|Da|Le|La|Du|Van|Von|Fitz)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/**
 * A city name several regions share is the one in a region the article names ("Stryi" near "Lviv
 * region"), unless the text names the city's country or region right after it ("Melbourne,
 * Australia" stays Australia's in a story that also names England, a region of the United
 * Kingdom; "Arlington, Virginia" is Virginia's though Texas, with a larger Arlington, is named
 * too): then every use of the name in the article is that city.
 */
function preferMentionedRegions(mentions: FoundMention[], text: string): void {
  const gaz = gazetteer();
  const regionMentions = mentions.filter((m) => m.placeClass === "region" && m.geo);
  const inArticle = new Set(regionMentions.map((m) => m.geo!));
  // "Melbourne, Australia", "Arlington, Virginia": the city of that name in the country or region
  // the text names right after it.
  const placedBeside = new Map<string, Place>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (m.type !== "place" || m.placeClass !== "city" || !m.geo || !next?.geo) return;
    if (next.placeClass !== "country" && next.placeClass !== "region") return;
    if (!/^\s*,\s*$/.test(text.slice(m.end, next.start))) return;
    const inside = gaz
      .places(m.name)
      .find(
        (p) =>
          p.kind === "city" &&
          (next.placeClass === "country" ? p.countryCode : `${p.countryCode}/${p.regionCode}`) === next.geo,
      );
    if (inside) placedBeside.set(m.name.toLowerCase(), inside);
  });
  for (const m of mentions) {
    if (m.type !== "place" || m.placeClass !== "city" || !m.geo) continue;
    const placed = placedBeside.get(m.name.toLowerCase());
    if (placed) {
      Object.assign(m, { geo: placed.id, lat: placed.lat, lng: placed.lng, country: placed.countryCode });
      continue;
    }
    const home = m.geo.split("/").slice(0, 2).join("/");
    // A major capital moves only for a region named beside it ("Paris, Texas"), not for one named
    // anywhere in the article.
    const current = gaz.places(m.name).find((p) => p.id === m.geo);
    const regions =
      current && isMajorCapital(current)
        ? new Set(regionMentions.filter((r) => r.sentence === m.sentence).map((r) => r.geo!))
        : inArticle;
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

/**
 * Mentions sorted by position, without `dropped`: rewrite the indices that point between them
 * (links to a dropped mention go with it).
 */
function reindex(result: FoundMentions, dropped: ReadonlySet<number> = new Set()): FoundMentions {
  const order = result.mentions
    .map((_, index) => index)
    .filter((index) => !dropped.has(index))
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
    roleLinks: result.roleLinks
      .filter((link) => !dropped.has(link.person) && !dropped.has(link.holder))
      .map((link) => ({
        ...link,
        person: newIndex.get(link.person)!,
        holder: newIndex.get(link.holder)!,
      })),
    placeLinks: result.placeLinks
      .filter((link) => !dropped.has(link.inner) && !dropped.has(link.outer))
      .map((link) => ({
        ...link,
        inner: newIndex.get(link.inner)!,
        outer: newIndex.get(link.outer)!,
      })),
  };
}

/** A value computed when first asked, then remembered. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    if (value === undefined) value = { v: compute() };
    return value.v;
  };
}

/**
 * Cross-article resolution: merge the entities each article found into one set of graph entities.
 * Places merge by gazetteer id, organisations by name (and acronym ↔ initials), people by a
 * transliteration-aware skeleton of their full name; a surname alone joins a full name only when
 * exactly one person in the collection carries it, so two people sharing a surname stay apart.
 */
import { capitalisedWords, initials, nameKey, nameSkeleton, skeleton, surname } from "../nlp/names";

import type { NodeType } from "../schema";
import { countryBeforeName } from "./resolve-local";
import type { ArticleExtraction, LocalEntity } from "./types";

/** Event classes that last and recur seldom: one unplaced mention may be the placed one elsewhere. */
const LONG_RUNNING_EVENTS = new Set(["war", "invasion", "operation", "emergency"]);

export interface GlobalEntity {
  id: number;
  type: NodeType;
  label: string;
  aliases: string[];
  /** Local entities merged here, as [article index, local entity id]. */
  members: [number, number][];
  /** Members typed by a cue in their article (see LocalEntity.cued). */
  cued: number;
  weak: boolean;
  geo?: string;
  lat?: number;
  lng?: number;
  country?: string;
  eventClass?: string;
  date?: string;
}

export interface Resolution {
  entities: GlobalEntity[];
  /** Global entity id for article index → local id. */
  globalOf: (article: number, local: number) => number;
}

function personKey(label: string): string {
  const words = nameKey(label).split(" ");
  return words.length >= 2 ? `person:${nameSkeleton(label)}` : `person-short:${skeleton(words[0] ?? "")}`;
}

function mergeKey(e: LocalEntity, anchorKey: string | undefined, article = -1): string {
  if (e.type === "person") return personKey(e.label);
  if (e.type === "event") {
    if (e.key.startsWith("event:named:")) return e.key;
    if (anchorKey) return `event:${e.eventClass}:${anchorKey}`;
    // An article's unplaced events of a class are one, unless their names differ in capitalised
    // words ("the recent EU election", "the US presidential election").
    return `event-free:${e.eventClass}:${article}:${capitalisedWords(e.label).join(" ")}`;
  }
  return e.key;
}

const ownKeys = new WeakMap<ArticleExtraction, string[]>();

/**
 * Merge keys of an article's entities other than events (they depend on that entity alone),
 * remembered per extraction: a watching process keeps unchanged articles' extractions.
 */
export function ownMergeKeys(x: ArticleExtraction): string[] {
  let keys = ownKeys.get(x);
  if (keys === undefined) {
    keys = [];
    for (const e of x.entities) if (e.type !== "event") keys[e.id] = mergeKey(e, undefined);
    ownKeys.set(x, keys);
  }
  return keys;
}

/** What one article's names tell about given names (see `givenNames`), kept per extraction. */
interface NameWordDigest {
  /** [first word's skeleton, full name's skeleton] of each person named in two words or more. */
  firsts: [string, string][];
  /** The same with the last word. */
  lasts: [string, string][];
  /** Skeletons of organisation and place labels. */
  bodies: string[];
}

const nameWordDigests = new WeakMap<ArticleExtraction, NameWordDigest>();

/**
 * The article's part of `givenNames`, computed once per extraction: the build asks for it as
 * each article's extraction arrives (see `digestForMerge`), while the workers still extract, so
 * the merge after them only counts.
 */
export function nameWordDigest(x: ArticleExtraction): NameWordDigest {
  let digest = nameWordDigests.get(x);
  if (digest !== undefined) return digest;
  digest = { firsts: [], lasts: [], bodies: [] };
  for (const e of x.entities) {
    if (e.type === "organisation" || e.type === "place") digest.bodies.push(skeleton(nameKey(e.label)));
    if (e.type !== "person") continue;
    const words = nameKey(e.label).split(" ");
    if (words.length < 2) continue;
    const full = nameSkeleton(e.label);
    digest.firsts.push([skeleton(words[0]!), full]);
    digest.lasts.push([skeleton(words[words.length - 1]!), full]);
  }
  nameWordDigests.set(x, digest);
  return digest;
}

/**
 * Merge keys ("person-short:…") of single words that the collection's full names use as given
 * names: the first word of at least two different people's names, and more often first than last
 * ("John" of "John Tarrant" and "John Ives"; not "Ives" of "Ives" and "Maria Ives").
 */
function givenNames(extractions: ArticleExtraction[]): Set<string> {
  const first = new Map<string, Set<string>>();
  const last = new Map<string, Set<string>>();
  // A word that also names a body or a place ("Sony" of "Sony Ericsson" misread as a person)
  // is not a given name: the collection's type vote decides what it is.
  const bodies = new Set<string>();
  for (const x of extractions) {
    const digest = nameWordDigest(x);
    for (const body of digest.bodies) bodies.add(body);
    for (const [word, full] of digest.firsts) pushToSet(first, word, full);
    for (const [word, full] of digest.lasts) pushToSet(last, word, full);
  }
  const given = new Set<string>();
  for (const [word, names] of first)
    if (names.size >= 2 && names.size > (last.get(word)?.size ?? 0) && !bodies.has(word))
      given.add(`person-short:${word}`);
  return given;
}

function pushToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function isGivenNameAlone(g: GlobalEntity, given: Set<string>): boolean {
  return g.type === "person" && given.has(personKey(g.label));
}

/** How many more articles may use an acronym bare than name the one body it could stand for. */
const ACRONYM_ARTICLES_PER_NAME_ARTICLE = 2;

export function articleCount(g: GlobalEntity): number {
  return new Set(g.members.map(([a]) => a)).size;
}

export function resolveAcrossArticles(extractions: ArticleExtraction[]): Resolution {
  const entities: GlobalEntity[] = [];
  const byKey = new Map<string, number>();
  // Global entity id by article index, then local entity id.
  const mapping: number[][] = extractions.map(() => []);

  const place = (a: number, e: LocalEntity, key: string) => {
    let id = byKey.get(key);
    if (id === undefined) {
      id = entities.length;
      entities.push({ id, type: e.type, label: e.label, aliases: [], members: [], cued: 0, weak: true });
      byKey.set(key, id);
    }
    const g = entities[id]!;
    g.members.push([a, e.id]);
    if (e.cued) g.cued++;
    for (const alias of e.aliases) if (!g.aliases.includes(alias)) g.aliases.push(alias);
    if (!e.weak) g.weak = false;
    if (e.geo && !g.geo) Object.assign(g, { geo: e.geo, lat: e.lat, lng: e.lng });
    if (e.country && !g.country) g.country = e.country;
    if (e.eventClass) g.eventClass = e.eventClass;
    // The earliest date any article gives: the start of the event.
    if (e.date && (!g.date || e.date < g.date)) g.date = e.date;
    mapping[a]![e.id] = id;
  };

  const given = givenNames(extractions);
  // Non-events first, so events can key on their anchor's global entity. A given name alone
  // ("John" in one story, "John" in another) is that article's own: nothing says it is one person.
  extractions.forEach((x, a) => {
    const keys = ownMergeKeys(x);
    for (const e of x.entities) {
      if (e.type === "event") continue;
      const key = keys[e.id]!;
      place(a, e, key.startsWith("person-short:") && given.has(key) ? `${key}:${a}` : key);
    }
  });
  // One sense per name across articles: the same name typed differently by weak evidence in two
  // articles ("the Elysée" as a place here, an organisation there) is one entity, of the type most
  // articles gave it, an article whose text gave a cue for the type ("X manager Y") counting as
  // many as CUED_WEIGHT that typed it by its shape alone. Gazetteer places keep their type:
  // "Jordan" the country is not a person.
  const byName = new Map<string, GlobalEntity[]>();
  for (const g of entities) {
    if (g.type === "event" || g.geo || isGivenNameAlone(g, given)) continue;
    pushTo(byName, nameKey(g.label), g);
  }
  // Bodies of one name in different countries ("Serbia's Defense Ministry", "Croatia's Defense
  // Ministry") stay apart.
  const byCountry = (group: GlobalEntity[]): GlobalEntity[][] => {
    const countries = new Set(
      group.flatMap((g) => (g.type === "organisation" && g.country ? [g.country] : [])),
    );
    if (countries.size < 2) return [group];
    return [
      ...[...countries].map((c) => group.filter((g) => g.type === "organisation" && g.country === c)),
      group.filter((g) => g.type !== "organisation" || !g.country),
    ];
  };
  for (const group of [...byName.values()].flatMap(byCountry)) {
    if (group.length < 2) continue;
    // A lone word typed a person only by its shape has no weight against another type some
    // article's words gave it.
    // So has a longer name ("Aston Villa" by its shape in seven stories with a mention or two
    // each, "Villa chairman X" in nine mentions of one) where the cued reading is used as often.
    const mentions = (g: GlobalEntity) =>
      g.members.reduce((sum, [a, l]) => sum + (extractions[a]!.entities[l]?.mentions.length ?? 0), 0);
    const cuedMentions = Math.max(0, ...group.filter((g) => g.type !== "person" && g.cued > 0).map(mentions));
    const outweighed = (g: GlobalEntity) =>
      shapeOnlyPerson(g) || (g.type === "person" && g.cued === 0 && cuedMentions >= mentions(g));
    const weight = (g: GlobalEntity) =>
      cuedMentions > 0 && outweighed(g) ? 0 : g.members.length + (CUED_WEIGHT - 1) * g.cued;
    const [main, ...rest] = [...group].sort(
      (a, b) => weight(b) - weight(a) || b.members.length - a.members.length,
    );
    for (const other of rest) absorb(main!, other, mapping);
  }
  // A plural of an organisation's name is that body's members taken together ("the Lib Dems" of a
  // "Lib Dem" party, "Tories" of "Tory"): one entity with it. A person named so by a title stays.
  const organisations = new Map<string, GlobalEntity>();
  for (const g of entities)
    if (g.type === "organisation" && g.members.length > 0) organisations.set(nameKey(g.label), g);
  joinNamesWithoutKindWord(entities, extractions, organisations, mapping);
  joinBareNamesToTheirCountrysBody(entities, extractions, mapping);
  for (const g of entities) {
    if (g.members.length === 0 || g.type === "event" || g.geo || (g.type === "person" && g.cued > 0))
      continue;
    const key = nameKey(g.label);
    const singular = key.endsWith("ies") ? `${key.slice(0, -3)}y` : key.endsWith("s") ? key.slice(0, -1) : "";
    const body = organisations.get(singular);
    if (body && body !== g && body.members.length > 0) absorb(body, g, mapping);
  }
  // Acronyms join the organisation whose initials they are: the one named in an article that also
  // uses the acronym, else the only one in the collection, and then only from three letters on
  // ("TV" is the initials of many a title; "EU" joins "European Union" where both appear) and
  // when the acronym is not used in many more articles than the name: an acronym that many
  // stories use bare is known by itself, and a namesake spelled out once elsewhere is a guess.
  const byInitials = new Map<string, GlobalEntity[]>();
  for (const o of entities) {
    if (o.type !== "organisation" || /^[A-Z]{2,6}$/.test(o.label)) continue;
    const key = initials(o.label).toUpperCase();
    if (key.length >= 2) pushTo(byInitials, key, o);
  }
  for (const g of entities) {
    if (g.type !== "organisation" || !/^[A-Z]{2,6}$/.test(g.label) || g.members.length === 0) continue;
    const candidates = (byInitials.get(g.label) ?? []).filter((o) => o !== g && o.members.length > 0);
    const articles = new Set(g.members.map(([a]) => a));
    const together = candidates.filter((o) => o.members.some(([a]) => articles.has(a)));
    const full =
      together.length === 1
        ? together[0]
        : together.length === 0 &&
            candidates.length === 1 &&
            g.label.length >= 3 &&
            articles.size <= ACRONYM_ARTICLES_PER_NAME_ARTICLE * articleCount(candidates[0]!)
          ? candidates[0]
          : undefined;
    if (full) absorb(full, g, mapping);
  }
  // Surnames join the single full name that carries them.
  const fullNamesBySurname = new Map<string, GlobalEntity[]>();
  for (const o of entities) {
    if (o.type !== "person" || nameKey(o.label).split(" ").length < 2) continue;
    pushTo(fullNamesBySurname, skeleton(surname(o.label)), o);
  }
  for (const g of entities) {
    if (g.type !== "person" || g.members.length === 0 || nameKey(g.label).split(" ").length > 1) continue;
    if (isGivenNameAlone(g, given)) continue;
    const owners = fullNamesBySurname.get(skeleton(nameKey(g.label))) ?? [];
    // A spelling that differs is a transliteration ("Dostoevskiy", "Dostoevsky"), a letter apart at
    // most: "Jonny" alone is no "Lil Jon" though their skeletons agree.
    if (owners.length === 1 && closeSpelling(nameKey(g.label), nameKey(surname(owners[0]!.label))))
      absorb(owners[0]!, g, mapping);
  }
  extractions.forEach((x, a) => {
    for (const e of x.entities) {
      if (e.type !== "event") continue;
      const anchorGlobal = e.anchor !== undefined ? mapping[a]![e.anchor] : undefined;
      place(a, e, mergeKey(e, anchorGlobal !== undefined ? String(anchorGlobal) : undefined, a));
    }
  });
  // An event its article does not place ("the war") is that article's own, unless it joins a
  // placed event of its class: the one whose place the article names, else the only one there is
  // in articles that share a named entity with it. A collection of unrelated stories has many wars.
  const placedByClass = new Map<string, { event: GlobalEntity; anchor: number }[]>();
  for (const [key, id] of byKey) {
    const g = entities[id]!;
    if (g.type !== "event" || key.startsWith("event-free:") || key.startsWith("event:named:")) continue;
    pushTo(placedByClass, g.eventClass ?? "", {
      event: g,
      anchor: Number(key.slice(key.lastIndexOf(":") + 1)),
    });
  }
  const named = extractions.map(
    (x, a) => new Set(x.entities.filter((e) => e.type !== "event").map((e) => mapping[a]![e.id]!)),
  );
  // What an article is about, for relatedness: its entities and the countries they belong to.
  const topics = extractions.map((x, a) => {
    const set = new Set<string>([...named[a]!].map(String));
    for (const e of x.entities) if (e.country) set.add(`country:${e.country}`);
    return set;
  });
  const sentenceCache = new Map<number, Map<number, number[]>>();
  const sentencesOf = (a: number, local: number): number[] => {
    let byEntity = sentenceCache.get(a);
    if (!byEntity) {
      byEntity = new Map();
      for (const m of extractions[a]!.mentions) {
        const list = byEntity.get(m.entity) ?? [];
        list.push(m.sentence);
        byEntity.set(m.entity, list);
      }
      sentenceCache.set(a, byEntity);
    }
    return byEntity.get(local) ?? [];
  };
  // Sentences of article a that name global entity id.
  const sentencesNaming = (a: number, id: number) =>
    extractions[a]!.entities.filter((e) => mapping[a]![e.id] === id).flatMap((e) => sentencesOf(a, e.id));
  for (const [key, id] of byKey) {
    const g = entities[id]!;
    if (!key.startsWith("event-free:") || g.members.length === 0) continue;
    const article = g.members[0]![0];
    // "US election", "Vietnam war": an event its own words name joins no event of other names.
    const ownNames = g.members.flatMap(([a, l]) => capitalisedWords(extractions[a]!.entities[l]!.label));
    const placed = (placedByClass.get(g.eventClass ?? "") ?? []).filter(
      ({ event }) => event.members.length > 0 && ownNames.every((w) => event.label.split(" ").includes(w)),
    );
    // An article's unplaced event is the placed one whose place it names near it (within two
    // sentences), not anywhere: a politics story that mentions Iraq holds other elections.
    const eventSentences = g.members.flatMap(([a, l]) => sentencesOf(a, l));
    const here = placed.filter(
      ({ anchor }) =>
        named[article]!.has(anchor) &&
        sentencesNaming(article, anchor).some((s) => eventSentences.some((e) => Math.abs(e - s) <= 2)),
    );
    const related = (p: { event: GlobalEntity }) =>
      p.event.members.some(([b]) => [...topics[b]!].some((topic) => topics[article]!.has(topic)));
    // Without its place nearby, only a long-running event joins the one placed event of related
    // stories ("the war" in a story on the same front); talks, attacks, strikes and elections
    // recur, and an unplaced one is that story's own.
    const into =
      here.length === 1
        ? here[0]
        : here.length === 0 &&
            placed.length === 1 &&
            LONG_RUNNING_EVENTS.has(g.eventClass ?? "") &&
            related(placed[0]!)
          ? placed[0]
          : undefined;
    if (into) absorb(into.event, g, mapping);
  }
  // "the Oscars": the plural of a word several of the collection's stories use as a prize's
  // ("Oscar-winning", "won an Oscar") is its ceremony wherever an article typed it a body or a
  // person, one event with the ceremony other articles named.
  const prizeArticles = articlesPerName(extractions, (x) => x.things);
  const eventsByName = new Map<string, GlobalEntity>();
  for (const g of entities)
    if (g.type === "event" && g.members.length > 0 && !eventsByName.has(nameKey(g.label)))
      eventsByName.set(nameKey(g.label), g);
  for (const g of entities) {
    if ((g.type !== "organisation" && g.type !== "person") || g.members.length === 0) continue;
    const prize = /^(\p{Lu}\p{Ll}+)s$/u.exec(g.label)?.[1];
    if (prize === undefined || (prizeArticles.get(prize) ?? 0) < PRIZE_ARTICLES) continue;
    const ceremony = eventsByName.get(nameKey(g.label));
    if (ceremony) absorb(ceremony, g, mapping);
    else {
      Object.assign(g, { type: "event", eventClass: "ceremony" });
      eventsByName.set(nameKey(g.label), g);
    }
  }
  for (const g of entities) if (g.members.length > 0) g.label = bestLabel(g, extractions);
  const live = entities.filter((g) => g.members.length > 0);
  return {
    entities: live,
    globalOf: (a, l) => mapping[a]?.[l] ?? -1,
  };
}

/**
 * Last words that only say what kind of body a name is, or its legal form: "the Velmor Party" is
 * "Velmor", as "Velmor Inc" and "the Velmor group" are.
 */
const KIND_WORDS = new Set(["party", "group", "inc", "corp", "corporation", "plc", "ltd", "llc"]);

/**
 * "Velmor" is the "Velmor Party" wherever one article uses both names (one sense per name: the
 * short form names that body in every article), and so is its plural ("the Velmors"). The kind
 * word alone is no evidence: "the Assembly Party" of one story is not the "Assembly" of others.
 * Registers the short names in `organisations` for the plural rule that follows.
 */
function joinNamesWithoutKindWord(
  entities: GlobalEntity[],
  extractions: ArticleExtraction[],
  organisations: Map<string, GlobalEntity>,
  mapping: number[][],
): void {
  const byName = new Map<string, GlobalEntity>();
  for (const g of entities)
    if (g.members.length > 0 && !g.geo && (g.type === "organisation" || shapeOnlyPerson(g)))
      byName.set(nameKey(g.label), g);
  for (const body of entities) {
    if (body.type !== "organisation" || body.members.length === 0) continue;
    const words = nameKey(body.label).split(" ");
    if (words.length < 2 || !KIND_WORDS.has(words[words.length - 1]!)) continue;
    const short = words.slice(0, -1).join(" ");
    const bothInOneArticle = body.members.some(([a]) =>
      extractions[a]!.entities.some(
        (e) => e.type !== "event" && [e.label, ...e.aliases].some((name) => nameKey(name) === short),
      ),
    );
    if (!bothInOneArticle) continue;
    const other = byName.get(short);
    if (other && other !== body && other.members.length > 0) absorb(body, other, mapping);
    if ((organisations.get(short)?.members.length ?? 0) === 0) organisations.set(short, body);
  }
}

/**
 * "the Grain Standards Board" of other stories is the "US Grain Standards Board" some article also
 * called so (resolve-local joins the two forms within an article), where no other country's body
 * has that name and every article naming it bare names the country too: a bare "Supreme Court" is
 * also a story's own country's ("Tarnland's Supreme Court"), and a court in a story that never
 * mentions the country is the reader's own.
 */
function joinBareNamesToTheirCountrysBody(
  entities: GlobalEntity[],
  extractions: ArticleExtraction[],
  mapping: number[][],
): void {
  const withCountry = new Map<string, { body: GlobalEntity; country: string }[]>();
  for (const g of entities) {
    if (g.type !== "organisation" || g.members.length === 0) continue;
    const named = countryBeforeName(g.label);
    if (named && !/^[\p{Lu}\d]+$/u.test(named.rest))
      pushTo(withCountry, nameKey(named.rest), { body: g, country: named.country });
  }
  const bare = new Map<string, GlobalEntity>();
  for (const g of entities)
    if (g.type === "organisation" && g.members.length > 0 && withCountry.has(nameKey(g.label)))
      bare.set(nameKey(g.label), g);
  const countriesNamed = new Map<number, Set<string>>();
  const namesCountry = (a: number, country: string) => {
    let named = countriesNamed.get(a);
    if (!named) {
      named = new Set();
      for (const e of extractions[a]!.entities) {
        if (e.mentions.length === 0) continue;
        if (e.type === "place" && e.geo && !e.geo.includes("/")) named.add(e.geo);
        if (e.country) named.add(e.country);
      }
      countriesNamed.set(a, named);
    }
    return named.has(country);
  };
  for (const [rest, bodies] of withCountry) {
    const shorter = bare.get(rest);
    if (!shorter || new Set(bodies.map((b) => b.country)).size !== 1) continue;
    const { body, country } =
      bodies.find((b) => b.body.aliases.some((alias) => nameKey(alias) === rest)) ?? {};
    if (!body || !country || (shorter.country && shorter.country !== country)) continue;
    const articles = shorter.members
      .filter(([a, l]) => extractions[a]!.entities[l]!.mentions.length > 0)
      .map(([a]) => a);
    if (articles.every((a) => namesCountry(a, country))) absorb(body, shorter, mapping);
  }
}

function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

/**
 * A person named by one word only, that no article gives a title or a nationality: its type came
 * from its shape or the recogniser's reading of a lone word, which companies, clubs and outlets
 * share ("X said", "X's new console").
 */
function shapeOnlyPerson(g: GlobalEntity): boolean {
  return g.type === "person" && g.cued === 0 && !nameKey(g.label).includes(" ");
}

/** Stories that must use a word as a prize's before its plural is the ceremony everywhere. */
const PRIZE_ARTICLES = 3;

/** How many articles list each name in the list `of` gives. */
export function articlesPerName(
  extractions: readonly ArticleExtraction[],
  of: (x: ArticleExtraction) => readonly string[] | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of extractions) for (const name of of(x) ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** How many articles typing a name by its shape one article that gave a cue for its type outweighs. */
const CUED_WEIGHT = 4;

function absorb(into: GlobalEntity, from: GlobalEntity, mapping: number[][]) {
  into.cued += from.cued;
  for (const member of from.members) {
    into.members.push(member);
    mapping[member[0]]![member[1]] = into.id;
  }
  for (const alias of from.aliases) if (!into.aliases.includes(alias)) into.aliases.push(alias);
  if (!from.weak) into.weak = false;
  if (from.date && (!into.date || from.date < into.date)) into.date = from.date;
  from.members = [];
}

/** The fullest common form: among the longest names, the spelling used most often. */
function bestLabel(g: GlobalEntity, extractions: ArticleExtraction[]): string {
  // One member (most entities): its own label, whatever the rules below would weigh.
  if (g.members.length === 1) {
    const [a, l] = g.members[0]!;
    return extractions[a]!.entities[l]!.label;
  }
  let labels = g.members.map(([a, l]) => extractions[a]!.entities[l]!.label);
  // An event is named where an article places it ("Bryansk offensive"), not where one only alludes
  // to it ("its shock counteroffensive").
  if (g.type === "event") {
    const placed = g.members
      .map(([a, l]) => extractions[a]!.entities[l]!)
      .filter((e) => e.anchor !== undefined)
      .map((e) => e.label);
    if (placed.length > 0) labels = placed;
  }
  // Counted once; the rules below look at each spelling once (a place named in hundreds of
  // articles has a handful of spellings), in order of first use.
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const spellings = [...counts.entries()];
  if (g.type === "event" || g.type === "place") {
    const region = spellings.find(([l]) => / region$/.test(l));
    if (g.type === "place" && region) return region[0];
    return spellings.sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]![0];
  }
  const words = spellings.map(([label]) => nameKey(label).split(" ").length);
  const longest = Math.max(...words);
  return spellings
    .filter((_, i) => words[i] === longest)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
}

/** Whether two spellings of a surname are the same or a letter apart in length. */
function closeSpelling(a: string, b: string): boolean {
  return a === b || Math.abs(a.length - b.length) <= 1;
}

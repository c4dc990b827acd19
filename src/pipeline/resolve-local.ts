/**
 * Local resolution: group the mentions of one article into entities. One sense per document: a
 * surname or a title-less form joins the full name it belongs to; "Kherson" joins "Kherson region"
 * through the gazetteer; referring forms ("its forces", "Ukrainian") join the entity they stand for;
 * event mentions join by class and place. Single unknown words that nothing supports are dropped.
 */

import { loadClusters } from "../models";
import { wordKey } from "../models/tokens";
import { COMPANY_NAME_ENDS, ORGANISATION_HEADS } from "../nlp/cues";
import { gazetteer } from "../nlp/gazetteer";
import { isGivenName } from "../nlp/given-names";
import { commonWords } from "../nlp/lexicon";
import { capitalisedWords, initials, nameKey, skeleton, surname } from "../nlp/names";
import { type FoundMention, type FoundMentions, retypeAsOrganisation, WEAK_CUES } from "./mention-types";
import { PORTFOLIOS } from "./mention-words";
import type { LocalEntity, Mention } from "./types";

export interface LocalResolution {
  mentions: Mention[];
  entities: LocalEntity[];
  /** Entity id for each found mention (-1 when the mention was dropped). */
  entityOf: number[];
}

/** "Malian Armed Forces", "Ukrainian Defence Forces": a country's whole military by its adjective. */
const NAMED_ARMED_FORCES = /^(\p{Lu}\p{Ll}+) (?:Armed Forces|Defen[cs]e Forces)$/u;

function entityKey(m: FoundMention): string {
  if (m.type === "place" && m.geo) return `geo:${m.geo}`;
  // One key with "the Malian army" read by its country ("Armed Forces of Mali", mention-base.ts).
  const forces = m.type === "organisation" ? NAMED_ARMED_FORCES.exec(m.name) : null;
  const country = forces ? gazetteer().countryOfDemonym(forces[1]!) : undefined;
  if (country) return `organisation:${nameKey(`Armed Forces of ${country.name}`)}`;
  if (m.type === "organisation" && m.country && /ministry/i.test(m.name)) {
    const words = nameKey(m.name)
      .split(" ")
      .filter((w) => !["ministry", "of", "affairs", "the", "for", "and"].includes(w))
      .map((w) => w.replace("defense", "defence"))
      .filter((w) => !gazetteer().countryOfDemonym(w) && gazetteer().places(w)[0]?.kind !== "country");
    return `ministry:${m.country}:${words.sort().join(" ")}`;
  }
  return `${m.type}:${nameKey(m.name)}`;
}

/** Towns smaller than this are named more often by namesakes (people, bodies) than in their own right. */
const SMALL_TOWN_POPULATION = 100_000;

/** A body's name made of ordinary words and heads only ("Defense Ministry", "Ministry of Health"). */
function namedByOrdinaryWords(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return (
    words.some((w) => ORGANISATION_HEADS.has(w)) &&
    words.every(
      (w) =>
        ORGANISATION_HEADS.has(w) ||
        PORTFOLIOS.has(w) ||
        commonWords().has(w) ||
        /^(?:of|for|and|the)$/.test(w),
    )
  );
}

const ORGANISATION_CONTEXT_CUES = new Set([
  "holder of a post",
  "holder of a role",
  "organisation head",
  'subject of "its"',
  "unit noun",
  "country + organisation noun",
  "office by its address",
  "name of a bracketed acronym",
]);

/** One word of two to ten letters, two or more of them capitals, not all ("BfV", "TurkStat"). */
const MIXED_CASE_ACRONYM = /^(?=\p{Lu}(?:\p{Ll}*\p{Lu}))(?=.*\p{Ll})\p{L}{2,10}$/u;

/**
 * Whether a bracketed word spells a name's initials: exactly ("Alva"), or with a few more letters
 * of its words between them ("Ecowas" of the Economic Community of West African States).
 */
function spellsInitials(word: string, nameInitials: string): boolean {
  const letters = word.toUpperCase();
  const wanted = nameInitials.toUpperCase();
  if (letters === wanted) return true;
  if (letters[0] !== wanted[0] || letters.length > wanted.length + 3 || wanted.length < 3) return false;
  let k = 0;
  for (const c of letters) if (c === wanted[k]) k++;
  return k === wanted.length;
}

/** Head words of papers and channels, whose one-word titles ("The Times", "The Office") are their own. */
const MEDIA_HEADS = new Set([
  "times",
  "post",
  "journal",
  "gazette",
  "herald",
  "tribune",
  "telegraph",
  "news",
  "press",
  "radio",
  "tv",
  "television",
  "office",
]);

/**
 * Heads that alone usually mean the home country's own institution ("the Government", "the Army"),
 * not a body the article names with them ("the Welsh Government").
 */
const HOME_HEADS = new Set([
  "government",
  "parliament",
  "army",
  "navy",
  "police",
  "cabinet",
  "treasury",
  "assembly",
  "senate",
  "congress",
]);

/** A one-word body read from "X said it would …" (name-mentions.ts): its full name may be longer. */
const SPEAKER_OF_IT = 'speaker of "it"';
/**
 * Cues that type a one-word name a body without saying it is the body's whole name: a post after
 * it ("X chairman Y", "X's chief executive, Y,") or its speaking of "it"; such a word may be the
 * first word of a longer name the article gives.
 */
const SHORT_NAME_CUES = new Set(["holder of a post", "possessor of a corporate post", SPEAKER_OF_IT]);

/** Cues that say which kind of place a name is: "the town of X", "the province of Y", "X city centre". */
const PLACE_KIND_OF =
  /^(?:"(?:town|city|village|province|region|state|district|county|oblast|governorate) of"|before "(?:town|city|village) \p{Ll}+")$/u;

/** Cues of a club named after its town (name-mentions.ts, clubName). */
function isClubCue(cue: string): boolean {
  return cue === "club name" || cue.startsWith("club in a sports report");
}

/** Place cues that a town's club stands in as well: the gazetteer, a bare preposition, the recogniser. */
const TOWN_OR_CLUB_CUES =
  /^(?:gazetteer|after "(?:at|to|from|over|into|against)"$|recogniser$|known name in a headline$)/;

/**
 * Whether the words around a mention, not its shape, said what kind of thing it is: a title before
 * a person ("Mr", "President"), a kind noun or a post around a body ("the carmaker X", "X analyst
 * Y"), a head or class noun with a place ("X region"). A preposition alone ("in X") is no such
 * cue: people are written after "with" and "from" as often as places.
 */
function typedByContext(m: FoundMention): boolean {
  switch (m.type) {
    case "person":
      return m.cue.startsWith('title "') || m.cue === "nationality + name";
    case "organisation":
      return (
        ORGANISATION_CONTEXT_CUES.has(m.cue) ||
        isClubCue(m.cue) ||
        m.cue.startsWith('before "') ||
        m.cue.startsWith('apposed "') ||
        m.cue.startsWith('listed after "') ||
        m.cue.startsWith('after "') ||
        / (?:in|of|for)"$/.test(m.cue)
      );
    case "place":
      return (
        m.cue === "place head" ||
        m.cue === "facility noun" ||
        m.cue.startsWith('place noun "') ||
        / of"$/.test(m.cue)
      );
    default:
      return false;
  }
}

/** Whether a place's own preposition comes right before the mention ("in X", "near X"): it is the place. */
function afterPlacePreposition(text: string, m: FoundMention): boolean {
  return /\b(?:in|near|inside|outside|around|across|of)\s+$/i.test(
    text.slice(Math.max(0, m.start - 10), m.start),
  );
}

/** Words after a name that read it as a person's: a verb of speech or deed, "who" after a comma. */
const PERSON_AFTER =
  /^\s*(?:(?:said|says|told|added|argued|won|wins|led|leads|has|had|is|was|\p{Ll}+ed)\b|,\s*who\b)/u;
/** Words before a name that read it as a person's: a vote's or a contest's side. */
const PERSON_BEFORE = /\b(?:for|against|by)\s+$/;

function readAsPerson(text: string, m: FoundMention): boolean {
  return (
    PERSON_AFTER.test(text.slice(m.end, m.end + 30)) ||
    PERSON_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))
  );
}

/** Words that make a clause of what follows a name, not a description of it. */
const CLAUSE_WORDS = /^(?:is|was|are|were|has|have|had|will|would|can|could|who|which|that|said|says)$/i;

/** Words that give a person's other name: "known as", "nicknamed", "dubbed", with a quote mark. */
const NICKNAME_BEFORE =
  /\b(?:(?:also|better|widely|popularly)\s+)?(?:known\s+as|nicknamed|dubbed)\s+(?:the\s+)?["“']?$/;

export function resolveLocal(found: FoundMentions, text: string): LocalResolution {
  const entities: LocalEntity[] = [];
  const byKey = new Map<string, number>();
  const entityOf: number[] = found.mentions.map(() => -1);
  const ms = found.mentions;

  const attach = (index: number, entity: number) => {
    entityOf[index] = entity;
    const e = entities[entity]!;
    const m = ms[index]!;
    e.mentions.push(index);
    if (!m.referring && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    if (!m.referring) e.weak = false;
    if (!m.referring && typedByContext(m)) e.cued = true;
    for (const role of m.roles) if (!e.roles.includes(role)) e.roles.push(role);
    if (m.country && !e.country) e.country = m.country;
    if (m.geo && !e.geo && e.type === "place" && m.type === "place")
      Object.assign(e, { geo: m.geo, lat: m.lat, lng: m.lng });
  };
  /** Takes mention `index` back from the entity it was attached to, before it joins another. */
  /** Every mention of `from` becomes one of `into` (a short form, a plural, a head word alone). */
  const mergeInto = (from: LocalEntity, into: LocalEntity) => {
    for (const i of from.mentions) {
      entityOf[i] = -1;
      attach(i, into.id);
    }
    from.mentions = [];
  };
  const detach = (index: number) => {
    const own = entityOf[index]!;
    if (own < 0) return;
    const e = entities[own]!;
    const alias = ms[index]!.text;
    e.mentions = e.mentions.filter((x) => x !== index);
    e.aliases = e.aliases.filter((a) => a !== alias);
    entityOf[index] = -1;
  };
  const create = (index: number, key: string, label: string): number => {
    const m = ms[index]!;
    const entity: LocalEntity = {
      id: entities.length,
      type: m.type,
      label,
      aliases: [],
      mentions: [],
      roles: [],
      key,
      weak: true,
      ...(m.geo ? { geo: m.geo } : {}),
      ...(m.lat !== undefined ? { lat: m.lat, lng: m.lng } : {}),
    };
    entities.push(entity);
    byKey.set(key, entity.id);
    attach(index, entity.id);
    return entity.id;
  };

  // An organisation right after a country's possessive belongs to it ("Russia’s Ministry of Defence").
  ms.forEach((m, i) => {
    const prev = ms[i - 1];
    if (
      m.type === "organisation" &&
      !m.country &&
      prev?.type === "place" &&
      prev.placeClass === "country" &&
      /^['’]s\s*$/.test(text.slice(prev.end, m.start))
    ) {
      m.country = prev.country;
      // "Serbia's Defense Ministry": a ministry named by ordinary words alone takes its country's
      // adjective into its name, as "the Croatian Defence Ministry" has it (its key has the country
      // already: another country's ministry of the same words is another node, and now reads so).
      const adjective = prev.country ? gazetteer().demonymOf(prev.country) : undefined;
      if (adjective && /ministry/i.test(m.name) && namedByOrdinaryWords(m.name))
        m.name = `${adjective} ${m.name}`;
    }
  });

  // A town's name the article uses for its club (sports-clubs.ts) is the club also where only the
  // gazetteer or a bare preposition made it a place ("a draw at X", "left X"); not after "in" or
  // "near", nor by a place noun or head ("X city centre").
  const clubs = new Set(
    ms.filter((m) => m.type === "organisation" && isClubCue(m.cue)).map((m) => nameKey(m.name)),
  );
  for (const m of ms) {
    if (m.type !== "place" || m.referring || !clubs.has(nameKey(m.name)) || !TOWN_OR_CLUB_CUES.test(m.cue))
      continue;
    if (afterPlacePreposition(text, m)) continue;
    retypeAsOrganisation(m, "club named in the article");
  }
  // One sense per document: a name typed by weak evidence ("the Elysée" by its determiner, a
  // bare name by its shape, a hint of the recogniser) takes the type strong evidence gave the same
  // name elsewhere in the article (a title, a head word, the gazetteer, a role).
  const strongType = new Map<string, FoundMention["type"]>();
  // Without strong evidence the weak readings vote; the recogniser's, which read the context, count double.
  const weakVotes = new Map<string, Map<FoundMention["type"], number>>();
  for (const m of ms) {
    if (m.referring || m.type === "event") continue;
    const key = nameKey(m.name);
    if (WEAK_CUES.has(m.cue)) {
      const votes = weakVotes.get(key) ?? new Map<FoundMention["type"], number>();
      votes.set(m.type, (votes.get(m.type) ?? 0) + (m.cue === "recogniser" ? 2 : 1));
      weakVotes.set(key, votes);
    } else if (!strongType.has(key)) strongType.set(key, m.type);
  }
  const weakWinner = (key: string): FoundMention["type"] | undefined => {
    const ranked = [...(weakVotes.get(key) ?? [])].sort((a, b) => b[1] - a[1]);
    return ranked.length > 0 && ranked[0]![1] > (ranked[1]?.[1] ?? 0) ? ranked[0]![0] : undefined;
  };
  // "Van Brakel" (the recogniser's organisation, a sentence-initial "Van") is the surname,
  // particle and all, of "Joost van Brakel" in the same article.
  const fullNames = ms
    .filter((m) => m.type === "person" && !m.referring && nameKey(m.name).includes(" "))
    .map((m) => nameKey(m.name));
  const surnameOf = new Map<number, string>();
  ms.forEach((m, i) => {
    if (m.referring || m.type === "event" || !WEAK_CUES.has(m.cue)) return;
    const key = nameKey(m.name);
    if (strongType.has(key) || !key.includes(" ")) return;
    const owner = fullNames.find((full) => full.endsWith(` ${key}`));
    if (owner === undefined) return;
    m.type = "person";
    surnameOf.set(i, owner);
  });
  for (const [i, m] of ms.entries()) {
    if (!WEAK_CUES.has(m.cue) || surnameOf.has(i)) continue;
    const key = nameKey(m.name);
    const type = strongType.get(key) ?? weakWinner(key);
    if (type && type !== m.type) m.type = type;
  }
  // "near the town of X … in X": where the article says which of a town and its province of the
  // same name it means, its bare uses mean the same.
  const namedSense = new Map<string, FoundMention>();
  for (const m of ms)
    if (m.type === "place" && m.geo && !m.referring && PLACE_KIND_OF.test(m.cue))
      namedSense.set(nameKey(m.name), m);
  for (const m of ms) {
    const sense = m.type === "place" && m.cue === "gazetteer" ? namedSense.get(nameKey(m.name)) : undefined;
    if (!sense || !m.geo || m.geo === sense.geo) continue;
    // Of the same country: a region's code need not prefix its capital's ("GB/MAN", "GB/ENG/Manchester").
    if (m.geo.split("/")[0] !== sense.geo!.split("/")[0]) continue;
    Object.assign(m, { geo: sense.geo, placeClass: sense.placeClass, lat: sense.lat, lng: sense.lng });
  }
  // A mention retyped a place above has no coordinates of its own: it is the place of that name
  // the gazetteer gave another mention in the article (not in a sports report, where "X are
  // doing well" is the club of a town the article names as a place elsewhere).
  const placedByName = new Map<string, string>();
  if (!found.sportsReport)
    for (const m of ms)
      if (m.type === "place" && m.geo && !m.referring && !placedByName.has(nameKey(m.name)))
        placedByName.set(nameKey(m.name), `geo:${m.geo}`);
  // A hyphenated surname alone ("Rev Tarn-Orrell" after "Dana Tarn-Orrell") is one word, a
  // short form of the full name, though its key has two.
  const lastWords = new Set(
    ms
      .filter((m) => m.type === "person" && !m.referring && /\s/.test(m.name.trim()))
      .map((m) => m.name.trim().split(/\s+/).pop()!),
  );
  const oneWord = (m: FoundMention) =>
    nameKey(m.name).split(" ").length < 2 || (!/\s/.test(m.name.trim()) && lastWords.has(m.name.trim()));
  // 1. Full names and typed names first, so short forms have something to join.
  const persons: number[] = [];
  ms.forEach((m, i) => {
    if (m.referring || m.type === "event" || surnameOf.has(i)) return;
    if (m.type === "person" && oneWord(m)) return;
    const key = (m.type === "place" && !m.geo && placedByName.get(nameKey(m.name))) || entityKey(m);
    const existing = byKey.get(key);
    if (existing !== undefined) attach(i, existing);
    else {
      const id = create(i, key, m.name);
      if (m.type === "person") persons.push(id);
    }
  });
  for (const [i, owner] of surnameOf) {
    const entity = byKey.get(`person:${owner}`);
    if (entity !== undefined) attach(i, entity);
  }
  // "Kozloduy nuclear plant" is "Kozloduy nuclear power plant" written shorter: a place or
  // organisation whose words all occur, first and last alike, in a longer one of the same type.
  const byEnds = new Map<string, LocalEntity[]>();
  for (const e of entities) {
    if ((e.type !== "place" && e.type !== "organisation") || e.geo) continue;
    const words = nameKey(e.label).split(" ");
    if (words.length < 2) continue;
    const key = `${e.type}:${words[0]}:${words[words.length - 1]}`;
    byEnds.set(key, [...(byEnds.get(key) ?? []), e]);
  }
  for (const group of byEnds.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => b.label.length - a.label.length);
    for (const shorter of sorted.slice(1)) {
      const words = nameKey(shorter.label).split(" ");
      const longer = sorted.find(
        (e) =>
          e !== shorter &&
          e.mentions.length > 0 &&
          e.label.length > shorter.label.length &&
          words.every((w) => nameKey(e.label).split(" ").includes(w)),
      );
      if (!longer) continue;
      mergeInto(shorter, longer);
    }
  }
  joinBodiesNamedWithoutTheirCountry(entities, mergeInto);
  // "Houthi spokesman X" beside "the Houthis": a body's one-word name as an adjective is the body.
  const bodyByName = new Map<string, LocalEntity>();
  for (const e of entities)
    if (e.type === "organisation" && !nameKey(e.label).includes(" ")) bodyByName.set(nameKey(e.label), e);
  // "Fano fighters" beside "the Fano militia": a group named by its members is the group named in full.
  const groupByFirstWord = new Map<string, LocalEntity>();
  /** First words that begin two bodies' names ("Kestrel Bank", "Kestrel Energy"): a short name of neither. */
  const sharedFirstWords = new Set<string>();
  for (const e of entities) {
    const words = nameKey(e.label).split(" ");
    if (e.type !== "organisation" || words.length < 2 || e.mentions.length === 0) continue;
    const held = groupByFirstWord.get(words[0]!);
    if (held === undefined) groupByFirstWord.set(words[0]!, e);
    else if (held !== e) sharedFirstWords.add(words[0]!);
  }
  for (const e of entities) {
    if (e.type !== "organisation" || e.mentions.length === 0 || nameKey(e.label).includes(" ")) continue;
    if (
      !e.mentions.every((i) => /^before "(?:fighters|militants|rebels|insurgents|gunmen)"$/.test(ms[i]!.cue))
    )
      continue;
    const group = groupByFirstWord.get(nameKey(e.label));
    if (!group || group.mentions.length === 0) continue;
    mergeInto(e, group);
  }
  // "Velmor chief executive X" beside "Velmor Networks": a body named by its first word only
  // before a post (and weakly elsewhere) is the body named in full, as a bare first word is (step 2).
  for (const e of entities) {
    if (e.type !== "organisation" || e.mentions.length === 0 || nameKey(e.label).includes(" ")) continue;
    const cues = e.mentions.map((i) => ms[i]!.cue);
    if (
      !cues.some((c) => SHORT_NAME_CUES.has(c)) ||
      !cues.every((c) => SHORT_NAME_CUES.has(c) || WEAK_CUES.has(c))
    )
      continue;
    const group = groupByFirstWord.get(nameKey(e.label));
    if (!group || group === e || group.mentions.length === 0 || sharedFirstWords.has(nameKey(e.label)))
      continue;
    // Not a part of the body written in lower case ("the Velmor research unit").
    if (!group.label.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w))) continue;
    mergeInto(e, group);
  }
  for (const e of entities) {
    if (e.type !== "organisation" || e.mentions.length === 0 || nameKey(e.label).includes(" ")) continue;
    const plural = bodyByName.get(`${nameKey(e.label)}s`);
    if (!plural || plural === e || plural.mentions.length === 0) continue;
    mergeInto(e, plural);
  }
  // "Rovers manager X" beside "Blackburn Rovers": a body named by its last word, where one body
  // of the article ends in it and the word is a name's (mostly capitalised in news), not a kind's
  // ("Energy", "Group").
  const byLastWord = new Map<string, LocalEntity | null>();
  for (const e of entities) {
    const words = nameKey(e.label).split(" ");
    if (e.type !== "organisation" || words.length < 2 || e.mentions.length === 0) continue;
    const last = words[words.length - 1]!;
    byLastWord.set(last, byLastWord.has(last) ? null : e);
  }
  for (const e of entities) {
    const key = nameKey(e.label);
    if (e.type !== "organisation" || e.mentions.length === 0 || key.includes(" ")) continue;
    const whole = byLastWord.get(key);
    if (!whole || ORGANISATION_HEADS.has(key) || COMPANY_NAME_ENDS.has(key)) continue;
    // Letters are an acronym's ("UKIP", "EU"), and a name read firmly is its own ("Labour" beside
    // "New Labour"): only a name read from a post after it, from a club's cues or weakly.
    if (/^\p{Lu}+$/u.test(e.label)) continue;
    // "New Labour" is a phase of Labour, not its full name.
    const wholeWords = nameKey(whole.label).split(" ");
    if (wholeWords.length === 2 && commonWords().has(wholeWords[0]!)) continue;
    if (
      !e.mentions.every(
        (i) => ms[i]!.cue === "holder of a post" || WEAK_CUES.has(ms[i]!.cue) || isClubCue(ms[i]!.cue),
      )
    )
      continue;
    const usage = loadClusters().capitalisation(wordKey(e.label));
    if (usage >= 0 && usage < 2) continue;
    mergeInto(e, whole);
  }
  // "the Bank" beside "the Bank of England", "the Commission" beside "the European Commission": a
  // body's head word alone, capitalised, is the one body of the article whose name begins or ends
  // with it.
  const byHeadWord = new Map<string, LocalEntity | null>();
  const rivalHeads = new Set<string>();
  for (const e of entities) {
    const words = nameKey(e.label).split(" ");
    if (e.type !== "organisation" || words.length < 2 || e.mentions.length === 0) continue;
    // The head ends the name ("European Commission"), or begins it before "of" or "for" ("Bank of
    // England"; not "Cabinet Secretary", "Parliament Act"); a paper's or a channel's head word
    // ("The Times") is its own title.
    const heads = [words[words.length - 1]!];
    if (words[1] === "of" || words[1] === "for") heads.push(words[0]!);
    for (const word of new Set(heads))
      if (ORGANISATION_HEADS.has(word) && !MEDIA_HEADS.has(word) && !HOME_HEADS.has(word))
        byHeadWord.set(word, byHeadWord.has(word) ? null : e);
    // A head anywhere else in a name ("the National Union of Students") makes the word ambiguous.
    for (const word of words.slice(0, -1))
      if (ORGANISATION_HEADS.has(word) && !heads.includes(word)) rivalHeads.add(word);
  }
  for (const e of entities) {
    const key = nameKey(e.label);
    if (e.type !== "organisation" || e.mentions.length === 0 || !ORGANISATION_HEADS.has(key)) continue;
    const whole = byHeadWord.get(key);
    if (!whole || rivalHeads.has(key)) continue;
    mergeInto(e, whole);
  }
  // Indexes built once, so each lookup below is constant time (articles can be long).
  const bySurname = new Map<string, number>();
  const laterSurnames: [string, number][] = [];
  for (const id of persons) {
    const key = skeleton(surname(entities[id]!.label));
    if (!bySurname.has(key)) bySurname.set(key, id);
    const words = entities[id]!.label.split(/\s+/);
    const hyphenated = words[words.length - 1]!;
    if (hyphenated.includes("-") && !bySurname.has(skeleton(hyphenated)))
      bySurname.set(skeleton(hyphenated), id);
    // Other orders of names, for the surname alone ("Mr Lee", "Gen Cardozo"), after the
    // article's own surnames: the family name first before a hyphenated given name ("Lee
    // Jae-sung"), and the father's surname before the mother's ("Luis Cardozo García").
    const otherSurname =
      words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!)
        ? words[0]!
        : words.length >= 3 &&
            /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 2]!) &&
            !isGivenName(words[words.length - 2]!) &&
            !isGivenName(words[words.length - 1]!)
          ? words[words.length - 2]!
          : undefined;
    if (otherSurname !== undefined) laterSurnames.push([skeleton(nameKey(otherSurname)), id]);
  }
  for (const [key, id] of laterSurnames) if (!bySurname.has(key)) bySurname.set(key, id);
  const typedByName = new Map<string, number>();
  ms.forEach((other, j) => {
    if (entityOf[j] !== -1 && other.type !== "person" && !typedByName.has(nameKey(other.name))) {
      typedByName.set(nameKey(other.name), entityOf[j]!);
    }
  });
  const organisationByFirstWord = new Map<string, number>();
  for (const e of entities) {
    const words = nameKey(e.label).split(" ");
    if (e.type === "organisation" && words.length >= 2 && !organisationByFirstWord.has(words[0]!))
      organisationByFirstWord.set(words[0]!, e.id);
  }
  // 2. Single-word persons: a surname of a full name, else kept only with a title or speech verb.
  ms.forEach((m, i) => {
    if (m.referring || m.type !== "person" || entityOf[i] !== -1) return;
    const word = nameKey(m.name);
    const owner = bySurname.get(skeleton(word));
    if (owner !== undefined) {
      attach(i, owner);
      return;
    }
    const sameWord = typedByName.get(word);
    if (sameWord !== undefined) {
      attach(i, sameWord);
      return;
    }
    // "Houthi" beside "the Houthis": the group's name as an adjective.
    const group = typedByName.get(`${word}s`);
    if (group !== undefined && entities[group]!.type === "organisation" && WEAK_CUES.has(m.cue)) {
      attach(i, group);
      return;
    }
    // "Velmora" after "Velmora Motors": an organisation's name shortened to its first word (a
    // speaker too: bodies speak, "Velmora warned").
    const organisation =
      WEAK_CUES.has(m.cue) || m.cue === "subject of a speech verb"
        ? organisationByFirstWord.get(word)
        : undefined;
    if (organisation !== undefined) {
      attach(i, organisation);
      return;
    }
    // "Sir Dorian" after "Sir Dorian Velmor": a knight or a dame is called by the given name, so it is
    // the one person of the article with that given name.
    // So is a given name alone in a quote or a report ("Steven is above money" after "Steven
    // Gerrard"), where one person of the article bears it.
    // Not after "Mr", "Dr" or a post: those go with a surname ("Mr Howard" is no Howard Flight).
    if (
      m.cue === 'title "sir"' ||
      m.cue === 'title "dame"' ||
      (isGivenName(m.name) && !m.cue.startsWith("title "))
    ) {
      const bearers = persons.filter((id) => nameKey(entities[id]!.label).split(" ")[0] === word);
      if (bearers.length === 1) {
        attach(i, bearers[0]!);
        return;
      }
    }
    if (m.cue === "unknown single name") return;
    const key = `person:${word}`;
    const existing = byKey.get(key);
    if (existing !== undefined) attach(i, existing);
    else create(i, key, m.name);
  });
  // A single word typed as a place only by its preposition ("according to X") that is a person's
  // surname in this article is that person; so is a region's name where a person's is read ("X
  // said", "18% for X", "X, who led talks" after "Yoichi X": no prefecture X; "in post-war X" is).
  ms.forEach((m, i) => {
    if (m.type !== "place" || m.referring || nameKey(m.name).includes(" ")) return;
    if (m.placeClass === "country") return;
    if (m.placeClass === "region" && !readAsPerson(text, m)) return;
    const owner = bySurname.get(skeleton(nameKey(m.name)));
    if (owner === undefined) return;
    detach(i);
    m.type = "person";
    attach(i, owner);
  });
  // "a channel linked to Velmor" beside "the Velmor Group": a small town's name that is the first
  // word of a body the article names is that body, shortened (a large town keeps its name: "in
  // Paris" beside "Paris Saint-Germain").
  ms.forEach((m, i) => {
    if (m.type !== "place" || m.referring || m.placeClass !== "city" || nameKey(m.name).includes(" ")) return;
    const body = organisationByFirstWord.get(nameKey(m.name));
    if (body === undefined) return;
    // "a snooker hall in X": after a place's own preposition it is the town.
    if (afterPlacePreposition(text, m)) return;
    const towns = gazetteer().places(m.name);
    if (towns.some((p) => p.kind !== "city" || (p.population ?? 0) >= SMALL_TOWN_POPULATION)) return;
    detach(i);
    // The cue stays: it says how weakly the name was read, which the body's confidence uses.
    retypeAsOrganisation(m);
    attach(i, body);
  });
  // Unknown single names the article also uses as something else, or as a surname, were handled;
  // a second pass picks up unknown names that a later typed mention established.
  ms.forEach((m, i) => {
    if (m.cue !== "unknown single name" || entityOf[i] !== -1) return;
    const existing = byKey.get(`person:${nameKey(m.name)}`);
    if (existing !== undefined) attach(i, existing);
  });
  // 3. Acronyms join the organisation whose initials they are.
  const byInitials = new Map<string, LocalEntity>();
  for (const e of entities) {
    if (e.type !== "organisation" || /^\p{Lu}+$/u.test(e.label)) continue;
    const key = initials(e.label).toUpperCase();
    if (key.length >= 2 && !byInitials.has(key)) byInitials.set(key, e);
  }
  // Bracketed acronyms spelled in ordinary case, by their text: later bare uses ("Alva said") join.
  const spelledAcronyms = new Map<string, number>();
  ms.forEach((m, i) => {
    if (entityOf[i] === -1) return;
    const own = entityOf[i]!;
    // "Ukraine's military intelligence agency (HUR)": an acronym in brackets right after a name is it.
    const previous = ms[i - 1];
    // So is one set off by commas after a body described in ordinary words, or spelling its
    // initials ("Ukraine's security service, the SBU, said"), though not in a list ("X, the IMF,
    // and Y").
    const apposed =
      m.cue === "acronym" &&
      previous !== undefined &&
      /^,\s+(?:(?:also\s+)?(?:known|referred to)\s+as\s+|called\s+)?(?:the\s+)?$/.test(
        text.slice(previous.end, m.start),
      ) &&
      /^,(?!\s+(?:and|or)\b)/.test(text.slice(m.end)) &&
      (/\s\p{Ll}/u.test(previous.text) || m.text.toUpperCase() === initials(previous.text).toUpperCase());
    const bracketed =
      previous?.type === "organisation" &&
      entityOf[i - 1]! >= 0 &&
      (/^\s*\(\s*$/.test(text.slice(previous.end, m.start)) || apposed)
        ? entities[entityOf[i - 1]!]
        : undefined;
    // "the Association of Leading Visitor Attractions (Alva)": a bracketed word spelling the
    // name's initials is its acronym, however it is capitalised (and whatever it was typed as).
    // So is a word of two or more capitals in mixed case ("BfV", "TurkStat", "FAMa"): an acronym
    // of the name in its own language.
    const spelled =
      m.cue !== "acronym" &&
      bracketed !== undefined &&
      /^\s*\)/.test(text.slice(m.end)) &&
      m.text.length >= 3 &&
      (spellsInitials(m.text, initials(bracketed.label)) || MIXED_CASE_ACRONYM.test(m.text));
    if (m.cue !== "acronym" && !spelled) return;
    if (spelled) {
      m.type = "organisation";
      spelledAcronyms.set(m.text, i);
    }
    // Later bare uses of a bracketed or apposed acronym that does not spell the name join it too
    // ("the Velmor Union (VLU)", then "the VLU leader").
    if (bracketed !== undefined && !spelledAcronyms.has(m.text)) spelledAcronyms.set(m.text, i);
    const full = bracketed ?? byInitials.get(m.name);
    if (full && full.id !== own) {
      detach(i);
      attach(i, full.id);
    }
  });
  ms.forEach((m, i) => {
    const first = spelledAcronyms.get(m.text);
    if (first === undefined || first === i || entityOf[i] === -1 || entityOf[i] === entityOf[first]) return;
    detach(i);
    m.type = "organisation";
    attach(i, entityOf[first]!);
  });
  // "X, the group's commander known as Y", "X, nicknamed Y": Y is X's other name, one person.
  ms.forEach((m, i) => {
    // An unknown word is kept here for the cue ("known as Kestrik"), as a title would keep it.
    if (m.type !== "person" || m.referring || (entityOf[i]! < 0 && m.cue !== "unknown single name")) return;
    if (!NICKNAME_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return;
    for (let j = i - 1; j >= 0 && ms[j]!.sentence === m.sentence; j--) {
      const p = ms[j]!;
      if (p.type !== "person" || p.referring || entityOf[j]! < 0) continue;
      // Only within the nearest person's apposition: a comma after the name, then a short
      // description ("the RSF commander", "also"), no clause ("…, is preparing a network dubbed Y").
      const between = text.slice(p.end, m.start);
      const words = between.slice(1).trim().split(/\s+/);
      if (
        !between.startsWith(",") ||
        /[.;:!?()]/.test(between) ||
        words.length > 9 ||
        words.some((w) => CLAUSE_WORDS.test(w)) ||
        entityOf[j] === entityOf[i]
      )
        return;
      // Every use of the other name goes with it ("Kestrik said" later on).
      const own = entityOf[i]! >= 0 ? entities[entityOf[i]!]! : undefined;
      const moved = own
        ? own.mentions
        : ms.flatMap((x, k) =>
            entityOf[k] === -1 && x.cue === "unknown single name" && nameKey(x.name) === nameKey(m.name)
              ? [k]
              : [],
          );
      if (own) {
        own.mentions = [];
        own.aliases = [];
      }
      for (const k of moved) {
        entityOf[k] = -1;
        attach(k, entityOf[j]!);
      }
      return;
    }
  });
  // 4. Referring forms: pronoun possessors, demonyms, "its forces", "the troops".
  const countryEntities = new Map<string, number>();
  ms.forEach((x, k) => {
    if (
      x.type === "place" &&
      x.placeClass === "country" &&
      x.country &&
      entityOf[k]! >= 0 &&
      !countryEntities.has(x.country)
    ) {
      countryEntities.set(x.country, entityOf[k]!);
    }
  });
  ms.forEach((m, i) => {
    if (!m.referring || m.type === "event") return;
    if (m.type === "place" && m.geo) {
      const key = `geo:${m.geo}`;
      const existing = byKey.get(key);
      if (existing !== undefined) attach(i, existing);
      else create(i, key, m.name);
      if (m.placeClass === "country" && m.country && !countryEntities.has(m.country))
        countryEntities.set(m.country, entityOf[i]!);
      return;
    }
    // "The X Forces have begun their operation": "its" or "their" after a body named earlier in
    // the sentence is that body's; else the state named last.
    if (m.cue === "possessive pronoun") {
      for (let j = i - 1; j >= 0 && ms[j]!.sentence === m.sentence; j--) {
        const other = ms[j]!;
        if (other.type === "organisation" && !other.referring && entityOf[j]! >= 0 && other.end <= m.start) {
          attach(i, entityOf[j]!);
          return;
        }
      }
    }
    // "The Congolese army (X) withdrew. … Rwanda denies arming the rebels. Army spokesman Y said":
    // "the army" without a possessive is the one army the article has named, not the army of the
    // state named last.
    // ("In Sudan, the army …": a country named before it in its own sentence says whose.)
    const countryHere = () =>
      ms.some(
        (x, j) => j < i && x.sentence === m.sentence && x.type === "place" && x.placeClass === "country",
      );
    if (
      m.type === "organisation" &&
      m.cue === "referring forces" &&
      !POSSESSIVE_LEAD.test(m.text) &&
      !countryHere()
    ) {
      const named = new Set<number>();
      for (let j = 0; j < i; j++) {
        const e = entityOf[j]!;
        if (!ms[j]!.referring && e >= 0 && entities[e]!.key.startsWith("organisation:armed forces of "))
          named.add(e);
      }
      if (named.size === 1) {
        attach(i, [...named][0]!);
        return;
      }
    }
    const country = recentCountry(ms, entityOf, entities, i, countryEntities);
    if (m.type === "organisation") {
      if (!country) return;
      const name = `Armed Forces of ${country.name}`;
      const key = `organisation:${nameKey(name)}`;
      const existing = byKey.get(key);
      if (existing !== undefined) attach(i, existing);
      else {
        create(i, key, name);
        entities[entities.length - 1]!.country = country.code;
      }
      return;
    }
    if (country) attach(i, country.entity);
  });
  // 5. Events: by class and place; an event without a place joins the article's event of its class.
  const eventsByClass = new Map<string, LocalEntity[]>();
  ms.forEach((m, i) => {
    if (m.type !== "event") return;
    const anchorEntity = m.anchor !== undefined ? entityOf[m.anchor] : undefined;
    const anchorKey =
      anchorEntity !== undefined && anchorEntity >= 0 ? entities[anchorEntity]!.key : undefined;
    let target: LocalEntity | undefined;
    // A named event ("World War II") is itself, not the article's event of its class.
    const named = m.cue === "named event";
    // "the recent EU election" and "the US presidential election" are two: events whose names
    // carry different capitalised words are not one, whatever their class.
    const own = capitalisedWords(m.name);
    // "the Vietnam war" after "the war in Iraq": a country written in the event's name (not a
    // people's adjective, "the Russian invasion") is where it is; another country placing the
    // article's event of the class makes it another event.
    const actor = m.actor !== undefined ? ms[m.actor] : undefined;
    const countryInName =
      actor?.type === "place" &&
      actor.placeClass === "country" &&
      actor.cue !== "demonym" &&
      !actor.referring &&
      actor.start >= m.start &&
      entityOf[m.actor!]! >= 0
        ? entityOf[m.actor!]!
        : undefined;
    const compatible = (e: LocalEntity) => {
      const other = capitalisedWords(e.label);
      if (
        countryInName !== undefined &&
        e.anchor !== undefined &&
        e.anchor !== countryInName &&
        entities[e.anchor]!.type === "place" &&
        /^geo:[A-Z]{2}$/.test(entities[e.anchor]!.key)
      )
        return false;
      return own.every((w) => other.includes(w)) || other.every((w) => own.includes(w));
    };
    const sameClass = named
      ? entities.filter((e) => e.type === "event" && e.key === `event:named:${nameKey(m.name)}`)
      : (eventsByClass.get(m.eventClass ?? "") ?? []).filter(compatible);
    if (anchorKey) {
      const anchorGeo = entities[anchorEntity!]!.geo;
      // The same event placed in a place and in the place containing it ("into Kherson" / "into Russian territory").
      const nested = (e: LocalEntity) => {
        const geo = e.anchor !== undefined ? entities[e.anchor]!.geo : undefined;
        return (
          geo !== undefined &&
          anchorGeo !== undefined &&
          (geo.startsWith(`${anchorGeo}/`) || anchorGeo.startsWith(`${geo}/`))
        );
      };
      target =
        sameClass.find((e) => e.anchor === anchorEntity) ??
        sameClass.find(nested) ??
        sameClass.find((e) => e.anchor === undefined);
      // Keep the more specific place as the event's anchor.
      if (
        target?.anchor !== undefined &&
        anchorGeo &&
        entities[target.anchor]!.geo &&
        anchorGeo.startsWith(`${entities[target.anchor]!.geo}/`)
      ) {
        target.anchor = anchorEntity;
      }
    } else target = sameClass[0];
    if (target) {
      attach(i, target.id);
      if (!target.date && m.date) target.date = m.date;
      if (target.anchor === undefined && anchorEntity !== undefined && anchorEntity >= 0)
        target.anchor = anchorEntity;
      return;
    }
    const key = named
      ? `event:named:${nameKey(m.name)}`
      : `event:${m.eventClass}:${anchorKey ?? nameKey(m.name)}`;
    const id = create(i, key, m.name);
    const e = entities[id]!;
    e.eventClass = m.eventClass;
    if (m.date) e.date = m.date;
    if (!named) eventsByClass.set(m.eventClass ?? "", [...(eventsByClass.get(m.eventClass ?? "") ?? []), e]);
    e.weak = false;
    if (anchorEntity !== undefined && anchorEntity >= 0) e.anchor = anchorEntity;
  });
  for (const e of entities) {
    e.label = labelFor(e, ms, entities);
    // An entity whose mentions all moved elsewhere is kept only if a relation needs it.
    if (e.mentions.length === 0) e.weak = true;
  }

  const mentions: Mention[] = [];
  ms.forEach((m, i) => {
    if (entityOf[i] === -1) return;
    mentions.push({
      id: i,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.type,
      entity: entityOf[i]!,
    });
  });
  return { mentions, entities, entityOf };
}

/**
 * The country a body's name opens with ("US", "United States", "Tarnish" of Tarnland: its name or
 * its people's adjective, not its capital, since "Tarnby X" of Tarnland's capital names a town's
 * body) and the name without it.
 */
export function countryBeforeName(label: string): { country: string; rest: string } | undefined {
  const words = label.split(/\s+/);
  const gaz = gazetteer();
  for (let k = 1; k <= Math.min(3, words.length - 1); k++) {
    const prefix = words.slice(0, k).join(" ");
    const country =
      gaz.countryNamed(prefix) ?? (gaz.countryOfCapital(prefix) ? undefined : gaz.countryOfDemonym(prefix));
    if (country) return { country: country.countryCode, rest: words.slice(k).join(" ") };
  }
  return undefined;
}

/**
 * "the Grain Standards Board" after "the US Grain Standards Board": in one article, a body named
 * with its country before it and without is one body; not where the article names the body of two
 * countries so ("the US Grain Board", "the UK Grain Board"): the bare name could be either. Not an
 * acronym after a people's adjective: "Tarnish EU bid" is a bid, and acronyms join by initials.
 */
function joinBodiesNamedWithoutTheirCountry(
  entities: LocalEntity[],
  mergeInto: (from: LocalEntity, into: LocalEntity) => void,
): void {
  const bare = new Map<string, LocalEntity>();
  for (const e of entities)
    if (e.type === "organisation" && e.mentions.length > 0) bare.set(nameKey(e.label), e);
  const withCountry = new Map<string, LocalEntity[]>();
  for (const e of entities) {
    if (e.type !== "organisation" || e.mentions.length === 0) continue;
    const named = countryBeforeName(e.label);
    if (named && !/^[\p{Lu}\d]+$/u.test(named.rest))
      withCountry.set(nameKey(named.rest), [...(withCountry.get(nameKey(named.rest)) ?? []), e]);
  }
  for (const [rest, bodies] of withCountry) {
    const shorter = bare.get(rest);
    if (!shorter || bodies.length !== 1 || bodies[0] === shorter) continue;
    mergeInto(shorter, bodies[0]!);
  }
}

interface CountryRef {
  entity: number;
  code: string;
  name: string;
}

/** The country an "its"/"their"/"troops" most plausibly refers to: the nearest one before it. */
/** A possessive before a force noun ("its troops", "our forces"): whose forces the text says. */
const POSSESSIVE_LEAD = /^(?:its|their|our|his|her|my|your)\s/i;

function recentCountry(
  ms: FoundMention[],
  entityOf: number[],
  entities: LocalEntity[],
  index: number,
  countryEntities: ReadonlyMap<string, number>,
): CountryRef | undefined {
  const countryRef = (j: number): CountryRef | undefined => {
    const m = ms[j]!;
    const id = entityOf[j]!;
    if (id < 0 || m.cue === "demonym + territory") return undefined;
    const e = entities[id]!;
    // "Russia’s Kherson region": a possessor of a place is not who "its" refers to.
    const next = ms[j + 1];
    if (
      next?.type === "place" &&
      next.sentence === m.sentence &&
      m.placeClass === "country" &&
      next.start - m.end <= 4 &&
      m.type === "place" &&
      next.start > m.end
    ) {
      return undefined;
    }
    const placeOf = (code: string) => countryEntities.get(code);
    if (m.type === "place" && m.placeClass === "country" && m.country)
      return { entity: id, code: m.country, name: e.label };
    if (m.type === "organisation" && m.country && /^Armed Forces of /.test(e.label)) {
      const place = placeOf(m.country);
      return { entity: place ?? id, code: m.country, name: e.label.replace(/^Armed Forces of /, "") };
    }
    if (m.type === "person" && e.country) {
      const place = placeOf(e.country);
      if (place !== undefined) return { entity: place, code: e.country, name: entities[place]!.label };
    }
    return undefined;
  };
  // The subject of the sentence first ("Ukraine says its forces…"), then the nearest before.
  const sentence = ms[index]!.sentence;
  let first = index;
  while (first > 0 && ms[first - 1]!.sentence === sentence) first--;
  if (first < index) {
    const ref = countryRef(first);
    if (ref) return ref;
  } else {
    // "Since launching its invasion in 2022, Russia has…": an introductory clause points forward.
    for (let j = index + 1; j < ms.length && ms[j]!.sentence === sentence && j <= index + 4; j++) {
      const ref = countryRef(j);
      if (ref) return ref;
    }
  }
  // Pronouns reach back a few sentences, not across a whole long article.
  for (let j = index - 1; j >= Math.max(0, index - 60); j--) {
    const ref = countryRef(j);
    if (ref) return ref;
  }
  return undefined;
}

function labelFor(e: LocalEntity, ms: FoundMention[], entities: LocalEntity[]): string {
  const names = e.mentions.map((i) => ms[i]!).filter((m) => !m.referring && m.name !== "");
  if (e.type === "event") {
    const anchor = e.anchor !== undefined ? entities[e.anchor] : undefined;
    const heads = names.map((m) => m.name.split(" ").pop()!.toLowerCase());
    const head = mostCommon(heads) ?? e.label;
    const place = anchor ? anchor.label.replace(/ (?:region|oblast|province|district)$/i, "") : "";
    if (e.eventClass === "emergency") return place ? `${place} state of emergency` : "state of emergency";
    return place
      ? `${place} ${head}`
      : (names.map((m) => m.name).sort((a, b) => b.length - a.length)[0] ?? e.label);
  }
  if (names.length === 0) return e.label;
  if (e.type === "place") {
    const region = names.find((m) => / region$/i.test(m.name));
    if (region) return region.name.replace(/ Region$/, " region");
  }
  return names.map((m) => m.name).sort((a, b) => b.length - a.length)[0]!;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The state one sentence's mention finder works on (tokens, found mentions, links) and the phrases
 * built on a country word: "Ukrainian forces", "Warsaw’s forces", "Russian territory", "Ukrainian
 * foreign ministry", and the referring "its forces" / "the troops".
 */
import {
  ATTACK_VERBS,
  FORCE_MODIFIERS,
  FORCE_NOUNS,
  ORGANISATION_HEADS,
  ORGANISATION_KIND_NOUNS,
  SPEECH_VERBS,
  UNIT_NOUNS,
  WEAPON_NOUNS,
} from "../nlp/cues";
import { gazetteer, normalisePlaceName, type Place } from "../nlp/gazetteer";
import { STOPWORDS } from "../nlp/stopwords";
import type { NodeType } from "../schema";
import {
  type FoundMention,
  type PlaceClass,
  type PlaceLink,
  type RoleLink,
  retypeAsOrganisation,
  WEAK_CUES,
} from "./mention-types";
import {
  isPossessiveTok,
  type MentionContext,
  nameLike,
  POSSESSIVE_PRONOUNS,
  pickPlace,
  type Tok,
} from "./mention-words";
import type { Sentence } from "./types";

/** Words that rank or describe a body rather than name its kind: superlatives, ordinals, "leading". */
const DESCRIBING_WORD =
  /(?:^|-)(?:biggest|largest|smallest|oldest|newest|highest|lowest|greatest|richest|poorest|strongest|weakest|fastest|busiest|best|worst|top|leading|main|major|previous|former|troubled|burgeoning|struggling|ailing|embattled|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

/** Continents and parts of the world: the gazetteer knows only villages of these names. */
const CONTINENT_NAMES = new Set([
  "Europe",
  "Asia",
  "Africa",
  "America",
  "Americas",
  "Antarctica",
  "Oceania",
  "Australasia",
  "Eurasia",
  "Scandinavia",
  "Balkans",
  "Caribbean",
]);

/** A country a token (and up to two more) names, and how many tokens it took. */
interface CountryWord {
  place: Place;
  length: number;
  demonym: boolean;
}

/** Lower-case bodies of a town or a region ("the X city council"). */
const LOCAL_BODIES = new Set([
  "administration",
  "council",
  "government",
  "authorities",
  "police",
  "assembly",
  "legislature",
]);
/** Words between the place and its body ("regional military", "city"). */
const LOCAL_BODY_MODIFIERS = new Set([
  "regional",
  "region",
  "city",
  "municipal",
  "state",
  "military",
  "civil",
  "district",
  "county",
  "provincial",
  "local",
]);

export class MentionBase {
  readonly found: FoundMention[] = [];
  readonly roleLinks: RoleLink[] = [];
  readonly placeLinks: PlaceLink[] = [];
  protected readonly gaz = gazetteer();

  constructor(
    protected readonly sentence: Sentence,
    protected readonly tokens: Tok[],
    protected readonly context: MentionContext,
    protected readonly offset: number,
  ) {}

  protected add(mention: Omit<FoundMention, "sentence" | "roles"> & { roles?: string[] }): number {
    this.found.push({ sentence: this.sentence.index, roles: [], ...mention });
    return this.offset + this.found.length - 1;
  }

  /**
   * The body named after the "of" of a split "X Y of Z" (found since `mark`), as an index: a body
   * where only its shape or the recogniser called it a person ("Z" of one word only when
   * `oneWord`: a lone word may well be a surname's end or a town).
   */
  protected bodyFoundSince(mark: number, oneWord: boolean): number | undefined {
    const named = this.found[this.found.length - 1];
    if (
      this.found.length > mark &&
      named?.type === "person" &&
      WEAK_CUES.has(named.cue) &&
      (oneWord || named.name.includes(" "))
    )
      retypeAsOrganisation(named, 'body after "of"');
    return this.foundSince(mark, "organisation");
  }

  /** The last mention of `type` found since `mark` (a length of `found`), as an index. */
  protected foundSince(mark: number, type: NodeType): number | undefined {
    for (let k = this.found.length - 1; k >= mark; k--)
      if (this.found[k]!.type === type) return this.offset + k;
    return undefined;
  }

  protected span(from: number, to: number): { start: number; end: number; text: string } {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    return {
      start,
      end,
      text: this.sentence.text.slice(start - this.sentence.start, end - this.sentence.start),
    };
  }

  /**
   * A place mention whose class is `unknownClass` only where the gazetteer knows no place of the
   * name (a known one keeps its own kind, and no preference picks among its namesakes).
   */
  protected placeOfAnyKind(
    from: number,
    to: number,
    name: string,
    cue: string,
    unknownClass: PlaceClass,
  ): number {
    return this.placeMention(
      from,
      to,
      name,
      cue,
      this.gaz.places(name).length > 0 ? undefined : unknownClass,
    );
  }

  protected placeMention(
    from: number,
    to: number,
    name: string,
    cue: string,
    placeClass?: PlaceClass,
  ): number {
    return this.placeMentionAt(this.span(from, to), name, cue, placeClass);
  }

  /** A place mention over characters (`span`), for a name that is part of a token ("Kumasi-based"). */
  protected placeMentionAt(
    span: { start: number; end: number; text: string },
    name: string,
    cue: string,
    placeClass?: PlaceClass,
  ): number {
    // A continent is none of the villages named after it ("Asia" in the Philippines).
    const found = CONTINENT_NAMES.has(name) ? [] : this.gaz.places(name);
    // "Los Angeles" is not Chile's "Los Ángeles", which folds to the same key, when one is spelled so.
    const lower = name.toLowerCase();
    const key = normalisePlaceName(name);
    const accentOnly = (p: Place) => p.name.toLowerCase() !== lower && normalisePlaceName(p.name) === key;
    const places = found.some((p) => p.name.toLowerCase() === lower)
      ? found.filter((p) => !accentOnly(p))
      : found;
    const best = pickPlace(places, placeClass, this.context.countries);
    return this.add({
      ...span,
      // A name read from capitals ("PORT-AU-PRINCE") is spelled as the gazetteer spells it.
      name: cue === "place in capitals" && best?.name.toLowerCase() === lower ? best.name : name,
      type: "place",
      cue,
      placeClass: best ? (best.kind as PlaceClass) : (placeClass ?? "other"),
      ...(best ? { geo: best.id, lat: best.lat, lng: best.lng, country: best.countryCode } : {}),
    });
  }
  /** A country named by a demonym ("Ukrainian"), its name ("Ukraine") or its capital ("Warsaw"). */
  protected countryWord(index: number): CountryWord | undefined {
    // Asked at the same token by several finders (armed forces, territories, names): remembered.
    // (Only a capitalised word can be one: the rest are answered without filling the memo.)
    if (!this.tokens[index]?.cap) return undefined;
    const memo = this.countryWords;
    if (memo.has(index)) return memo.get(index);
    const found = this.countryWordUncached(index);
    memo.set(index, found);
    return found;
  }

  private readonly countryWords = new Map<number, CountryWord | undefined>();

  private countryWordUncached(index: number): CountryWord | undefined {
    const tokens = this.tokens;
    const t = tokens[index];
    if (!t?.cap) return undefined;
    // The run of capitalised words from here, up to three: longer spellings are tried first.
    let run = 1;
    while (run < 3 && index + run < tokens.length && tokens[index + run]!.cap) run++;
    for (let length = run; length >= 1; length--) {
      let text = t.text;
      for (let k = 1; k < length; k++) text += ` ${tokens[index + k]!.text}`;
      const demonym = this.gaz.countryOfDemonym(text);
      if (demonym) return { place: demonym, length, demonym: true };
      const country = this.gaz.countryNamed(text);
      if (country && (text.length > 2 || text === "US" || text === "UK"))
        return { place: country, length, demonym: false };
      if (length === 1 && isPossessiveTok(this.tokens[index + 1])) {
        const capital = this.gaz.countryOfCapital(text);
        if (capital) return { place: capital, length, demonym: false };
      }
    }
    return undefined;
  }

  /** "Ukrainian forces", "Warsaw’s forces", "Ukraine Forces", "Russian armed forces". */
  armedForces(index: number): number {
    const country = this.countryWord(index);
    if (!country) return 0;
    let j = index + country.length;
    if (isPossessiveTok(this.tokens[j])) j++;
    while (this.tokens[j] && FORCE_MODIFIERS.has(this.tokens[j]!.lower)) j++;
    // "Syrian barrel bombs struck X", "Iranian ballistic missiles hit Y": a weapon's kind before it.
    for (let k = j; k < j + 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(this.tokens[k]?.text ?? ""); k++)
      if (WEAPON_NOUNS.has(this.tokens[k + 1]?.lower ?? "") && this.attackFollows(k + 2)) {
        j = k + 1;
        break;
      }
    const noun = this.tokens[j];
    if (!noun) return 0;
    // "Russian drones struck X", "Israeli jets have hit Y": a country's weapons striking stand
    // for its forces, where they are the subject of the attack (not "shot down Russian drones",
    // nor "Iranian drones" a country bought).
    // ("X was struck by Turkish missiles", "came under fire from Turkish artillery": the agent)
    const agent =
      this.tokens[index - 1]?.lower === "by" ||
      (this.tokens[index - 1]?.lower === "from" &&
        /^(?:fire|attack|shelling|bombardment)$/.test(this.tokens[index - 2]?.lower ?? ""));
    const weapons = WEAPON_NOUNS.has(noun.lower) && (agent || this.attackFollows(j + 1));
    if (!FORCE_NOUNS.has(noun.lower) && !weapons) return 0;
    // "a force" alone is any body of people; "the air force" is a service.
    // ("the US Air Force", in capitals, is the service's own name)
    if (
      noun.lower === "force" &&
      (!/^(?:air|defence|defense)$/.test(this.tokens[j - 1]?.text ?? "") || noun.text !== "force")
    )
      return 0;
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
      cue: weapons ? "country + weapons striking" : "country + force noun",
      country: country.place.countryCode,
    });
    return j + 1 - index;
  }

  /** An attack verb at token `at`, maybe after an auxiliary or an adverb ("have also hit"). */
  private attackFollows(at: number): boolean {
    let k = at;
    // "Iranian missiles and drones hit X": other weapons in the same subject.
    if (this.tokens[k]?.lower === "and" && WEAPON_NOUNS.has(this.tokens[k + 1]?.lower ?? "")) k += 2;
    while (
      k < at + 5 &&
      /^(?:have|has|had|also|again|reportedly|then|later)$/.test(this.tokens[k]?.lower ?? "")
    )
      k++;
    // "an Israeli missile strike on X": the noun the weapon names, not what it did.
    if (
      /^(?:strike|strikes|attack|attacks|raid|raids)$/.test(this.tokens[k]?.lower ?? "") &&
      /^(?:on|against|in)$/.test(this.tokens[k + 1]?.lower ?? "")
    )
      return false;
    return ATTACK_VERBS.has(this.tokens[k]?.lower ?? "");
  }

  /** Whether a name of one to four capitalised words starts at `at`, closed by a comma or a verb of saying. */
  private apposedNameAt(at: number): boolean {
    let k = at;
    while (k < this.tokens.length && k - at < 4 && this.tokens[k]!.cap && nameLike(this.tokens[k]!)) k++;
    if (k === at) return false;
    const closing = this.tokens[k];
    return closing !== undefined && (closing.text === "," || SPEECH_VERBS.has(closing.lower));
  }

  /** "Ukrainian foreign ministry", "Russia’s emergencies ministry": a country word and a lower-case organisation. */
  protected countryOrganisation(index: number): number {
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
      // "Japan's third-largest bank", "Spain's leading retail bank", "Indonesia's previous
      // government": a ranked or described one is some body the article names elsewhere.
      if (DESCRIBING_WORD.test(lower)) return 0;
      // ("Pakistan's military intelligence": the service, named by what it does)
      const head =
        ORGANISATION_HEADS.has(lower) ||
        (lower === "intelligence" &&
          this.tokens[j - 1]?.lower === "military" &&
          !ORGANISATION_HEADS.has(this.tokens[j + 1]?.lower ?? ""));
      // "a Lithuanian power network operator": a kind noun after the head continues the phrase.
      const kindAfter =
        this.tokens[j + 1]?.text === this.tokens[j + 1]?.lower &&
        ORGANISATION_KIND_NOUNS.has(this.tokens[j + 1]?.lower ?? "");
      // "Dutch court orders government" (a headline): a head right after the country is the
      // phrase's noun; what follows is another phrase.
      if (head && j === first && !kindAfter) return 0;
      if (head && !FORCE_NOUNS.has(lower) && !UNIT_NOUNS.has(lower) && j > first && !kindAfter) {
        // "Japanese mobile network NTT X": the phrase describes the name after it.
        const next = this.tokens[j + 1];
        if (next?.cap && !/^\p{Lu}\p{Ll}+day$/u.test(next.text) && nameLike(next)) return 0;
        // "Turkey's disaster agency, X, said": the body's name follows in apposition and is the
        // mention; the description is no second body.
        if (next?.text === "," && this.apposedNameAt(j + 2)) return 0;
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

  /**
   * "the Lviv regional military administration", "the Leeds city council": a town's or a
   * region's name and a lower-case local body is that body (its country's cues are
   * countryOrganisation's). Only where the name is one the gazetteer knows as a town or region.
   */
  protected localOrganisation(index: number): number {
    const start = this.tokens[index];
    if (!start?.cap || this.tokens[index - 1]?.lower !== "the") return 0;
    let nameEnd = index + 1;
    while (nameEnd < this.tokens.length && nameEnd - index < 3 && this.tokens[nameEnd]!.cap) nameEnd++;
    const name = this.span(index, nameEnd).text;
    const places = this.gaz.places(name);
    if (places.length === 0 || places.some((p) => p.kind === "country")) return 0;
    let j = nameEnd;
    while (j < this.tokens.length && j - nameEnd < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(this.tokens[j]!.text)) {
      if (LOCAL_BODIES.has(this.tokens[j]!.lower)) {
        // "the X city council leader Y" (described; the rules read it) and "the X police station"
        // (the body names a building) are not the body.
        const next = this.tokens[j + 1];
        if (
          next?.cap ||
          (next &&
            /^\p{Ll}+$/u.test(next.text) &&
            !STOPWORDS.has(next.lower) &&
            !SPEECH_VERBS.has(next.lower))
        )
          return 0;
        const span = this.span(index, j + 1);
        this.add({ ...span, name: span.text, type: "organisation", cue: "place + local body" });
        return j + 1 - index;
      }
      if (!LOCAL_BODY_MODIFIERS.has(this.tokens[j]!.lower)) return 0;
      j++;
    }
    return 0;
  }

  /** "Russian territory", "Polish soil": the country itself. */
  protected countryTerritory(index: number): number {
    const country = this.countryWord(index);
    if (!country?.demonym) return 0;
    const noun = this.tokens[index + country.length];
    // "Chinese authorities declared …": the state acts (its statements are the country's).
    const authorities = noun?.lower === "authorities";
    if (!noun || (!authorities && !["territory", "soil", "land", "lands"].includes(noun.lower))) return 0;
    this.addCountry(
      index,
      index + country.length + 1,
      country.place,
      authorities ? "demonym + authorities" : "demonym + territory",
    );
    return country.length + 1;
  }

  /** A mention of the country `place` written from token `from` to `to` ("French", "US", "Polish soil"). */
  protected addCountry(from: number, to: number, place: Place, cue: string, referring?: boolean): number {
    return this.add({
      ...this.span(from, to),
      name: place.name,
      type: "place",
      cue,
      ...(referring === undefined ? {} : { referring }),
      country: place.countryCode,
      placeClass: "country",
      geo: place.id,
      lat: place.lat,
      lng: place.lng,
    });
  }

  /** "its forces", "the troops", "our troops": forces named elsewhere. */
  protected referringForces(index: number): number {
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
}

/**
 * Names: runs of capitalised tokens, split at titles ("Bryansk Gov. X" → place, role, person)
 * and at "and" between names, then typed by heads ("… Ministry", "… River"), place nouns ("X
 * region", "town of X"), unit nouns after a quoted name, the gazetteer, determiners and shape.
 * Titles and offices are read in title-mentions.ts, the clues of single words and of the words
 * around a run in name-clues.ts; the classes stack MentionBase → NameClues → TitleMentions →
 * NameMentions.
 */

import { loadClusters } from "../models";
import { wordKey } from "../models/tokens";
import {
  ADJECTIVE_TITLES,
  ATTACK_VERBS,
  BAND_POSTS,
  BODY_POSTS,
  CAPTURE_VERBS,
  CLUB_PLACE_SUFFIXES,
  CLUB_POSTS,
  COMPANY_NAME_ENDS,
  DIRECTION_WORDS,
  EVENT_NOUNS,
  FACILITY_NOUNS,
  FIGURES_AT_NOUNS,
  HOLDING_NOUNS,
  HOLIDAYS,
  MONTHS,
  NAMED_EVENT_HEADS,
  normaliseCue,
  OFFICER_NOUNS,
  ORGANISATION_HEADS,
  ORGANISATION_KIND_AFTER,
  ORGANISATION_KIND_NOUNS,
  PARLIAMENT_MEMBERS,
  PERSON_TITLES,
  PLACE_CLASS_NOUNS,
  PLACE_HEADS,
  POSTNOMINALS,
  POSTS_AT_A_BODY,
  SPEECH_VERBS,
  STORM_NOUNS,
  THING_NOUNS,
  UNIT_NOUNS,
  VISIT_VERBS,
  WEEKDAYS,
  WORK_CREDITS,
  WORK_NOUNS,
} from "../nlp/cues";
import { DATELINE } from "../nlp/dateline";
import type { Place } from "../nlp/gazetteer";
import { isGivenName } from "../nlp/given-names";
import { commonWords } from "../nlp/lexicon";
import { initials } from "../nlp/names";
import { STOPWORDS } from "../nlp/stopwords";
import { isAllCaps } from "../nlp/tokenize";
import { BASED_IN_CUE, retypeAsOrganisation } from "./mention-types";
import {
  CONNECTORS,
  classOf,
  DETERMINERS,
  GENERIC_REGION_WORDS,
  isMajorCapital,
  isPluralPossessiveTok,
  isPossessiveTok,
  isTitle,
  LOCATIVE,
  NAME_PARTICLES,
  nameLike,
  PLURAL_END,
  PORTFOLIOS,
  POSSESSIVE_PRONOUNS,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  ROLE_QUALIFIERS,
  TOWN_APPOSITION,
  type Tok,
  VERB_AFTER_SUBJECT,
} from "./mention-words";
import { NAME_SUFFIX } from "./name-clues";
import { clubCue, hasClubSuffix, isTownName, squadCue } from "./sports-clubs";
import { TitleMentions } from "./title-mentions";

/** Prepositions after which a bare name shape is a place unless something says person. */
const PLACE_PREPOSITIONS = /^(?:in|near|inside|outside|across|towards|toward)$/;
/** The last word of a name made a modifier: "Tana-based", "West-style", "Ohio-backed". */
const NAME_AS_MODIFIER =
  /^\p{Lu}[\p{L}]*-(?:\p{Ll}+-)*(?:\p{Ll}+ed|style|like|led|born|run|made|held|type|era|wide)$/u;
/** Lower-case words inside towns' names: "Bruck an der Mur", "Frankfurt am Main", "Viña del Mar". */
const PLACE_PARTICLES = new Set(
  "an am im der den de del della la le les du des sur sous upon on y da do dos das di el en op aan".split(
    " ",
  ),
);
/** A place fused to where a body is based: "Kumasi-based", "Seoul-headquartered". */
const BASED_IN = /^(\p{Lu}[\p{L}]*)-(?:based|headquartered)$/u;
/** Verbs that agree with a plural subject: "Organisers say", "Banks are". */
const PLURAL_VERBS = new Set(
  "are were have say need want do believe expect fear hope think claim argue warn remain".split(" "),
);
/** "We'll", "It's", "Don't": a pronoun or verb with its clitic. */
const CONTRACTION = /(?:['’](?:ll|re|ve|m|d)|n['’]t)$/i;
// Patterns tested at every capitalised run or run word, made once (a regular expression literal
// inside a function is a new object each time it is evaluated).
/** "Russian-occupied", "Elysée-backed": a capitalised word with lower-case parts after hyphens. */
const HYPHENED_DESCRIBER = /^\p{Lu}[\p{L}]*(?:-\p{Ll}+)+$/u;
const BROADCASTER_WORD = /^(?:radio|channel)$/;
const BROADCASTER_NUMBER = /^\d{1,2}$/;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DIGITS = /^\d+$/;
/** "Chapter 11", "Article 50A": the number after an ordinary word */
const NUMBERED_PART = /^\d+[A-Za-z]?$/;
const BROADCASTER_NAME = /^(?:Channel|Radio) \d{1,2}$/;
const NAMING_VERBS = /^(?:called|named|dubbed)$/;
const LOWER_CASE_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/** "Scottish", "European", "Maltese": shaped like a people's adjective */
const PEOPLE_ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ish|ean|ese)$/u;
const CURRENCY_SIGN = /^[$£€¥]/;
const COMPASS_LETTER = /^[NSEW]$/;
/** "J.": an initial written with its stop */
const INITIAL = /^\p{Lu}\.$/u;
/** Institutions often named after a person's possessive ("Ramsay's Hospital", "Foster's College"). */
const FOUNDER_NAMED_HEADS = new Set([
  "hospital",
  "school",
  "college",
  "academy",
  "cathedral",
  "church",
  "chapel",
]);
/** What follows the place that opens a dateline: "BERLIN, March 3", "WARSAW (UPI)", "GAZA -". */
const DATELINE_MARK = /^[,(\-–—:/]$/;
/** Roads and routes, whose "to X" names a place: "the road to X", "the highway to Y". */
const ROUTE_NOUNS = /^(?:road|roads|route|routes|highway|motorway|railway|railroad|corridor|pipeline)$/;
/** Endings of firms' fused names ("Arianespace", "Medtech", "Netsoft", "Cellnet"). */
const TRADE_ENDING = /^\p{Lu}\p{Ll}{3,}(?:space|soft|tech|corp|ware|mart|pharma|net|com)$/u;
/** Combining forms of peoples' names in compounds ("Franco-German", "Sino-Japanese"). */
const COMBINING_PEOPLES =
  /^(?:Anglo|Franco|Sino|Russo|Indo|Afro|Euro|Italo|Greco|Judeo|Austro|Hispano|Luso|Germano|Turco|Serbo|Czecho|Dano|Swedo|Polono|Americo)$/;
const CONTINENT_ADJECTIVES =
  /^(?:European|African|Asian|American|Arab|Latin|Caribbean|Pacific|Atlantic|Nordic|Baltic|Balkan|Gulf)$/;
/** Nouns of attacks whose target follows "on" or "against" ("a raid on X", "the offensive against Y"). */
const ATTACK_CLASS_NOUNS = new Set(
  `attack attacks strike strikes airstrike airstrikes raid raids assault assaults offensive bombardment
shelling bombing bombings onslaught`.split(/\s+/),
);
/** The compass word a capital letter abbreviates in headlines ("S Korea"). */
const COMPASS_LETTERS: Record<string, string> = { N: "North", S: "South", E: "East", W: "West" };
/** Lower-case words after a party's or a movement's name. */
const PARTY_NOUNS = new Set(["party", "movement", "alliance", "bloc", "coalition"]);
/** An ordinal in figures: "65th", "3rd", "1st". */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** Plural nouns of products a maker's or a platform's name stands before ("X phones"). */
const PRODUCT_PLURALS = new Set(
  `phones handsets smartphones laptops computers consoles tablets printers cars vehicles chips processors
devices gadgets televisions tvs cameras`.split(/\s+/),
);
/** Words before a name that make it the name of a thing ("the X phones" may name a model). */
const DETERMINERS_BEFORE_NAME = new Set(["the", "a", "an", "this", "that", "these", "those"]);
/** Heads of a sea's name. */
const SEA_HEADS = new Set(["sea", "ocean", "gulf", "strait", "straits"]);
/** What a body, not a person, says "it" will do ("said it would delay a plant"), as stems. */
const BUSINESS_ACTIONS = new Set(
  `delay cut close build invest buy sell hire axe shed raise lower launch open expand shut merge
acquire recall suspend resume relocate move list float restructure slash boost produce manufacture
supply export import`.split(/\s+/),
);
/** Posts held only in a body: after a possessive, they make the possessor a body. */
const CORPORATE_POSTS = new Set(
  `director directors chairman chairwoman ceo chief executive executives shareholders board`.split(/\s+/),
);
/** Competitions named by one plural word. */
const SINGLE_WORD_EVENTS = new Set(["olympics", "paralympics", "championships"]);

/** Last words of buildings and landmarks ("Federal Hall", "Victoria Station"). */
const LANDMARK_HEADS =
  /^(?:hill|hills|plaza|hall|palace|park|building|tower|house|stadium|centre|center|station|square|gardens?|way)$/;

/** Words that join names or open a phrase, never a name's own word. */
const NAME_LINKS = /^(?:the|a|an|of|and|or|for|in|on|at|to|by|with|from|as|but|if|that|this|these|those)$/;

export class NameMentions extends TitleMentions {
  /**
   * "Information Commissioner's Office", "British Bankers' Association", "General Worker's
   * Union": a body named after the office or the members it serves, whose possessive (at `at`)
   * follows an agent noun and is followed by capitalised words that end in a body's head.
   */
  private membersBody(at: number): boolean {
    // An ordinary noun for people (not almost always capitalised in news), not a surname
    // ("Schroeder's Social Democrat Party").
    const ownerWord = this.tokens[at - 1]!.text;
    const owner = ownerWord.toLowerCase().replace(/s$/, "");
    const usage = newsCapitalisation(ownerWord);
    // (a plural's bare apostrophe, "Truckers' Association", is no surname's: a word the lexicon
    // does not know is ordinary enough there)
    const plural = isPluralPossessiveTok(this.tokens[at], this.tokens[at - 1]);
    const ordinary = usage >= 0 ? usage <= 2 : plural || commonWords().has(owner);
    if (!/\p{Ll}{3}(?:er|or|ist|ian|ant|ent|ate|ee)$/u.test(owner) || !ordinary) return false;
    let k = at + 1;
    while (k < this.tokens.length && k - at <= 3 && this.tokens[k]!.cap) k++;
    const last = this.tokens[k - 1]!;
    return k > at + 1 && ORGANISATION_HEADS.has(last.lower) && !this.nationality(this.tokens[at - 1]!.text);
  }

  /**
   * Whether a post held only in a body ("finance director", "chief executive", "chairman",
   * "board") follows at `at`, after at most two lower-case qualifiers.
   */
  private corporatePostAt(at: number): boolean {
    for (let k = at; k < at + 3; k++) {
      const word = this.tokens[k];
      if (!word || word.text !== word.lower || !/^\p{Ll}[\p{Ll}-]*$/u.test(word.text)) return false;
      if (CORPORATE_POSTS.has(word.lower)) {
        // "chief executive": "executive" ends the post; "chief" alone may be a person's.
        return word.lower !== "chief" || this.tokens[k + 1]?.lower === "executive";
      }
      if (STOPWORDS.has(word.lower)) return false;
    }
    return false;
  }

  /**
   * "the Kumasi-based lender X", "a New York-based fund": the place a body is based in, named only
   * inside the modifier (tokens from..at, the last one ending in "-based"), is a place mention of
   * its own when the gazetteer knows it as a town, a region or a country.
   */
  private basedIn(from: number, at: number): void {
    const modifier = this.tokens[at]!;
    const based = BASED_IN.exec(modifier.text);
    if (!based) return;
    // (a sentence's first word may have begun the run: "The Stavanger-based firm")
    while (from < at && /^(?:the|a|an)$/.test(this.tokens[from]!.lower)) from++;
    const start = this.tokens[from]!.start;
    const end = modifier.start + based[1]!.length;
    const name = this.sentence.text.slice(start - this.sentence.start, end - this.sentence.start);
    if (this.nationality(name)) return;
    if (this.gaz.places(name).length === 0 && this.gaz.countryNamed(name) === undefined) return;
    this.placeMentionAt({ start, end, text: name }, name, BASED_IN_CUE);
  }

  /** Collects a run of capitalised tokens from `start` and types it; returns the next index. */
  protected capitalisedRun(start: number): number {
    const tokens = this.tokens;
    let i = start;
    const quoted = QUOTE_OPEN.test(tokens[i]!.text);
    if (quoted) i++;
    // Adjectives such as "Russian-occupied" or "Elysée-backed" describe, they do not name; but a
    // name that runs, leads or backs something ("the X-run ministry", "X-backed fighters") is a
    // body's, where it is no people's or place's.
    while (i < tokens.length && HYPHENED_DESCRIBER.test(tokens[i]!.text)) {
      const t = tokens[i]!;
      this.basedIn(i, i);
      const controlled = CONTROLLED_BY.exec(t.text);
      if (
        controlled &&
        !this.nationality(controlled[1]!) &&
        this.countryWord(i) === undefined &&
        this.gaz.places(controlled[1]!).length === 0 &&
        !commonWords().has(controlled[1]!.toLowerCase())
      ) {
        const name = controlled[1]!;
        this.add({
          start: t.start,
          end: t.start + name.length,
          text: name,
          name,
          type: "organisation",
          cue: `"${t.text}"`,
        });
      }
      i++;
    }
    // "Former Downing Street chief X", "Outgoing Leeds chairman X": capitalised for opening the
    // sentence, a word that dates a post describes its holder and begins no name.
    if (
      i < tokens.length &&
      this.opensSentence(i) &&
      POST_TIME_WORDS.has(tokens[i]!.lower) &&
      tokens[i + 1]?.cap
    )
      i++;
    if (i >= tokens.length || !tokens[i]!.cap) return Math.max(i, start + 1);
    // "In September X released…": a month after a word of time is a date, and the name starts after it.
    if (MONTHS.has(tokens[i]!.lower) && tokens[i + 1]?.cap && BEFORE_A_MONTH.has(tokens[i - 1]?.lower ?? ""))
      return i + 1;
    // "We'll", "It's": a contraction is capitalised for starting a sentence, not for naming.
    if (CONTRACTION.test(tokens[i]!.text)) return i + 1;
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j]!;
      // "Bruck an der Mur", "Frankfurt am Main", "Viña del Mar": lower-case particles inside a
      // town's name the gazetteer knows whole (even where a word after them is a month's short
      // form).
      if (j > i && PLACE_PARTICLES.has(t.text)) {
        const across = this.placeAcrossParticles(i, j);
        if (across !== undefined) {
          j = across;
          continue;
        }
      }
      // "Lake Tana-based X", "Wild West-style": a name turned into a modifier describes what
      // follows; the modifier is no mention, and the name after it starts afresh. (A hyphenated
      // given name such as "Jae-won" has no such ending and stays in the name.)
      if (j > i && t.cap && NAME_AS_MODIFIER.test(t.text)) {
        this.basedIn(i, j);
        return j + 1;
      }
      if (CONTRACTION.test(t.text)) break;
      // "Ramsay's Hospital", "Foster's College": an institution named after its founder's possessive.
      // "Women's Rowing Federation", "People's Bank": the same with a plural of people.
      if (
        j > i &&
        j - i <= 4 &&
        (isPossessiveTok(t) || isPluralPossessiveTok(t, tokens[j - 1])) &&
        tokens[j + 1]?.cap &&
        // "Iran's Parliament": a country's body; "British Bankers' Association": one name.
        (this.countryWord(i) === undefined || (this.countryWord(i)!.length < j - i && this.membersBody(j))) &&
        this.gaz.places(this.span(i, j).text).length === 0 &&
        ((j - i <= 2 &&
          (tokens.slice(j + 1, j + 5).some((w) => w.cap && FOUNDER_NAMED_HEADS.has(w.lower)) ||
            /^(?:women|men|children|people)$/.test(tokens[j - 1]!.lower))) ||
          // "the South Sudan People's Defence Forces": a people's body after a longer name too
          (j - i <= 4 &&
            /^(?:women|men|children|people|peoples|workers)$/.test(tokens[j - 1]!.lower) &&
            tokens.slice(j + 1, j + 5).some((w) => w.cap && ORGANISATION_HEADS.has(w.lower))) ||
          this.membersBody(j))
      ) {
        j++;
        continue;
      }
      // "League Against Cruel Sports", "Reporters Without Borders": a preposition written in
      // capitals inside a run, with a capital after it, is part of the name.
      const namePreposition =
        j > i && NAME_PREPOSITIONS.has(t.lower) && t.text !== t.lower && tokens[j + 1]?.cap === true;
      // "Senior General Than Zaw Htike": after a title, a capitalised word the stopword list has
      // (but no article, preposition or conjunction) before another name word begins the name.
      const nameAfterTitle =
        j > i &&
        isTitle(tokens[j - 1]) &&
        !NAME_LINKS.test(t.lower) &&
        tokens[j + 1]?.cap === true &&
        !STOPWORDS.has(tokens[j + 1]!.lower);
      if (
        t.cap &&
        ((j > i && MONTHS.has(t.lower) && this.surnameAfterGivenName(j)) ||
          namePreposition ||
          nameAfterTitle ||
          (!(j > i && STOPWORDS.has(t.lower) && !isAllCaps(t.text) && !CONNECTORS.has(t.lower)) &&
            !(j > i && (WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)))))
      ) {
        j++;
        // "Radio 4", "Channel 5": a broadcaster's number is part of its name.
        if (BROADCASTER_WORD.test(t.lower) && BROADCASTER_NUMBER.test(tokens[j]?.text ?? "")) j++;
        // "Gen. X", and a middle initial: "Dana J. Orrin" is one name ("J" "." are two tokens).
        // A full word's period ends the sentence where no name follows ("the European Court of
        // Justice."); an abbreviated title keeps its own ("Spc.", "Gen.").
        if (
          tokens[j]?.text === "." &&
          ((isTitle(t) && (tokens[j + 1]?.cap || t.text.length <= 4)) ||
            (SINGLE_CAPITAL.test(t.text) && j - 1 > i && tokens[j + 1]?.cap))
        )
          j++;
        continue;
      }
      // "Speaking on X", "Interviewed on X": a participle opening the sentence is no name's first word.
      const openingParticiple =
        j === i + 1 &&
        this.opensSentence(i) &&
        /\p{Ll}(?:ing|ed)$/u.test(tokens[i]!.text) &&
        commonWords().has(tokens[i]!.lower);
      // "Rebels of X", "Residents of Y": a plural common noun opening the sentence is no name's
      // first word either.
      // Not where an ordinary word follows, making one name of the whole ("Friends of the Earth",
      // "Hearts of Oak", "Shares of Skis Rossignol" aside, as before).
      const nameAfterOf = tokens[j + 1]?.lower === "the" ? tokens[j + 2] : tokens[j + 1];
      const openingPlural =
        j === i + 1 &&
        t.lower === "of" &&
        this.opensSentence(i) &&
        PLURAL_END.test(tokens[i]!.text) &&
        commonWords().has(tokens[i]!.lower) &&
        !ORGANISATION_HEADS.has(tokens[i]!.lower) &&
        nameAfterOf !== undefined &&
        !commonWords().has(nameAfterOf.lower) &&
        !isMostlyLowerCase(nameAfterOf.text) &&
        // a name of two words or more, or a place: not a club's "Hearts of Oak"
        (tokens[tokens.indexOf(nameAfterOf) + 1]?.cap === true ||
          this.gaz.places(nameAfterOf.text).length > 0);
      // "In November the X Association said": a month or a day is no name's first word.
      const openingDate = j === i + 1 && (MONTHS.has(tokens[i]!.lower) || WEEKDAYS.has(tokens[i]!.lower));
      if (
        CONNECTORS.has(t.lower) &&
        j > i &&
        !isPossessiveTok(tokens[j - 1]) &&
        !openingParticiple &&
        !openingPlural &&
        !openingDate
      ) {
        // "Institute for the Study of Diplomacy": a chain of connectors before the next capital.
        let k = j;
        while (k < tokens.length && CONNECTORS.has(tokens[k]!.lower) && !tokens[k]!.cap && k - j < 2) k++;
        // Not "Porto Alegre for the X Forum": a place's name is followed, not continued, by "for".
        const placeBefore =
          t.lower === "for" &&
          !GENERIC_REGION_WORDS.has(tokens[j - 1]!.lower) &&
          !ORGANISATION_HEADS.has(tokens[j - 1]!.lower) &&
          this.gaz.places(this.span(i, j).text).some((p) => p.kind === "city" || p.kind === "country");
        // Not "a bid from Rangers for Scotland captain X": the name after "for" belongs to the
        // post after it, unless a body's head or a title asks for its remit ("Minister for X").
        let runEnd = k;
        while (tokens[runEnd]?.cap) runEnd++;
        const postAfter =
          t.lower === "for" &&
          !ORGANISATION_HEADS.has(tokens[j - 1]!.lower) &&
          !isTitle(tokens[j - 1]) &&
          tokens[runEnd] !== undefined &&
          !tokens[runEnd]!.cap &&
          (CLUB_POSTS.has(tokens[runEnd]!.lower) || PERSON_TITLES.has(tokens[runEnd]!.lower));
        if (tokens[k]?.cap && k > j && !placeBefore && !postAfter) {
          j = k;
          continue;
        }
      }
      if (INITIAL.test(t.text) || (t.text === "-" && tokens[j + 1]?.cap)) {
        j++;
        continue;
      }
      // "Abdel Fattah al-Burhan", "Deir al-Balah", "Mohammed bin Salman".
      if (
        j > i &&
        (/^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu|wal)-\p{Lu}/u.test(t.text) ||
          (NAME_PARTICLES.test(t.text) && this.particlesThenName(j) && !CONNECTORS.has(t.text)))
      ) {
        j++;
        continue;
      }
      break;
    }
    // The pronoun "I" alone is a capital that names nobody (inside "World War I" it is part of a run).
    if (j === i + 1 && tokens[i]!.text === "I") return j;
    const closing = quoted && QUOTE_CLOSE.test(tokens[j]?.text ?? "") ? j + 1 : j;
    // "Lviv, Sicily and Porto": "and" joins names, unless an organisation's name spans it
    // ("Ministry of Trade and Industry").
    const isHead = (t: Tok) => t.cap && (ORGANISATION_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower));
    // "Ministry of Trade and Industry", "Food and Agriculture Organisation" stay whole; two names
    // each with their own head ("the Gaza Strip and the West Bank") are two.
    // "US Securities and Exchange Commission": ordinary words before "and" share the head after it.
    const ordinary = (t: Tok) =>
      [t.lower, t.lower.replace(/s$/, ""), t.lower.replace(/ies$/, "y")].some((w) => commonWords().has(w));
    const joinsOneName = (k: number) => {
      const first = DETERMINERS.has(tokens[i]!.lower) ? i + 1 : i;
      const left = tokens.slice(first, k);
      const right = tokens.slice(k + 1, j);
      // "X and the Y": a second name with its own determiner.
      if (right.length > 0 && DETERMINERS.has(right[0]!.lower)) return false;
      // "Procter & Gamble", "Deloitte & Touche": lists are written with "and", firms with "&";
      // not countries ("Serbia & Montenegro") nor dates ("Christmas & New Year").
      if (tokens[k]!.text === "&") {
        const sides: [number, Tok[]][] = [
          [first, left],
          [k + 1, right],
        ];
        return !sides.some(
          ([at, words]) =>
            words.length === 0 ||
            this.countryWord(at)?.length === words.length ||
            words.some((t) => MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || HOLIDAYS.has(t.lower)),
        );
      }
      // "the Ethics and Anti-Corruption Commission (EACC)": the letters in brackets after it
      // spell the whole.
      if (this.acronymSpells(first, j)) return true;
      // "Food and Agriculture Organisation", "Marks and Spencer"; not "Spurs and England defender".
      if (left.length === 1 && commonWords().has(left[0]!.lower))
        return !this.gaz
          .places(right.map((t) => t.text).join(" "))
          .some((p) => p.kind === "country" || p.kind === "region");
      const country = this.countryWord(first);
      const core = country ? left.slice(country.length) : left;
      if (
        core.length > 0 &&
        core.every((t) => ordinary(t) && !isHead(t)) &&
        right.length > 0 &&
        isHead(right[right.length - 1]!)
      )
        return true;
      return left.some(isHead) && !right.some(isHead) && right.length <= 2;
    };
    // "São Tomé and Príncipe", "Trinidad and Tobago": a country's name with "and" in it, from the
    // start of the current part to any later word of the run.
    const countryAcross = (part: number, k: number) => {
      for (let end = j; end > k + 1; end--)
        if (this.gaz.places(this.span(part, end).text).some((p) => p.kind === "country")) return true;
      return false;
    };
    let part = i;
    for (let k = i; k <= j; k++) {
      if (
        k === j ||
        ((tokens[k]!.lower === "and" || tokens[k]!.text === "&") &&
          !joinsOneName(k) &&
          !countryAcross(part, k))
      ) {
        if (k > part) this.typeRun(part, k, quoted && part === i ? start : part, k === j ? closing : k);
        part = k + 1;
      }
    }
    return Math.max(closing, start + 1);
  }

  /**
   * Whether "its" follows within the name's own verb phrase ("X saw its", "X has cut its"): a
   * few lower-case words, no other name, pronoun or clause boundary in between.
   */
  protected itsFollows(at: number): boolean {
    const first = this.tokens[at];
    // The next word is its verb: "has", "saw", "reported" (not "and", "of", "in").
    if (
      !first ||
      !/^\p{Ll}/u.test(first.text) ||
      (STOPWORDS.has(first.lower) && !VERB_AFTER_SUBJECT.has(first.lower))
    )
      return false;
    for (let k = at + 1; k < this.tokens.length && k - at < 4; k++) {
      const t = this.tokens[k]!;
      if (t.lower === "its") return true;
      if (
        !/^\p{Ll}+$/u.test(t.text) ||
        POSSESSIVE_PRONOUNS.has(t.lower) ||
        /^(?:that|which|who|he|she|they|it|and|but)$/.test(t.lower)
      )
        return false;
    }
    return false;
  }

  /** Whether "said it would", "says it has" follows at `at`: a verb of saying, "it" and an auxiliary. */
  private saysItAt(at: number): boolean {
    const t = (k: number) => this.tokens[at + k]?.lower ?? "";
    return (
      /^(?:said|says|added|announced|confirmed)$/.test(t(0)) &&
      t(1) === "it" &&
      /^(?:would|will|had|has|was|is|could|expects|plans|hoped|hopes)$/.test(t(2))
    );
  }

  /** Whether "said it would cut …" follows at `at`: a verb of saying, "it", an auxiliary and a business action. */
  private reportsOwnAction(at: number): boolean {
    const t = (k: number) => this.tokens[at + k]?.lower ?? "";
    if (!/^(?:said|says|announced|confirmed|added|warned)$/.test(t(0)) || t(1) !== "it") return false;
    if (!/^(?:would|will|had|has|was|is|plans|planned|expects|expected|could|may|might)$/.test(t(2)))
      return false;
    const verb = /^(?:was|is)$/.test(t(2)) ? t(3) : t(3) === "to" ? t(4) : t(3);
    // The verb's base form: "raise", "raised", "raising", "cuts", "cutting".
    const forms = [
      verb,
      verb.replace(/s$/, ""),
      verb.replace(/ed$/, ""),
      verb.replace(/d$/, ""),
      verb.replace(/ing$/, ""),
      verb.replace(/ing$/, "e"),
      verb.replace(/(\p{Ll})\1ing$/u, "$1"),
    ];
    return forms.some((form) => BUSINESS_ACTIONS.has(form));
  }

  /** A hyphenated adjective of peoples, lands or continents: "Sino-Japanese", "EU-Turkey", "Afro-Asian". */
  private peoplesCompound(word: string): boolean {
    const parts = word.split("-");
    return (
      parts.length >= 2 &&
      parts.every(
        (part) =>
          COMBINING_PEOPLES.test(part) ||
          CONTINENT_ADJECTIVES.test(part) ||
          this.nationality(part) ||
          this.gaz.countryNamed(part) !== undefined ||
          part === "EU",
      ) &&
      // (at least one adjective: "Austria-Hungary" is a land of its own)
      parts.some((part) => !this.gaz.countryNamed(part) && part !== "EU")
    );
  }

  /**
   * The places the gazetteer knows by a name with its article ("The Hague", "The Gambia"); of
   * towns only large ones: "The Village", "The Colony" are small American towns and ordinary words.
   */
  private placesWithArticle(name: string): Place[] {
    return this.gaz.places(name).filter((p) => p.kind !== "city" || (p.population ?? 0) >= 100_000);
  }

  /** "van der Molen", "de la Vega": one or more lower-case particles and then a capitalised name. */
  /**
   * Whether the capitals in brackets right after tokens from..to are the initials of their words
   * (hyphenated parts each, the linking words left out): "Ethics and Anti-Corruption Commission
   * (EACC)".
   */
  private acronymSpells(from: number, to: number): boolean {
    const tokens = this.tokens;
    if (tokens[to]?.text !== "(" || tokens[to + 2]?.text !== ")") return false;
    const acronym = tokens[to + 1]!.text;
    if (!/^\p{Lu}{3,8}$/u.test(acronym)) return false;
    const initials = tokens
      .slice(from, to)
      .filter((t) => !/^(?:and|of|the|for|&|on|in)$/i.test(t.text))
      .flatMap((t) => t.text.split(/[-‐]/))
      .map((part) => part.charAt(0))
      .join("");
    return initials === acronym;
  }

  /**
   * The end of a place the gazetteer knows that runs from `from` over the lower-case particles
   * at `at` and one or two capitalised words after them, if there is one.
   */
  private placeAcrossParticles(from: number, at: number): number | undefined {
    let k = at;
    while (k < this.tokens.length && k - at < 3 && PLACE_PARTICLES.has(this.tokens[k]!.text)) k++;
    if (k === at) return undefined;
    for (let end = k + 1; end <= k + 2 && end <= this.tokens.length; end++) {
      if (!this.tokens[end - 1]!.cap) return undefined;
      // The town's name begins at one of the capitalised words right before the particles
      // ("Valparaíso and Viña del Mar": at "Viña").
      for (let start = at - 1; start >= from && this.tokens[start]!.cap; start--) {
        if (DETERMINERS.has(this.tokens[start]!.lower)) break;
        const name = this.span(start, end).text;
        if (this.gaz.places(name).some((p) => p.name.toLowerCase() === name.toLowerCase())) return end;
      }
    }
    return undefined;
  }

  protected particlesThenName(at: number): boolean {
    let k = at;
    while (k < this.tokens.length && k - at < 3 && NAME_PARTICLES.test(this.tokens[k]!.text)) k++;
    return k > at && this.tokens[k]?.cap === true;
  }

  protected typeRun(from: number, to: number, outerFrom: number, outerTo: number): void {
    const tokens = this.tokens;
    let first = from;
    // Sentence-initial function words are not names ("The", "Meanwhile"), nor are adjectives such
    // as "Russian-occupied" at the start of a part.
    // "The Hague", "The Bronx": a place the gazetteer knows with its article keeps it.
    const placeWithArticle =
      tokens[first]?.lower === "the" &&
      first + 1 < to &&
      this.placesWithArticle(this.span(first, to).text).length > 0;
    while (
      !placeWithArticle &&
      first < to &&
      ((STOPWORDS.has(tokens[first]!.lower) && !isAllCaps(tokens[first]!.text)) ||
        tokens[first]!.text === "." ||
        HYPHENED_DESCRIBER.test(tokens[first]!.text))
    )
      first++;
    // A town's name with lower-case particles, as the gazetteer knows it ("Frankfurt am Main").
    if (
      to - first >= 3 &&
      this.tokens.slice(first + 1, to - 1).some((t) => PLACE_PARTICLES.has(t.text)) &&
      // (not a body named after it: "the Vasco da Gama club")
      !/^(?:club|team|side|company|firm|group|school|university)$/.test(this.tokens[to]?.lower ?? "")
    ) {
      const name = this.span(first, to).text;
      if (this.gaz.places(name).some((p) => p.name === name)) {
        this.placeMention(first, to, name, "gazetteer");
        return;
      }
    }
    // At a sentence's start: "A" before a name is the article, not an initial; and in "Rival X",
    // "Injured X", "Outgoing X" the first word is one news text writes in lower case everywhere but
    // there (BBC capitalisation statistics; longer runs such as "Greater X Police" keep theirs, and
    // so does a country or region after it).
    // Only with the models on: the statistics come with them, and the rules alone keep their path.
    if (
      this.opensSentence(first) &&
      this.context.hints !== undefined &&
      first + 1 < to &&
      nameLike(tokens[first + 1]!) &&
      (tokens[first]!.text === "A" ||
        // ("Backbencher X Y": a longer run too, where the word is never capitalised elsewhere and
        // a given name follows.)
        (first + 2 <= to &&
          (first + 2 === to ||
            (to - first <= 4 &&
              isGivenName(tokens[first + 1]!.text) &&
              newsCapitalisation(tokens[first]!.text) === 0)) &&
          !isTitle(tokens[first]) &&
          !ROLE_QUALIFIERS.has(normaliseCue(tokens[first]!.text)) &&
          !STORM_NOUNS.has(tokens[first]!.lower) &&
          // "Led X singer Y", "Gone X star Y": a band's or a work's name before a credit is whole.
          !BAND_POSTS.has(tokens[to]?.lower ?? "") &&
          !WORK_CREDITS.has(tokens[to]?.lower ?? "") &&
          // "Environment X", "Sport X": a body named for a country's concern is one name.
          !this.gaz
            .places(tokens[first + 1]!.text)
            .some((p) => p.kind === "country" || p.kind === "region") &&
          newsCapitalisation(tokens[first]!.text) === 0))
    )
      first++;
    // "Leaders of the Economic Community of X": a plural common noun opening the sentence before
    // "of" and a body's name (a head among its words) is no part of it ("Friends of the Earth",
    // with no head, stays whole).
    if (
      this.opensSentence(first) &&
      tokens[first + 1]?.lower === "of" &&
      PLURAL_END.test(tokens[first]!.text) &&
      // ("Fighters": a plural the lexicon has only in the singular)
      (commonWords().has(tokens[first]!.lower) || commonWords().has(tokens[first]!.lower.slice(0, -1))) &&
      !ORGANISATION_HEADS.has(tokens[first]!.lower)
    ) {
      const rest = tokens[first + 2]?.lower === "the" ? first + 3 : first + 2;
      // ("Community" names bodies in capitals, as "the European Community"; in lower case it is
      // no head: "the business community".)
      if (
        rest < to &&
        tokens
          .slice(rest, to)
          .some((t) => t.cap && (ORGANISATION_HEADS.has(t.lower) || t.text === "Community"))
      ) {
        this.typeRun(rest, to, rest, outerTo);
        return;
      }
    }
    // "Chipmaker X to build plant" (a headline): a kind noun capitalised for opening the sentence
    // says what the name after it is ("Bank X", "Group X" may be the name's own first word).
    const kindWord = tokens[first]?.lower ?? "";
    if (
      first + 1 < to &&
      this.opensSentence(first) &&
      first + 1 < to &&
      nameLike(tokens[first + 1]!) &&
      ORGANISATION_KIND_NOUNS.has(kindWord) &&
      !ORGANISATION_HEADS.has(kindWord) &&
      newsCapitalisation(tokens[first]!.text) <= 1 &&
      // Not "Channel Tunnel", "Supermarket Sweep": an ordinary word after it makes one name of the two.
      !commonWords().has(tokens[first + 1]!.lower) &&
      !isMostlyLowerCase(tokens[first + 1]!.text)
    ) {
      const body = this.span(first + 1, to);
      if (this.gaz.places(body.text).length === 0) {
        this.add({ ...body, name: body.text, type: "organisation", cue: `after "${kindWord}"` });
        return;
      }
    }
    // Trailing connectors are not part of a name, nor are letters after it ("X Y MP", "X QC").
    let last = to;
    let postnominal: { text: string; end: number } | undefined;
    while (
      last > first &&
      (CONNECTORS.has(tokens[last - 1]!.lower) ||
        tokens[last - 1]!.text === "-" ||
        (last - 1 > first &&
          (POSTNOMINALS.has(tokens[last - 1]!.text) || this.titlesPlural(tokens[last - 1]!))))
    ) {
      if (POSTNOMINALS.has(tokens[last - 1]!.text))
        postnominal ??= { text: tokens[last - 1]!.text, end: last };
      last--;
    }
    if (first >= last) return;
    // "The European Council President, Charles Michel, said": a title ending the run before an
    // apposed name is the person's post; the words before it name the body.
    if (
      last - first >= 2 &&
      isTitle(tokens[last - 1]) &&
      tokens[last]?.text === "," &&
      tokens[last + 1]?.cap === true &&
      ORGANISATION_HEADS.has(tokens[last - 2]!.lower)
    )
      last--;
    // "Dana Orr of the Kestrel Council", "Tomas Ferrin of Peru": a person and the body or country
    // the person is of, two names.
    const of = this.personOfBody(first, last);
    if (of !== undefined) {
      const mark = this.found.length;
      if (this.personOfCountry(first, last) === of) {
        const span = this.span(first, of);
        this.add({ ...span, name: span.text, type: "person", cue: "name of a country" });
      } else this.typeRun(first, of, outerFrom, of);
      const person = this.foundSince(mark, "person");
      const bodyMark = this.found.length;
      this.typeRun(of + 1, last, of + 1, outerTo);
      // ("X Y of the ABC": the split read the words after "of the" as a body or a place; where
      // typing them alone finds nothing, as with an acronym the recogniser does not know, they are
      // a body. Not without "the": "X of IT firm Y" is of the firm.)
      if (this.found.length === bodyMark && tokens[of + 1]?.lower === "the") {
        const span = this.span(of + 2, last);
        this.add({ ...span, name: span.text, type: "organisation", cue: "body of a named person" });
      }
      // ("X Y of Daiwa Securities SMBC": what the split read as a body is one, whatever its shape says.)
      const body = this.bodyFoundSince(bodyMark, false);
      if (person !== undefined && body !== undefined)
        this.roleLinks.push({ person, role: "", holder: body, sentence: this.sentence.index, member: true });
      return;
    }
    // "the Office of the Director of Public Prosecutions", "the Office of the High Commissioner for
    // X": a body's head and "of the" before a post name the post's office, one body.
    if (
      last - first >= 4 &&
      ORGANISATION_HEADS.has(tokens[first]!.lower) &&
      tokens[first + 1]?.lower === "of" &&
      tokens[first + 2]?.lower === "the" &&
      isTitle(tokens[first + 3])
    ) {
      const span = this.span(first, last);
      this.add({ ...span, name: span.text, type: "organisation", cue: "office of a post" });
      return;
    }
    const titleAt = this.findTitle(first, last);
    if (titleAt) {
      this.titled(first, last, titleAt.start, titleAt.end);
      return;
    }
    // "X Y MP": where the recogniser reads the whole as a person's name, the letters say person
    // as a title would (it does not see the shorter name alone; "the X MP" of a seat it does not
    // read as a person).
    if (postnominal && this.context.hints) {
      const whole = this.span(first, postnominal.end);
      if (this.context.hints(whole.start, whole.end, whole.text) === "person") {
        const role = postnominal.text.toLowerCase();
        const span = this.span(first, last);
        this.add({ ...span, name: span.text, type: "person", cue: `title "${role}"`, roles: [role] });
        return;
      }
    }
    // A place preposition dropped from the front ("Near X", "In X") is the word before the name.
    const dropped = first > from && PLACE_PREPOSITIONS.test(tokens[first - 1]!.lower);
    this.plainName(first, last, dropped ? first : outerFrom, outerTo);
  }

  /** A named event ("World War II", "League Cup", "Hurricane X"): keyed by its name, not its class. */
  private namedEvent(from: number, to: number, eventClass: string): void {
    const span = this.span(from, to);
    this.add({ ...span, name: span.text, type: "event", cue: "named event", eventClass });
  }

  protected plainName(from: number, to: number, outerFrom: number, outerTo: number): void {
    const tokens = this.tokens;
    const words = tokens.slice(from, to);
    const text = this.span(from, to).text;
    // ("BBC Radio 4": the head before a broadcaster's number)
    const lastLower = normaliseCue(
      words.length > 1 && DIGITS.test(words[words.length - 1]!.text)
        ? words[words.length - 2]!.text
        : words[words.length - 1]!.text,
    );
    const firstLower = normaliseCue(words[0]!.text);
    // "on US TV", "French television showed": a country's medium, no one body ("US TV network Fox
    // News" names the network after it).
    if (
      words.length === 2 &&
      /^(?:tv|television|media|press)$/.test(lastLower) &&
      this.countryWord(from)?.length === 1
    )
      return;
    // "Audi said it had been hit …": a one-word speaker of "it" is a body nine times in ten in
    // news; not a surname the article gives in full ("Jose X … X said it was …") nor a given name.
    if (
      words.length === 1 &&
      this.saysItAt(outerTo) &&
      !WEEKDAYS.has(firstLower) &&
      !MONTHS.has(firstLower) &&
      // (an acronym is read as one, and joins its name; "an office in X said it" speaks from X)
      !/^\p{Lu}+$/u.test(text) &&
      !LOCATIVE.has(tokens[outerFrom - 1]?.lower ?? "") &&
      tokens[outerFrom - 1]?.lower !== "of" &&
      !isGivenName(text) &&
      !this.context.lastWordsOfNames?.has(text) &&
      this.gaz.places(text).length === 0 &&
      // Only in a business report: a leader is named by surname alone in politics ("X said it
      // would be a mistake").
      this.context.businessReport?.() === true
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: 'speaker of "it"' });
      return;
    }
    // "Chapter 11", "Article 50", "Section 28": an ordinary word before its number names a part
    // of a text or a law, none of the four kinds ("Radio 4" and "Channel 5" were joined to theirs).
    if (
      words.length === 1 &&
      NUMBERED_PART.test(tokens[to]?.text ?? "") &&
      commonWords().has(firstLower) &&
      this.gaz.places(text).length === 0
    )
      return;
    // "The Hague": a place the gazetteer knows with its article, inside the run or right before
    // it ("in The Hague", "THE HAGUE —": the run began after its capitalised article).
    const articleAt =
      words.length >= 2 && firstLower === "the"
        ? from
        : tokens[from - 1]?.lower === "the" && tokens[from - 1]!.cap
          ? from - 1
          : undefined;
    if (articleAt !== undefined) {
      const span = this.span(articleAt, to);
      const withArticle = this.placesWithArticle(span.text);
      if (withArticle.length > 0) {
        this.placeMention(
          articleAt,
          to,
          // (spelled as the gazetteer spells it when read from capitals)
          withArticle[0]!.name.toLowerCase() === span.text.toLowerCase() ? withArticle[0]!.name : span.text,
          "gazetteer",
          withArticle[0]!.kind === "country" ? "country" : undefined,
        );
        return;
      }
    }
    // "Canal+", "Disney+": a plus sign fused to a name makes a broadcaster's or a service's name.
    const plus = tokens[to];
    if (
      plus?.text === "+" &&
      plus.start === tokens[to - 1]!.end &&
      !/^\w/.test(this.sentence.text.charAt(plus.end - this.sentence.start))
    ) {
      const span = this.span(from, to + 1);
      this.add({ ...span, name: span.text, type: "organisation", cue: "name with a plus sign" });
      return;
    }
    // "Channel 4", "Radio 1": a broadcaster named by its number.
    if (BROADCASTER_NAME.test(text)) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "broadcaster's number" });
      return;
    }
    // "in western X", "near north-eastern Y": the preposition before a compass word is the name's.
    const compassAfterPreposition =
      COMPASS_ADJECTIVE.test(tokens[outerFrom - 1]?.text ?? "") &&
      LOCATIVE.has(tokens[outerFrom - 2]?.lower ?? "");
    const before = tokens[outerFrom - (compassAfterPreposition ? 2 : 1)];
    const before2 = tokens[outerFrom - (compassAfterPreposition ? 3 : 2)];
    const after = tokens[outerTo];
    const afterNext = tokens[outerTo + 1];
    const country = this.countryWord(from);
    // "the Obama administration", "the Starmer government", "the Assad regime": a leader's name
    // before the government they lead names that government, a body ("X administration").
    if (
      words.length <= 2 &&
      // (a sentence's opening "The" belongs to the run: "The Obama administration said")
      (before?.lower === "the" || tokens[from - 1]?.lower === "the") &&
      after !== undefined &&
      /^(?:administration|government|regime|junta|presidency)$/.test(after.text) &&
      this.gaz.places(text).length === 0 &&
      this.countryWord(from) === undefined &&
      !this.nationality(text) &&
      // "the Labour government": a party's, which the party's own name already stands for.
      !words.some((w) => commonWords().has(w.lower))
    ) {
      const span = this.span(from, outerTo + 1);
      this.add({ ...span, name: span.text, type: "organisation", cue: `leader's ${after.text}` });
      return;
    }
    // "a group known as X", "a militia called Y", "a network dubbed Z": the name of a body of
    // that kind.
    const namedAs =
      (before?.lower === "as" && tokens[outerFrom - 2]?.lower === "known") ||
      NAMING_VERBS.test(before?.lower ?? "");
    if (namedAs && words.length <= 4 && this.gaz.places(text).length === 0) {
      const verbAt = before?.lower === "as" ? outerFrom - 2 : outerFrom - 1;
      // The kind is the noun the verb follows ("the group's commander known as Y" is a person's).
      const kind = tokens[verbAt - 1];
      // "called", "named" are also active verbs ("The company named X as its chief"): only after
      // an indefinite kind ("a firm named X"); and no person's full name ("a group known as X Y").
      const indefinite =
        before?.lower === "as" || /^(?:a|an|another|one)$/.test(tokens[verbAt - 2]?.lower ?? "");
      if (
        kind !== undefined &&
        indefinite &&
        !(words.length > 1 && isGivenName(words[0]!.text)) &&
        kind.text === kind.lower &&
        (ORGANISATION_KIND_NOUNS.has(kind.lower) || ORGANISATION_HEADS.has(kind.lower))
      ) {
        this.add({ ...this.span(from, to), name: text, type: "organisation", cue: `${kind.lower} named` });
        return;
      }
    }

    // A demonym alone ("Ukrainian") is an adjective, not a mention; so is a word shaped like one
    // before a common noun ("Scottish music", "European rival", "Maltese firm"), and capitals
    // fused to a currency sign ("A$68m") are the currency's.
    if (country?.demonym && country.length === words.length) {
      // "Iraqi interim leader X", "French prime minister Y": before a post that governs a land
      // and its holder's name, the adjective names the country governed, as in "French President Y".
      if (this.governingPostBefore(outerTo)) this.addCountry(from, to, country.place, "demonym", true);
      return;
    }
    // "Foreign Secretary", "Prime Minister": a post, no one named ("the General Staff" is a body's
    // name: a rank before a body's head).
    if (
      words.length > 1 &&
      !(ORGANISATION_HEADS.has(lastLower) && this.rankBeginsName(from)) &&
      words.some((w) => isTitle(w)) &&
      words.every((w) => isTitle(w) || ROLE_QUALIFIERS.has(w.lower) || PORTFOLIOS.has(w.lower))
    )
      return;
    // A nationality noun ("Britons", "Frenchmen", "Spaniards") names a people, not one entity.
    if (words.length === 1 && this.nationality(text)) return;
    // "Franco-German", "US-Russian", "European-Japanese": an adjective of two peoples' (a plan's,
    // a probe's), no body.
    if (words.length === 1 && this.peoplesCompound(text)) return;
    // "Home Affairs spokesman X", "Foreign Affairs spokeswoman Y": a portfolio before a post is
    // what the post is for, no body.
    if (
      words.length >= 2 &&
      words.every((w) => PORTFOLIOS.has(w.lower) || w.lower === "home") &&
      after !== undefined &&
      after.text === after.lower &&
      (PERSON_TITLES.has(after.lower) || BODY_POSTS.has(after.lower))
    )
      return;
    // "120 Gurkhas", "two Cossacks": a counted plural is so many of a kind of people, no one entity
    // (not "two Texas bank accounts", where the count is the noun's after the name).
    if (
      words.length === 1 &&
      PLURAL_END.test(text) &&
      before !== undefined &&
      (/^\d[\d,]*$/.test(before.text) || NUMBER_WORDS.test(before.lower)) &&
      !modifiesNounAfter(after) &&
      this.gaz.places(text).length === 0
    )
      return;
    // Its plural names a people ("South Africans", "New Zealanders"), not the country's region.
    if (words.length > 1 && PLURAL_END.test(text) && this.gaz.countryOfDemonym(text.slice(0, -1))) return;
    if (this.context.languages?.has(text) || this.context.works?.has(text)) return;
    if (words.length === 1 && this.context.things?.has(text)) return;
    // "(Arabic: X)": a name after a language's label and a colon spells the name before it again.
    if (before?.text === ":" && /^\p{Lu}\p{Ll}+(?:ic|ish|ese|ian)$/u.test(before2?.text ?? "")) return;
    // A single letter alone ("the F statistic", "Plan B") names nothing; initials go with a name.
    if (words.length === 1 && SINGLE_CAPITAL.test(text)) return;
    // The next word is an ordinary lower-case content word ("music", "file", "infections").
    const commonWordAfter =
      after !== undefined && LOWER_CASE_WORD.test(after.text) && !STOPWORDS.has(after.lower);
    if (words.length === 1 && PEOPLE_ADJECTIVE_SHAPE.test(text) && commonWordAfter) return;
    // "the Baltic states", "Nordic leaders": a region's adjective before a common noun.
    if (words.length === 1 && CONTINENT_ADJECTIVES.test(text) && commonWordAfter) return;
    if (after !== undefined && CURRENCY_SIGN.test(after.text) && after.start === tokens[to - 1]!.end) return;

    // "the Golden X award", "the Y Z prize": the name of a prize (one word before "award" is as
    // often the body that gives it: "a Bafta award").
    // Not a body's or an event's name before it ("Screen Actors Guild awards"), nor a person's.
    if (
      words.length >= 2 &&
      after !== undefined &&
      PRIZE_NOUNS.has(after.text) &&
      !words.some((w) => ORGANISATION_HEADS.has(w.lower) || w.lower === "guild") &&
      !NAMED_EVENT_HEADS.has(lastLower) &&
      !words.some((w) => /^\p{Lu}\.?$/u.test(w.text))
    )
      return;
    // "the comedy X", "album The X Y", "the game X III": the title of a work, whatever its words
    // ("College", "Council") or shape, is none of the four kinds of entity.
    const workBefore = before !== undefined && before.text === before.lower && WORK_NOUNS.has(before.lower);
    if (workBefore && words.length <= 6) return;
    // "Palu, the capital of Central Sulawesi", "Ezetu, a fishing village in Bayelsa State": a name
    // its apposition calls a town is a place.
    if (
      words.length <= 3 &&
      TOWN_APPOSITION.test(this.sentence.text.slice(tokens[to - 1]!.end - this.sentence.start))
    ) {
      this.placeOfAnyKind(from, to, text, "described as a town", "city");
      return;
    }
    // "the road to El Nahud", "the main highway to X": where a road leads is a place.
    // (not "the road to World Cup glory": a contest's name, or a name before a noun it describes)
    if (
      words.length <= 3 &&
      tokens[outerFrom - 1]?.lower === "to" &&
      ROUTE_NOUNS.test(tokens[outerFrom - 2]?.lower ?? "") &&
      !NAMED_EVENT_HEADS.has(words[words.length - 1]!.lower) &&
      !modifiesNounAfter(tokens[outerTo])
    ) {
      this.placeOfAnyKind(from, to, text, "where a road leads", "city");
      return;
    }
    // "S Korea", "N Ireland": a compass letter before a country's or region's name is the word.
    if (words.length === 2 && COMPASS_LETTER.test(words[0]!.text)) {
      const full = `${COMPASS_LETTERS[words[0]!.text]} ${words[1]!.text}`;
      if (this.gaz.places(full).some((p) => p.kind === "country" || p.kind === "region")) {
        this.placeMention(from, to, full, "compass letter");
        return;
      }
    }
    // A dateline's town of two or more words in capitals ("PORT SUDAN, Sudan (DPA) —"); and any
    // town in capitals opening a whole dateline ("KODOKA, March 11 (X) -"), known or not: it is
    // where the report was filed, no acronym.
    if (
      from === 0 &&
      DATELINE_MARK.test(after?.text ?? "") &&
      words.every((w) => isAllCaps(w.text) && w.text.length >= 2)
    ) {
      const titleCase = words.map((w) => w.text.charAt(0) + w.text.slice(1).toLowerCase()).join(" ");
      const known = this.gaz.places(titleCase).length > 0;
      const dateline = DATELINE.exec(this.sentence.text);
      // (a date, an agency, or the country or region the town lies in: "TBILISI, Georgia —")
      const region = dateline ? /^[^,]+,\s*([\p{L} .]{2,40}?)\s*[-–—]\s$/u.exec(dateline[0])?.[1] : undefined;
      const wholeDateline =
        dateline !== null &&
        (/,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d|\(/u.test(dateline[0]) ||
          (region !== undefined &&
            this.gaz.places(region).some((p) => p.kind === "country" || p.kind === "region"))) &&
        text.length > 3;
      if ((words.length > 1 && known) || (wholeDateline && !this.gaz.countryNamed(text))) {
        this.placeMention(from, to, titleCase, "place in capitals", known ? undefined : "city");
        return;
      }
    }
    if (words.length === 1 && isAllCaps(words[0]!.text) && words[0]!.text.length >= 2) {
      // "U.S.", "U.K.": a country's code written with stops.
      const place = this.gaz.countryNamed(text.replaceAll(".", ""));
      // A dateline ("BERLIN, March 3 (UPI) -") writes a place in capitals.
      const titleCase = text.charAt(0) + text.slice(1).toLowerCase();
      const written =
        text.length > 3
          ? this.gaz
              .places(titleCase)
              .find(
                (p) =>
                  p.kind !== "city" ||
                  this.gaz.countryOfCapital(p.name) !== undefined ||
                  (from === 0 && DATELINE_MARK.test(after?.text ?? "")),
              )
          : undefined;
      if (place) this.placeMention(from, to, text.replaceAll(".", ""), "country code", "country");
      // Treebanks tag "TV", "DVD", "CEO", "GDP" as common nouns: capitals alone do not make a name.
      else if (commonWords().has(text.toLowerCase())) return;
      // "MP", "CEO": a post, not a body.
      else if (PERSON_TITLES.has(text.toLowerCase())) return;
      // "CFA francs", "the XP software": a currency's or a product's name.
      else if (after && THING_NOUNS.has(after.text)) return;
      // "a new PC", "1500 GMT", "HIV infections": capitals used as a thing is (after "a" or a
      // number, or before a common noun), where the recogniser, reading the context, sees no
      // name at all, are a thing's or a unit's abbreviation.
      else if (
        (before?.lower === "a" ||
          before?.lower === "an" ||
          /^\d/.test(before?.text ?? "") ||
          commonWordAfter) &&
        !this.context.acronyms?.has(text) &&
        // "Pakistan's ISI spy agency": a body's kind after the letters makes them a body's.
        !this.tokens.slice(to, to + 3).some((t) => t.text === t.lower && ORGANISATION_HEADS.has(t.lower)) &&
        this.context.hints?.covers &&
        !this.context.hints.covers(this.span(from, to).start, this.span(from, to).end)
      )
        return;
      else if (written) this.placeMention(from, to, titleCase, "place in capitals");
      else {
        this.bodyBeforeItsAcronym(from, text);
        // "E.U." is "EU": one name however the stops are written.
        this.add({
          ...this.span(from, to),
          name: text.replaceAll(".", ""),
          type: "organisation",
          cue: "acronym",
        });
      }
      return;
    }
    // "Procter & Gamble", "Deloitte & Touche": a firm named after its founders.
    if (
      words.length >= 3 &&
      words.some((w) => w.text === "&") &&
      words.every((w) => w.text === "&" || nameLike(w)) &&
      !workBefore
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "names joined by &" });
      return;
    }
    // A competition's or a ceremony's head ends an event's name even after a body's word ("League
    // Cup", "Academy Awards"); "the Olympics" alone is the games.
    if (words.length === 1 && SINGLE_WORD_EVENTS.has(lastLower)) {
      this.namedEvent(from, to, "competition");
      return;
    }
    // "X Games" is a sports meeting when X is a place, a people or a kind of meeting ("Athens
    // Games", "Commonwealth Games", "Winter Games"); else a games maker ("X Games has been put
    // up for sale").
    if (
      words.length === 2 &&
      lastLower === "games" &&
      !GAMES_QUALIFIERS.has(firstLower) &&
      !MONTHS.has(firstLower) &&
      country === undefined &&
      !this.nationality(words[0]!.text) &&
      this.gaz.places(words[0]!.text).length === 0
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "games maker" });
      return;
    }
    // "the Six Nations", "the Tri Nations": a number of nations is a tournament between them
    // ("United Nations", "League of Nations" are bodies).
    if (
      words.length >= 2 &&
      lastLower === "nations" &&
      /^(?:two|three|four|five|six|tri|home)$/.test(normaliseCue(words[words.length - 2]!.text))
    ) {
      this.namedEvent(from, to, "competition");
      return;
    }
    // "the Oscars", "the Baftas": the plural of a prize the article names is its ceremony.
    if (words.length === 1 && PLURAL_END.test(text) && this.context.things?.has(text.slice(0, -1))) {
      this.namedEvent(from, to, "ceremony");
      return;
    }
    if (
      (!(ORGANISATION_HEADS.has(firstLower) && words.length > 1) || NAMED_EVENT_HEADS.has(lastLower)) &&
      (EVENT_NOUNS.has(lastLower) ||
        (words.length > 1 && NAMED_EVENT_HEADS.has(lastLower)) ||
        (words.length > 1 &&
          EVENT_NOUNS.has(normaliseCue(words[words.length - 2]!.text)) &&
          /^[IVX]+$/.test(words[words.length - 1]!.text)))
    ) {
      if (words.length > 1)
        this.namedEvent(from, to, EVENT_NOUNS.get(lastLower) ?? NAMED_EVENT_HEADS.get(lastLower) ?? "war");
      return;
    }
    // "Operation Steel Curtain": a military operation's code name.
    if (
      words.length >= 2 &&
      words.length <= 4 &&
      firstLower === "operation" &&
      words[0]!.text === "Operation"
    ) {
      this.namedEvent(from, to, "operation");
      return;
    }
    // "Hurricane X", "Typhoon X": a storm named like a person is a disaster.
    if (words.length >= 2 && words.length <= 3 && STORM_NOUNS.has(firstLower)) {
      this.namedEvent(from, to, "disaster");
      return;
    }
    // "General Motors", "General Assembly": named like a body, not like a person.
    if (words.length >= 2 && this.rankBeginsName(from)) {
      this.add({
        ...this.span(from, to),
        name: text,
        type: "organisation",
        cue: "rank before an ordinary word",
      });
      return;
    }
    // "X United", "X Rovers"; and in a sports report "X City", or a town that wins, signs players
    // or has fans ("X beat Y 2-1", "joined X", "X fans"): a club named after its town; any short name
    // with its fans or squad there ("X fans", "X's manager"), before a compass word makes a region.
    const club = this.clubName(from, to);
    if (club) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: club });
      return;
    }
    // "Middle East", "West Bank": a compass word and another name is a region.
    if (
      words.length > 1 &&
      DIRECTION_WORDS.has(firstLower) &&
      // ("West Bank", "South Bank": a river's bank; "Northern Reserve Bank" is a bank's name.)
      ((!ORGANISATION_HEADS.has(lastLower) && !COMPANY_NAME_ENDS.has(lastLower)) ||
        (lastLower === "bank" && words.length === 2)) &&
      // "Central Bank of X", "Eastern Command of Y": a body's head before "of".
      !words.some((w, k) => k > 0 && ORGANISATION_HEADS.has(w.lower) && words[k + 1]?.lower === "of") &&
      // "East African leaders", "the Southern African Development Community": a people's
      // adjective describes what follows; only a place's name itself is the region.
      !words
        .slice(1)
        .some((w) => /^\p{Lu}\p{Ll}+(?:an|ese)$/u.test(w.text) && !this.gaz.places(w.text).length)
    ) {
      this.placeMention(from, to, text, "compass word", "region");
      return;
    }
    // "Sideways star Thomas Hayden Church", "producer Dana Hall": an occupation and a given name
    // make a person of a name whose last word is also a body's head.
    if (
      words.length >= 2 &&
      words.length <= 4 &&
      outerFrom === from &&
      isGivenName(words[0]!.text) &&
      this.afterOccupation(from, words[0]!) &&
      words.every((w) => nameLike(w))
    ) {
      this.add({ ...this.span(from, to), name: text, type: "person", cue: "occupation + given name" });
      return;
    }
    // "Committee chairman X", "Company spokesman X": a body's kind alone, capitalised only for
    // opening the sentence, before a post names no body; the person after it is still named.
    if (
      from === 0 &&
      words.length === 1 &&
      ORGANISATION_HEADS.has(lastLower) &&
      after?.text === after?.lower &&
      (PERSON_TITLES.has(after?.lower ?? "") || BODY_POSTS.has(after?.lower ?? "")) &&
      afterNext?.cap
    )
      return;
    // "the Covid pandemic", "an Ebola outbreak": a disease's name is none of the four kinds.
    if (
      words.length <= 2 &&
      after !== undefined &&
      /^(?:pandemic|epidemic|outbreak|outbreaks|variant|virus|infections?)$/.test(after.text) &&
      this.gaz.places(text).length === 0
    )
      return;
    // "Police fired tear gas", "Survey finds …": a body's kind alone, capitalised only for opening
    // the sentence and mostly written in lower case, is the common noun, no body's name.
    if (
      words.length === 1 &&
      ORGANISATION_HEADS.has(lastLower) &&
      this.opensSentence(from) &&
      isMostlyLowerCase(words[0]!.text)
    )
      return;
    // "the Gulf Research Center": a centre for research or study is a body (a shopping or
    // conference centre, the Kennedy Center, is a place).
    // So is a centre that speaks ("the National Hurricane Center in Miami said").
    const studyCentre =
      /^(?:centre|center)$/.test(lastLower) &&
      words.length > 2 &&
      (/^(?:research|studies|study|policy|information)$/.test(words[words.length - 2]!.lower) ||
        this.speaksAt(outerTo) ||
        (tokens[outerTo]?.lower === "in" && this.speaksAt(outerTo + 2)));
    // "the East African Community", "the Economic Community of X States": a community in a
    // body's capitalised name (alone, or "Community Support Officers", it heads nothing).
    const communityBody =
      words.length >= 2 &&
      words.some(
        (w, k) => w.text === "Community" && k > 0 && (k === words.length - 1 || words[k + 1]!.lower === "of"),
      );
    if (
      ORGANISATION_HEADS.has(lastLower) ||
      studyCentre ||
      communityBody ||
      (COMPANY_NAME_ENDS.has(lastLower) && words.length > 1) ||
      // "U.S. Department of State", "Royal Bank of X", "the X Observatory for Human Rights": a body's
      // head before "of" or "for" after a word or two of the name itself
      words.some(
        (w, k) =>
          k > 0 &&
          k <= 2 &&
          ORGANISATION_HEADS.has(w.lower) &&
          (words[k + 1]?.lower === "of" || words[k + 1]?.lower === "for") &&
          words
            .slice(0, k)
            .every(
              (b) => nameLike(b) && !MONTHS.has(b.lower) && !NUMBER_WORDS.test(b.lower) && !/s$/.test(b.text),
            ),
      ) ||
      (ORGANISATION_HEADS.has(firstLower) && words.length > 1) ||
      (country &&
        words.length > country.length &&
        ORGANISATION_HEADS.has(normaliseCue(words[country.length]!.text)))
    ) {
      // "the 65th Mechanised Brigade", "the 2nd Battalion Royal Gurkha Rifles": a unit's number is
      // part of its name (every army has a "Mechanised Brigade").
      const numbered =
        from > 0 &&
        ORDINAL.test(tokens[from - 1]!.text) &&
        (UNIT_NOUNS.has(lastLower) || UNIT_NOUNS.has(firstLower))
          ? from - 1
          : from;
      const span = this.span(numbered, to);
      this.add({
        ...span,
        name: numbered === from ? text : span.text,
        type: "organisation",
        cue: "organisation head",
        ...(country ? { country: country.place.countryCode } : {}),
      });
      return;
    }
    // "the Red Sea", "the Persian Gulf": a sea is none of the regions named after it (Sudan's
    // Red Sea state); it keeps no gazetteer place.
    if (SEA_HEADS.has(lastLower) && words.length > 1) {
      this.add({ ...this.span(from, to), name: text, type: "place", cue: "sea", placeClass: "other" });
      return;
    }
    // "Downing Street said", "the Elysee Palace has confirmed", "a Whitehall Street spokesman":
    // the office at that address speaks; the street or the palace does not.
    if (OFFICE_ADDRESS_HEADS.has(lastLower) && words.length > 1 && this.speaksAt(outerTo)) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "office by its address" });
      return;
    }
    if (PLACE_HEADS.has(lastLower) && words.length > 1) {
      this.placeMention(from, to, text, "place head", classOf(lastLower));
      return;
    }
    // "Latin America", "Southeast Asia", "Eastern Europe": a part of a continent.
    if (words.length === 2 && CONTINENTS.has(words[1]!.text) && REGION_FIRST_WORDS.test(firstLower)) {
      this.placeMention(from, to, text, "part of a continent", "region");
      return;
    }
    // "Nintendo Europe", "Airbus UK": an unknown name and a continent or the UK or US is a
    // company's arm there, not a person named so ("Latin America", "Southeast Asia" are words).
    if (
      words.length === 2 &&
      REGIONAL_ARMS.has(words[1]!.text) &&
      words[0]!.text.length > 1 &&
      !STOPWORDS.has(firstLower) &&
      !NUMBER_WORDS.test(firstLower) &&
      !commonWords().has(firstLower) &&
      !this.context.lowercaseWords.has(firstLower) &&
      !REGION_FIRST_WORDS.test(firstLower) &&
      country === undefined &&
      this.gaz.places(text).length === 0 &&
      this.gaz.places(words[0]!.text).length === 0
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "company and region" });
      return;
    }
    // "X fighters", "X rebels", "X militants": an armed group named before its members (not a
    // country's or a people's adjective, "Syrian rebels", which the forces rules read).
    if (
      words.length <= 3 &&
      after &&
      after.text === after.lower &&
      ARMED_MEMBERS.has(after.lower) &&
      country === undefined &&
      !this.nationality(words[0]!.text) &&
      // ("Idlib rebels" are rebels in Idlib; a small town abroad of the group's name is not meant)
      this.gaz.places(text).every((p) => p.kind === "city" && (p.population ?? 0) < LARGE_TOWN_POPULATION) &&
      !commonWords().has(firstLower)
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: `before "${after.lower}"` });
      return;
    }
    // "PSV Eindhoven", "HSBC France": an acronym before a place's name is a club or a body's arm
    // there (a country's code before it, "US Congress", is the country's).
    // Initials are not ("JM Barrie", "BB King"): three capitals at least, and a large place.
    if (
      words.length === 2 &&
      /^\p{Lu}{3,5}$/u.test(words[0]!.text) &&
      this.gaz.countryNamed(words[0]!.text) === undefined &&
      this.gaz
        .places(words[1]!.text)
        .some((p) => p.kind !== "city" || (p.population ?? 0) >= LARGE_TOWN_POPULATION)
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "acronym and place" });
      return;
    }
    // "“Falcon” battalion", "Vostok special forces unit": a name and a lower-case unit noun.
    // "Two task forces": a number counts units, it names none.
    // "Rebel forces in X have…": an ordinary word capitalised for opening the sentence names no unit.
    const ordinaryOpener = words.length === 1 && this.opensSentence(from) && commonWords().has(firstLower);
    const unitEnd = NUMBER_WORDS.test(firstLower) || ordinaryOpener ? outerTo : this.unitTail(outerTo);
    if (unitEnd > outerTo && !this.describesNextName(from, to, outerTo, unitEnd)) {
      const span = this.span(outerFrom, unitEnd);
      this.add({
        ...span,
        name: `${text} ${this.span(outerTo, unitEnd).text}`.replace(/[“”"]/g, ""),
        type: "organisation",
        cue: "unit noun",
      });
      return;
    }
    // "Kozloduy nuclear power plant", "Kerch bridge": a name and a lower-case facility noun.
    // Not an ordinary word opening the sentence ("Drone attack sets fuel depot ablaze").
    const facilityEnd =
      ordinaryOpener ||
      (words.length === 1 && this.opensSentence(from) && this.context.lowercaseWords.has(firstLower))
        ? outerTo
        : this.facilityTail(outerTo);
    if (facilityEnd > outerTo) {
      const tail = this.span(outerTo, facilityEnd).text;
      this.add({
        ...this.span(from, facilityEnd),
        name: `${text} ${tail}`,
        type: "place",
        cue: "facility noun",
        placeClass: "other",
      });
      return;
    }
    // "the Californian town of X": a people's adjective before "town of" describes the town named
    // after "of".
    if (
      words.length === 1 &&
      after &&
      PLACE_CLASS_NOUNS.has(after.lower) &&
      afterNext?.lower === "of" &&
      /\p{Ll}(?:an|ese|ish|i)$/u.test(text)
    )
      return;
    // "the Fife town of X": the town is the one named after "of"; the name before is where it lies.
    if (
      after &&
      /^(?:town|city|village|port|suburb)$/.test(after.lower) &&
      afterNext?.lower === "of" &&
      this.tokens[outerTo + 2]?.cap
    ) {
      this.placeMention(from, to, text, `before "${after.lower} of"`, undefined);
      return;
    }
    // "Punjab region", "Volta river": a name and a lower-case place noun. Not "X city centre",
    // "X city council": there the noun begins a part of X, and X is the place.
    const partAfter = /^(?:centre|center|council|hall|limits|authorities|police)$/.test(
      afterNext?.lower ?? "",
    );
    if (after && PLACE_CLASS_NOUNS.has(after.lower) && after.text === after.lower && partAfter) {
      this.placeMention(from, to, text, `before "${after.lower} ${afterNext!.lower}"`, classOf(after.lower));
      return;
    }
    // "the Kalewa area": around the town, the town itself (an area is no unit of its own).
    if (after?.text === "area") {
      this.placeOfAnyKind(from, to, text, 'place noun "area"', "other");
      return;
    }
    // "seize central Mali town", "a Punjab village": a headline's town or village in a country or
    // a region, unnamed; the name is the country's or region's alone.
    if (
      (after?.text === "town" || after?.text === "village") &&
      this.gaz.places(text).some((p) => p.kind === "country" || p.kind === "region") &&
      !this.gaz.places(text).some((p) => p.kind === "city" && (p.population ?? 0) >= VILLAGE_POPULATION)
    ) {
      const country = this.countryWord(from);
      if (country && country.length === words.length && !country.demonym)
        this.addCountry(from, to, country.place, "country before a town");
      else this.placeMention(from, to, text, `before "${after.text}"`, undefined);
      return;
    }
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
    // Not "the state of X's jails", nor "the US state of X" renamed: "X region" tells a region
    // from its capital of the same name, which a state or county name does not need.
    // Nor "the X region of Y" with Y a country: the noun is X's, and Y only contains it.
    const before3 = this.tokens[outerFrom - 3];
    // "the districts of X and Y", "the villages of X, Y and Z": a plural place noun names each
    // place of the list after it.
    const singularNoun = before2?.lower.replace(/ies$/, "y").replace(/s$/, "") ?? "";
    if (
      before?.lower === "of" &&
      before2 &&
      before2.lower !== singularNoun &&
      PLACE_CLASS_NOUNS.has(singularNoun) &&
      before3 !== undefined &&
      /^(?:the|two|three|four|several|neighbouring|nearby|border|coastal|northern|southern|eastern|western)$/.test(
        before3.lower,
      )
    ) {
      this.placeMention(from, to, text, `"${before2.lower} of"`, classOf(singularNoun));
      return;
    }
    const listHead = this.found[this.found.length - 1];
    if (
      listHead &&
      listHead.type === "place" &&
      listHead.sentence === this.sentence.index &&
      /^"\p{Ll}+s of"$/u.test(listHead.cue) &&
      /^(?:,\s*|,?\s+and\s+)$/.test(
        this.sentence.text.slice(
          listHead.end - this.sentence.start,
          this.tokens[from]!.start - this.sentence.start,
        ),
      )
    ) {
      this.placeMention(from, to, text, listHead.cue, listHead.placeClass);
      return;
    }
    if (
      before?.lower === "of" &&
      before2 &&
      PLACE_CLASS_NOUNS.has(before2.lower) &&
      !(before2.lower === "state" && isPossessiveTok(after)) &&
      !(
        before3 &&
        nameLike(before3) &&
        !isTitle(before3) &&
        !this.nationality(before3.text) &&
        !this.countryWord(outerFrom - 3)?.demonym &&
        this.gaz.countryNamed(text) !== undefined
      )
    ) {
      const placeClass = classOf(before2.lower);
      const name =
        placeClass === "region" && !/^(?:state|county)$/.test(before2.lower) ? `${text} region` : text;
      this.placeMention(from, to, name, `"${before2.lower} of"`, placeClass);
      return;
    }
    if (words.length === 1 && GENERIC_REGION_WORDS.has(firstLower)) return;
    // A capital acting or possessing ("Warsaw has claimed", "Paris’s invasion") stands for its state.
    // Not the city itself: a part of it ("west London's"), nor the last of a list of places
    // ("Leeds and London are").
    const cityItself =
      before !== undefined &&
      (GENERIC_REGION_WORDS.has(before.lower) ||
        before.lower === "and" ||
        before.lower === "or" ||
        before.text === ",");
    const capitalOf = words.length === 1 ? this.gaz.countryOfCapital(text) : undefined;
    if (
      capitalOf &&
      (isPossessiveTok(after) ||
        (after &&
          /^\p{Ll}/u.test(after.text) &&
          !(before && LOCATIVE.has(before.lower)) &&
          (VERB_AFTER_SUBJECT.has(after.lower) || SPEECH_VERBS.has(after.lower))))
    ) {
      if (cityItself) {
        this.placeMention(from, to, text, "capital city", "city");
        return;
      }
      this.addCountry(from, to, capitalOf, "capital for its state");
      return;
    }
    const places = this.gaz.places(text);
    const strongPlace = places.find((p) => p.kind === "country" || p.kind === "region");
    // "frontman X" is a person even where a region somewhere has the name; a country's name is not.
    const person =
      words.length === 1 &&
      outerFrom === from &&
      strongPlace?.kind === "region" &&
      this.afterOccupation(from, words[0]!);
    if (strongPlace && !person) {
      this.placeMention(from, to, text, "gazetteer", undefined);
      return;
    }
    // "in English", "Flemish and Danish": a word shaped like a language or a people's adjective is
    // no place for the small town somewhere that shares its name.
    if (
      words.length === 1 &&
      /^\p{Lu}\p{Ll}{2,}ish$/u.test(text) &&
      places.every((p) => p.kind === "city" && !isMajorCapital(p))
    )
      return;
    // "X star Y": the title of a work is none of the four kinds of entity.
    const workCredit =
      after?.text === after?.lower && afterNext?.cap === true && WORK_CREDITS.has(after?.lower ?? "");
    if (workCredit && places.length === 0 && words.length <= 6) return;
    // Before a post, no body: "Charity boss Y", "Film director Y" (an ordinary word capitalised
    // only for opening the sentence; BBC text writes it mostly in lower case elsewhere), and
    // "Home Affairs spokesman Y" (a portfolio).
    // In a sports report a club's short name may be an ordinary word ("City manager X", "Spurs
    // boss Y"), which news writes capitalised mostly.
    const clubWord =
      this.context.sportsReport === true &&
      CLUB_POSTS.has(after?.lower ?? "") &&
      newsCapitalisation(words[0]!.text) >= 2;
    const notABody =
      (words.length === 1 &&
        from === 0 &&
        !clubWord &&
        (commonWords().has(firstLower) ||
          (this.context.hints !== undefined && isMostlyLowerCase(words[0]!.text)))) ||
      lastLower === "affairs";
    // "X Y analyst Z", "X manager Z": a name right before a post in a body and a person's name is
    // that body, though it has a person's shape or a town's name.
    // "Labour MP X", "SNP MSP Y": a party before a member of a parliament, even opening the sentence.
    // Not a word that dates or describes the member ("Ex-Labour MP", "Sacked MP", "Euro MP").
    // "40 Labour MPs", "SNP MSPs": the party of several members, named or not.
    // (The plural may have been cut off the run: it follows the name, not the run.)
    const membersWord = tokens[to]?.text ?? "";
    const partyMembers =
      /^\p{Lu}+s$/u.test(membersWord) &&
      PARLIAMENT_MEMBERS.has(membersWord.slice(0, -1)) &&
      words.length <= 2 &&
      // ("Forty Labour MPs", "Independent MPs": a number or an ordinary word is no party's name.)
      !words.some(
        (w) =>
          w.lower === "and" ||
          NUMBER_WORDS.test(w.lower) ||
          /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{Ll}+)?$/u.test(w.lower) ||
          commonWords().has(w.lower),
      ) &&
      !this.nationality(words[words.length - 1]!.text) &&
      // "Asian MPs", "Scottish MPs": a people's or a region's adjective, no party.
      !/\p{Ll}(?:an|ese|ish)$/u.test(words[words.length - 1]!.text);
    const partyMember =
      ((PARLIAMENT_MEMBERS.has(after?.text ?? "") && afterNext?.cap === true) || partyMembers) &&
      !/^(?:ex|former)-/i.test(words[0]!.text) &&
      !POST_TIME_WORDS.has(firstLower) &&
      !/\p{Ll}ed$/u.test(words[0]!.text) &&
      !MEMBER_QUALIFIERS.has(firstLower);
    // ("X team principal Y", "X deputy spokesman Y": qualifiers before the post word; "chief" is
    // one of the posts itself, "X chief executive Y")
    const posts = places.length === 0 ? BODY_POSTS : CLUB_POSTS;
    let postAt = outerTo;
    while (
      postAt < outerTo + 2 &&
      tokens[postAt + 1]?.text === tokens[postAt + 1]?.lower &&
      tokens[postAt]?.text === tokens[postAt]?.lower &&
      ROLE_QUALIFIERS.has(tokens[postAt]?.lower ?? "") &&
      !posts.has(tokens[postAt]?.lower ?? "")
    )
      postAt++;
    const post = tokens[postAt];
    if (
      words.length <= 3 &&
      ((post?.text === post?.lower &&
        this.postWordsEndBefore(postAt + 1) &&
        !notABody &&
        posts.has(post?.lower ?? "")) ||
        (partyMember && places.length === 0)) &&
      !ROLE_QUALIFIERS.has(firstLower)
    ) {
      // A day or month before the name is a date ("On Tuesday X chairman Y"); a nationality is a
      // country's side ("Dutch coach Y"), not a body of its own.
      const lead = WEEKDAYS.has(firstLower) || MONTHS.has(firstLower) ? 1 : 0;
      const body = this.span(from + lead, to);
      if (lead < words.length && !this.nationality(body.text)) {
        this.add({ ...body, name: body.text, type: "organisation", cue: "holder of a post" });
        return;
      }
    }
    // "X's finance director, Y", "X's chief executive said": a corporate post after the
    // possessive is held in a body, not in a person's household ("Y's lawyer").
    if (
      (isPossessiveTok(after) || isPluralPossessiveTok(after, tokens[to - 1])) &&
      words.length <= 3 &&
      places.length === 0 &&
      this.countryWord(from) === undefined &&
      !this.nationality(text) &&
      // Not a person's ("Boris X's former director of communications").
      !isGivenName(words[0]!.text) &&
      this.corporatePostAt(outerTo + 1)
    ) {
      this.add({
        ...this.span(from, to),
        name: text,
        type: "organisation",
        cue: "possessor of a corporate post",
      });
      return;
    }
    // "chief operating officer of X", "a spokeswoman for X": a name after a post in a body and
    // "of" (or a spokesperson's "for") is that body, where it is no place.
    // ("Analysts at X said": capitalised only for opening the sentence.)
    const postBefore =
      before2 !== undefined &&
      (before2.text === before2.lower || (from === 2 && this.opensSentence(0))) &&
      ((before?.lower === "of" && (BODY_POSTS.has(before2.lower) || OFFICER_NOUNS.has(before2.lower))) ||
        (before?.lower === "for" && /^spokes(?:man|woman|person)$/.test(before2.lower)) ||
        // "an economist at X", "an analyst with X": the body that employs the holder.
        ((before?.lower === "at" || before?.lower === "with") &&
          (BODY_POSTS.has(before2.lower) || POSTS_AT_A_BODY.has(before2.lower))));
    if (postBefore && places.length === 0 && words.length <= 4 && !this.nationality(text)) {
      this.add({
        ...this.span(from, to),
        name: text,
        type: "organisation",
        cue: `"${before2!.lower} ${before!.lower}"`,
      });
      return;
    }
    // "firms such as X, Y and Z", "retailers - including X": names listed after a kind noun.
    const listed = this.listedAfterKind(outerFrom);
    if (
      listed &&
      places.length === 0 &&
      words.length <= 4 &&
      // A country opening the name is listed as a country; inside it, the firm's ("Credit X Bank").
      this.countryWord(from) === undefined &&
      // "operators X Plus and Y": two items the run joined; each is typed alone elsewhere.
      !words.some((w) => w.lower === "and") &&
      !this.nationality(words[0]!.text) &&
      !isPossessiveTok(after)
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: `listed after "${listed}"` });
      return;
    }
    // "X, the electronics firm", "X, Y's third-largest bank": an apposition ending in
    // a kind noun says company too.
    const apposed = this.apposedKind(outerTo);
    // "At X, the company ...": a fronted place phrase, not an apposition.
    const frontedPlace = outerFrom === 1 && before !== undefined && LOCATIVE.has(before.lower);
    if (
      apposed &&
      !frontedPlace &&
      places.length === 0 &&
      words.length <= 4 &&
      !words.some((_, k) => this.countryWord(from + k) !== undefined) &&
      !(
        words.length === 1 &&
        (commonWords().has(firstLower) || WEEKDAYS.has(firstLower) || MONTHS.has(firstLower))
      )
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: `apposed "${apposed}"` });
      return;
    }
    // "Y's disaster agency, X, said": the description before the name says what kind of body.
    // (Not a person's full name: "Her care provider, Jane Smith, said".)
    const describedBefore =
      words.length > 1 && isGivenName(words[0]!.text)
        ? undefined
        : this.kindApposedBefore(outerFrom, outerTo);
    // ("the firm's Irish subsidiary, X Ireland": a country may end a company's name.)
    if (
      describedBefore &&
      (places.length === 0 || this.countryWord(to - 1) !== undefined) &&
      words.length <= 4 &&
      this.countryWord(from) === undefined &&
      !this.nationality(text)
    ) {
      this.add({
        ...this.span(from, to),
        name: text,
        type: "organisation",
        cue: `apposed after "${describedBefore}"`,
      });
      return;
    }
    // "telecoms firm X", "shares in X": the words before say company, whatever the name's shape.
    // "boy band the X": the kind noun may stand before the name's article.
    const kindWord = before?.lower === "the" ? before2 : before;
    const kindBefore =
      kindWord !== undefined &&
      kindWord.text === kindWord.lower &&
      ORGANISATION_KIND_NOUNS.has(kindWord.lower);
    const holdingBefore =
      before2 !== undefined &&
      ((before?.lower === "in" && HOLDING_NOUNS.has(before2.lower)) ||
        (before?.lower === "at" && FIGURES_AT_NOUNS.has(before2.lower)));
    if ((kindBefore || holdingBefore) && places.length === 0 && words.length <= 4) {
      const cue = kindBefore ? `after "${kindWord!.lower}"` : `"${before2!.lower} ${before!.lower}"`;
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue });
      return;
    }
    // "the ruling Georgian Dream party", "the Velmor Unity movement": a party's name, written
    // before the lower-case word, may begin with a people's adjective.
    if (
      after !== undefined &&
      after.text === after.lower &&
      PARTY_NOUNS.has(after.lower) &&
      afterNext?.cap !== true &&
      // "a Eurosceptic party": one of a kind; "a New Year's Eve party": a celebration.
      before?.lower !== "a" &&
      before?.lower !== "an" &&
      !words.some((w) => HOLIDAYS.has(w.lower) || /^(?:eve|year|years|year's|birthday)$/.test(w.lower)) &&
      words.length <= 5 &&
      !words.some((w) => w.lower === "of") &&
      !(words.length === 1 && (this.countryWord(from) !== undefined || this.nationality(text))) &&
      // "the main Eurosceptic party", "an Islamist movement": an adjective of a creed.
      !(words.length === 1 && /\p{Ll}(?:ic|ist|ian|ish|ese)$/u.test(text)) &&
      !(
        words.length === 1 &&
        (commonWords().has(firstLower) || this.context.lowercaseWords.has(firstLower))
      ) &&
      places.length === 0
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: `before "${after.lower}"` });
      return;
    }
    // "the X newspaper", "X magazine", "the X group": a kind noun after the name says the same.
    // Not where "a" or "an" makes the name a modifier ("an X company": one of X's), where a name
    // follows the noun ("Telecoms firm Y": the kind noun of Y), nor for an ordinary word or a
    // country's ("Steel firm", "US-based firm"), nor a longer run with "of" in it.
    const kindAfter =
      after !== undefined &&
      after.text === after.lower &&
      ORGANISATION_KIND_AFTER.has(after.lower) &&
      afterNext?.cap !== true &&
      before?.lower !== "a" &&
      before?.lower !== "an" &&
      // "X firm over Y" (a headline): "firm" is also an adjective; as a noun it takes "the".
      (after.lower !== "firm" || before?.lower === "the");
    if (
      kindAfter &&
      places.length === 0 &&
      words.length <= 4 &&
      !words.some((w, k) => w.lower === "of" || this.countryWord(from + k) !== undefined) &&
      !this.nationality(text) &&
      !this.hyphenatedCompound(text) &&
      !(words.length === 1 && (commonWords().has(firstLower) || this.context.lowercaseWords.has(firstLower)))
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: `before "${after!.lower}"` });
      return;
    }
    // "X saw its profits fall", "X has cut its forecast": a subject that is "it" is no person.
    // Only a subject: after an ordinary word ("give tycoon X access to its books") it is an object.
    const objectBefore = before !== undefined && /^\p{Ll}/u.test(before.text) && !STOPWORDS.has(before.lower);
    if (places.length === 0 && words.length <= 4 && !objectBefore && this.itsFollows(outerTo)) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: 'subject of "its"' });
      return;
    }
    // "X said it would delay a plant", "X said it had cut 500 jobs": a speaker that reports its
    // own business as "it" is a body (a person's "it would be hard" is no such action).
    if (
      places.length === 0 &&
      words.length <= 4 &&
      // (the cheap test first: the article-wide ones below run only where it holds)
      this.reportsOwnAction(outerTo) &&
      !isGivenName(words[0]!.text) &&
      !isTitle(tokens[from - 1]) &&
      !(words.length === 1 && this.context.lastWordsOfNames?.has(text)) &&
      !LOCATIVE.has(tokens[outerFrom - 1]?.lower ?? "") &&
      tokens[outerFrom - 1]?.lower !== "of" &&
      this.context.businessReport?.() === true
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: 'speaker of "it" + action' });
      return;
    }
    const determiner =
      (before !== undefined && DETERMINERS.has(before.lower)) ||
      (from > 0 && DETERMINERS.has(tokens[from - 1]!.lower) && tokens[from - 1]!.cap);
    // A middle initial's period ("J" ".") is part of the shape, not a word of it.
    const initialStop = (k: number) =>
      words[k]!.text === "." && SINGLE_CAPITAL.test(words[k - 1]?.text ?? "");
    const wordCount = words.filter((_, k) => !initialStop(k)).length;
    const personShape =
      wordCount >= 2 &&
      wordCount <= 4 &&
      words.every(
        (w, k) =>
          nameLike(w) ||
          INITIAL.test(w.text) ||
          initialStop(k) ||
          // "Theresa May": a month (or the modal "May") as the surname after a given name.
          (k > 0 && MONTHS.has(w.lower) && isGivenName(words[k - 1]!.text)),
      );
    // A bare name shape says "person", and companies, outlets, parties, titles of works and
    // descriptors ("Actress X") have that shape too. The trained recogniser has seen which is
    // which; its "organisation" and "place" are trusted here, and where it sees no name at all, or
    // a shorter one inside, neither does the pipeline (on held-out text four in five such spans
    // were not names).
    const bareShape = personShape && !determiner;
    // "Dana J. Orrin": a middle initial between two names makes it a person's, whatever the
    // recogniser (which reads "J" "." as two tokens) makes of it.
    const middleInitial = words.some(
      (_, k) =>
        initialStop(k) &&
        k >= 2 &&
        /^\p{Lu}\p{Ll}/u.test(words[k - 2]!.text) &&
        /^\p{Lu}\p{Ll}/u.test(words[k + 1]?.text ?? ""),
    );
    if (bareShape && middleInitial && places.length === 0) {
      this.add({ ...this.span(from, to), name: text, type: "person", cue: "name with an initial" });
      return;
    }
    // "Petra May": a given name and a month is a person's name, which the recogniser, reading the
    // month as a date, does not see whole.
    const monthSurname = words.length === 2 && MONTHS.has(words[1]!.lower) && isGivenName(words[0]!.text);
    if (bareShape && monthSurname && places.length === 0) {
      this.add({ ...this.span(from, to), name: text, type: "person", cue: "given name and surname" });
      return;
    }
    // "chief executive X Y", "spokesman X Y": a post's lower-case title right before a name
    // makes it the holder's, whatever the recogniser reads in a long sentence.
    const titleBefore =
      before !== undefined &&
      before.text === before.lower &&
      outerFrom === from &&
      (PERSON_TITLES.has(before.lower) || before.lower === "executive") &&
      !ADJECTIVE_TITLES.has(before.lower) &&
      // "fund manager X", "estate agent X": a firm's kind, not a person's post.
      !FIRM_KINDS_BEFORE_POST.has(before2?.lower ?? "") &&
      // "deputy PM X Y": the acronym is the title, the name comes after it.
      !isAllCaps(words[0]!.text);
    if (bareShape && titleBefore && places.length === 0 && !country) {
      this.add({ ...this.span(from, to), name: text, type: "person", cue: `title "${before!.lower}"` });
      return;
    }
    // "Merrill Lynch are sole bookrunners": a name opening its sentence with a plural verb is a
    // body (a person "is"); within a sentence the verb's subject is often a list ending in it.
    if (
      bareShape &&
      words.length >= 2 &&
      places.length === 0 &&
      outerFrom === from &&
      this.opensSentence(from) &&
      /^(?:are|were|have)$/.test(after?.lower ?? "") &&
      !commonWords().has(firstLower) &&
      !NUMBER_WORDS.test(firstLower)
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "name with a plural verb" });
      return;
    }
    // "Federal Reserve", "Federal Court": a federation's body, whatever the recogniser makes of it
    // (a reserve is also a park); "Federal District", "Federal Capital Territory" are places.
    if (
      words.length >= 2 &&
      firstLower === "federal" &&
      places.length === 0 &&
      !PLACE_HEADS.has(lastLower) &&
      // ("Federal Hill", "Federal Plaza", "Federal Hall": a place or a building named so)
      !LANDMARK_HEADS.test(lastLower) &&
      !words.some((w) => PLACE_HEADS.has(w.lower) && w.text !== w.lower && w.lower !== "reserve")
    ) {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "federal body" });
      return;
    }
    const hinted = bareShape
      ? this.context.hints?.(this.span(from, to).start, this.span(from, to).end, text)
      : undefined;
    if (hinted === "organisation") {
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "recogniser" });
      return;
    }
    // No place is written as a nationality and a name ("Tunisian X"): that is the person rule's below.
    // Nor, after a country's possessive ("Britain's Harriet X"), as a given name and a surname the
    // gazetteer does not know: the country's player, minister or citizen.
    const givenAndSurname =
      personShape &&
      words.length <= 3 &&
      isGivenName(words[0]!.text) &&
      // ("Britain's Victoria Station": a place's own head word)
      !PLACE_HEADS.has(lastLower) &&
      !FACILITY_NOUNS.has(lastLower) &&
      !LANDMARK_HEADS.test(lastLower) &&
      places.length === 0 &&
      isPossessiveTok(tokens[from - 1]) &&
      this.gaz.countryNamed(tokens[from - 2]?.text ?? "") !== undefined;
    if (hinted === "place" && !country?.demonym && !givenAndSurname) {
      this.placeMention(from, to, text, "recogniser", places.length > 0 ? undefined : "other");
      return;
    }
    // "Yesterday Mirela Dragomir said": a sentence's first word, capitalised only for being first.
    // Not a word news text never writes in lower case ("Min Aung Hlaing": "min" is an English
    // word, but not one of the news).
    const sentenceStart = this.opensSentence(from);
    if (
      bareShape &&
      sentenceStart &&
      words.length >= 3 &&
      !country &&
      commonWords().has(firstLower) &&
      newsCapitalisation(words[0]!.text) !== -1 &&
      !isTitle(words[0]) &&
      !ROLE_QUALIFIERS.has(firstLower)
    ) {
      this.plainName(from + 1, to, from + 1, outerTo);
      return;
    }
    // "Australian Nina Prell", "Kenyan John Mwangi": a nationality written before a full name
    // describes the person; the name is the rest.
    const nationalityLength = country?.demonym ? country.length : this.nationality(words[0]!.text) ? 1 : 0;
    // A nationality noun ("Spaniard X", "Frenchman X") describes a person even before a surname
    // alone; an adjective ("Tunisian X") may begin a body's name, so it needs a full name after it.
    const nationalityNoun =
      nationalityLength === 1 &&
      words.length === 2 &&
      /(?:man|woman|iard|on|e)$/.test(words[0]!.lower) &&
      !commonWords().has(words[0]!.lower) &&
      this.gaz.countryOfDemonym(words[0]!.text) === undefined;
    if (bareShape && nationalityLength > 0 && (words.length - nationalityLength >= 2 || nationalityNoun)) {
      const nameFrom = from + nationalityLength;
      // "Russian Foreign Minister" with no name after it: a post, no one named.
      if (
        words
          .slice(nationalityLength)
          .every((w) => isTitle(w) || ROLE_QUALIFIERS.has(w.lower) || PORTFOLIOS.has(w.lower))
      )
        return;
      const span = this.span(nameFrom, to);
      const rest = this.context.hints?.(span.start, span.end, span.text);
      if (rest === "organisation" || rest === "place") this.plainName(nameFrom, to, nameFrom, outerTo);
      else this.add({ ...span, name: span.text, type: "person", cue: "nationality + name" });
      return;
    }
    // "van Brakel", "al-Masri", "X Jnr": a name with a particle or suffix is a person's whatever
    // the recogniser makes of it; "in Deir al-Balah": a place preposition is evidence enough (both handled below).
    const particle = words.some(
      (w) => NAME_PARTICLES.test(w.text) || /^\p{Ll}+-\p{Lu}/u.test(w.text) || NAME_SUFFIX.test(w.text),
    );
    const placePreposition = before !== undefined && PLACE_PREPOSITIONS.test(before.lower);
    if (
      bareShape &&
      this.context.hints &&
      hinted === undefined &&
      places.length === 0 &&
      !placePreposition &&
      !particle
    ) {
      this.innerName(from, to);
      return;
    }
    // "in Deir al-Balah": a name after a place preposition is a place unless something says person.
    if (personShape && !determiner && before && PLACE_PREPOSITIONS.test(before.lower)) {
      this.placeMention(from, to, text, `after "${before.lower}"`, places.length > 0 ? undefined : "other");
      return;
    }
    if (personShape && !determiner) {
      if (places.length > 0 && words.length >= 2) this.placeMention(from, to, text, "gazetteer city", "city");
      else this.add({ ...this.span(from, to), name: text, type: "person", cue: "name shape" });
      return;
    }
    if (determiner && words.length <= 4 && places.length === 0) {
      // "The Ministry" is not the only thing written with a determiner: "the Great X", titles of
      // films. Where the recogniser is at hand its reading of a longer name decides. A single
      // word after "the" is an institution ("the Pentagon", "the Vatican"; the recogniser, having
      // seen few, calls them places or people), unless it is an ordinary word ("the Secretary").
      const word = words[0]!.lower;
      // A title alone ("the Secretary", "the Chancellor") is a person named elsewhere.
      // So is a nationality ("the Swede", "the Frenchman").
      // "the MPs": the plural of a post in capitals is the post's holders.
      if (
        words.length === 1 &&
        (isTitle(words[0]) || this.nationality(words[0]!.text) || this.titlesPlural(words[0]!))
      )
        return;
      // "the January sales", "a Friday night": a day or month modifying a noun is a date.
      if (words.length === 1 && (MONTHS.has(word) || WEEKDAYS.has(word) || HOLIDAYS.has(word))) return;
      if (words.length === 1) {
        if (this.context.hints && (commonWords().has(word) || this.context.lowercaseWords.has(word))) return;
        // "the X worm", "the X scooter": the determiner is the thing's, and X its name or maker's.
        if (after && THING_NOUNS.has(after.text)) return;
        // "the X-ic champion", "the X-ic vote": an adjective in "-ic" before a common noun.
        if (/ic$/.test(word) && commonWordAfter) return;
        // "the Islamist group X", "the Maoist movement": a creed's adjective describes the body.
        if (
          /ist$/.test(word) &&
          after &&
          after.text === after.lower &&
          /^(?:group|groups|movement|faction|factions|militia|militias|party|organisation|organization|network|rebels|insurgents)$/.test(
            after.lower,
          )
        )
          return;
      } else if (this.recognised(from, to, text) !== undefined) return;
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "determiner + proper name" });
      return;
    }
    // "Elysée spokesman X": a name right before a role word and a person is that person's body.
    if (
      words.length <= 3 &&
      !notABody &&
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
      // "WARSAW, March 3 (UPI) -": the agency in a dateline's brackets.
      if (
        before?.text === "(" &&
        after?.text === ")" &&
        /^[-–—]$/.test(afterNext?.text ?? "") &&
        this.opensSentence(from + 3)
      ) {
        this.add({
          ...this.span(from, to),
          name: text,
          type: "organisation",
          cue: "news agency in a dateline",
        });
        return;
      }
      if (outerFrom === from && this.afterOccupation(from, word)) {
        this.add({ ...this.span(from, to), name: text, type: "person", cue: `title "${before.lower}"` });
        return;
      }
      // "world number six X", "seeded number two X": a ranking names a player.
      if (
        outerFrom === from &&
        before2?.lower === "number" &&
        (NUMBER_WORDS.test(before?.lower ?? "") || DIGITS.test(before?.text ?? "")) &&
        places.length === 0
      ) {
        this.add({ ...this.span(from, to), name: text, type: "person", cue: "ranking" });
        return;
      }
      // A word news text almost always writes in lower case ("Exports fell") is capitalised here
      // only for opening the sentence or a quotation ("“Everybody says…”").
      if (
        this.opensSentence(from) &&
        (this.context.lowercaseWords.has(word.lower) ||
          commonWords().has(word.lower) ||
          newsCapitalisation(word.text) === 0 ||
          // "Tens of thousands rallied", "Hundreds fled": a number opening the sentence.
          (NUMBER_WORDS.test(word.lower) && after?.lower === "of"))
      )
        return;
      // "Drone strikes hit X" where the article writes "drones": the plural (or singular) of a
      // word written in lower case, opening the sentence before a noun, is that word. Not before a
      // verb: "Hunt said" stays a name in an article about hunts.
      if (
        this.opensSentence(from) &&
        [`${word.lower}s`, `${word.lower}es`, word.lower.replace(/s$/, "")].some(
          (form) => form !== word.lower && this.context.lowercaseWords.has(form),
        ) &&
        after !== undefined &&
        /^\p{Ll}+$/u.test(after.text) &&
        !STOPWORDS.has(after.lower) &&
        !SPEECH_VERBS.has(after.lower) &&
        !VERB_AFTER_SUBJECT.has(after.lower) &&
        !/(?:ed|ing)$/.test(after.lower)
      )
        return;
      // "Stung by the defeat, …", "Spurred by a late goal, …": a participle opening a sentence
      // before its agent; a name there would be a place's or a person's known name.
      if (
        this.opensSentence(from) &&
        after?.lower === "by" &&
        afterNext !== undefined &&
        afterNext.text === afterNext.lower &&
        this.gaz.places(text).length === 0 &&
        !isGivenName(word.text)
      )
        return;
      // "Organisers say", "Banks are": a plural (by its ordinary singular or its verb) opening a
      // sentence is a name only as the surname of someone named in full ("Fields" of "Marcus Fields").
      const singulars = [word.lower.replace(/s$/, ""), word.lower.replace(/es$/, "")];
      if (
        from === 0 &&
        PLURAL_END.test(word.text) &&
        (PLURAL_VERBS.has(after?.lower ?? "") ||
          singulars.some((w) => this.context.lowercaseWords.has(w) || commonWords().has(w)))
      ) {
        this.add({ ...this.span(from, to), name: text, type: "person", cue: "unknown single name" });
        return;
      }
      if (MONTHS.has(word.lower) || WEEKDAYS.has(word.lower) || HOLIDAYS.has(word.lower)) return;
      // "MPs", "CEOs", "NGOs": a plural of an acronym is a group of things, not one entity.
      if (/^\p{Lu}{2,}s$/u.test(word.text)) return;
      // Many surnames are also the name of some small town: a city alone needs a place cue (a
      // preposition, a following comma and larger place) or to lie in a country the article names.
      const placeCue =
        (before !== undefined &&
          (LOCATIVE.has(before.lower) ||
            ATTACK_VERBS.has(before.lower) ||
            CAPTURE_VERBS.has(before.lower) ||
            VISIT_VERBS.has(before.lower) ||
            // "thousands fled X": one flees a place
            /^(?:fled|flee|flees|fleeing)$/.test(before.lower))) ||
        // "a strike on X", "the assault against X": an attack's target.
        (before !== undefined &&
          /^(?:on|against)$/.test(before.lower) &&
          ATTACK_CLASS_NOUNS.has(before2?.lower ?? "") &&
          // "an attack on Blair" after "Tony Blair": the person attacked in words.
          !this.context.lastWordsOfNames?.has(text)) ||
        (after?.text === "," && afterNext?.cap === true);
      const inNamedCountry = places.some((p) => this.context.countries.has(p.countryCode));
      // "X said", and "…, said X." (the inverted order): a town's name there is a speaker's.
      // Not "Witnesses in X said": after a place's preposition, the speaker is the subject before it.
      const speaker =
        (after !== undefined && SPEECH_VERBS.has(after.lower) && !(before && LOCATIVE.has(before.lower))) ||
        (before !== undefined && SPEECH_VERBS.has(before.lower) && /^[.,;:]?$/.test(after?.text ?? ""));
      // In a sports report "from X", "at X" stand before clubs: a village somewhere the report
      // does not name is no reading of them ("from X" of a club named like a village abroad).
      const villageAbroad =
        this.context.sportsReport === true &&
        places.length > 0 &&
        !inNamedCountry &&
        places.every((p) => p.kind === "city" && (p.population ?? 0) < VILLAGE_POPULATION);
      // Lying in a country the article names types a word with no place cue only as a town of
      // some size (or of a size the data does not know): many a surname or company is a village
      // in the US ("Murray", "Law", "Century", "Atlantic").
      const townInNamedCountry = places.some(
        (p) =>
          this.context.countries.has(p.countryCode) &&
          (p.kind !== "city" || !p.population || p.population >= VILLAGE_POPULATION),
      );
      // A city of a million or more is what its name means, cue or none ("shelled the outskirts of
      // Aleppo" in a report that never names Syria).
      // (Not in a sports report, where "Barcelona" and "Milan" are clubs.)
      const millionCity =
        !this.context.sportsReport &&
        places.some((p) => p.kind === "city" && (p.population ?? 0) >= MILLION_CITY);
      if (
        places.length > 0 &&
        (placeCue || townInNamedCountry || millionCity) &&
        !speaker &&
        !villageAbroad
      ) {
        // Lying in a country the article names is weak evidence for a word with no place cue
        // around it (many a surname in a US article is some small US town too): the
        // recogniser's person or organisation wins there, and resolution may outvote it.
        // A preposition alone is a weak cue for a town in no country the article names: "at X",
        // "shares in X" stand before companies too, and many a company shares a town's name.
        const weakCue =
          (!placeCue && !millionCity) ||
          (!inNamedCountry &&
            after?.text !== "," &&
            places.every((p) => p.kind === "city" && !isMajorCapital(p)));
        if (weakCue && this.context.hints) {
          const span = this.span(from, to);
          const hinted = this.context.hints(span.start, span.end, text);
          if (hinted === "organisation" || hinted === "person") {
            this.add({ ...span, name: text, type: hinted, cue: "recogniser" });
            return;
          }
        }
        this.placeMention(
          from,
          to,
          text,
          placeCue ? "gazetteer city" : "gazetteer city in a named country",
          "city",
        );
        return;
      }
      // "X film star", "X studio", "X producers": a large town's name before a noun describes
      // something of the town, unless the recogniser sees a company ("X shares") or the article
      // writes the word as someone's surname; in a sports report it is the town's club ("X boss").
      if (
        !this.context.sportsReport &&
        modifiesNounAfter(after) &&
        places.some((p) => p.kind === "city" && (p.population ?? 0) >= LARGE_TOWN_POPULATION) &&
        !this.context.lastWordsOfNames?.has(text) &&
        !this.context.lowercaseWords.has(word.lower)
      ) {
        const span = this.span(from, to);
        if (this.context.hints?.(span.start, span.end, text) !== "organisation") {
          this.placeMention(from, to, text, "large town before a noun", "city");
          return;
        }
      }
      // "Symbian phones", "Velmor handsets": an unknown name before a product's plural noun, with
      // no determiner of its own, is the maker or the platform.
      if (
        PRODUCT_PLURALS.has(after?.lower ?? "") &&
        after?.text === after?.lower &&
        !this.opensSentence(from) &&
        !(before && (DETERMINERS_BEFORE_NAME.has(before.lower) || isPossessiveTok(before))) &&
        // "the new Tablet computers": a determiner before an adjective too.
        !(before2 && before?.text === before?.lower && DETERMINERS_BEFORE_NAME.has(before2.lower)) &&
        !this.context.lowercaseWords.has(word.lower)
      ) {
        this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "maker before a product" });
        return;
      }
      // "recaptured Kupiansk", "seized X": what forces take back or seize is a place (not in a
      // sports report, where clubs "seize" titles).
      if (
        before !== undefined &&
        /^(?:captured|recaptured|retook|retaken|seized|liberated|recapture|retake|seize|liberate|fled|fleeing)$/.test(
          before.lower,
        ) &&
        !this.context.sportsReport &&
        !this.context.lowercaseWords.has(word.lower) &&
        after?.text !== "'s" &&
        after?.text !== "’s"
      ) {
        this.placeMention(from, to, text, `after "${before.lower}"`, "other");
        return;
      }
      // An unknown single name is a person or a place by its neighbours alone, and companies,
      // clubs and outlets ("X said", "shares in X", "at X") stand in the same places.
      let hinted: string | undefined;
      if (!this.context.lowercaseWords.has(word.lower) && this.context.hints) {
        const span = this.span(from, to);
        hinted = this.context.hints(span.start, span.end, text);
        // Not its place calls: with no place cue around, a lone unknown word it calls a place was
        // as often a platform or a product ("wrote on Mastodon"). Nor its person after a
        // preposition only places follow ("positions near X", "a village outside Y").
        const onlyPlacesAfter =
          before !== undefined && ONLY_PLACES_AFTER.has(before.lower) && !isPossessiveTok(after);
        if (hinted === "organisation" || (hinted === "person" && !onlyPlacesAfter)) {
          this.add({ ...span, name: text, type: hinted, cue: "recogniser" });
          return;
        }
      }
      if (
        after &&
        SPEECH_VERBS.has(after.lower) &&
        !this.context.lowercaseWords.has(word.lower) &&
        !(before && LOCATIVE.has(before.lower))
      ) {
        this.add({ ...this.span(from, to), name: text, type: "person", cue: "subject of a speech verb" });
        return;
      }
      if (
        before &&
        LOCATIVE.has(before.lower) &&
        !this.context.lowercaseWords.has(word.lower) &&
        !this.hyphenatedCompound(text)
      ) {
        // "flaws in X programs", "a dip at X shares": the preposition's object is the noun after
        // the name, which only describes it; where that is all there is (the recogniser, reading
        // the verb in "in X shows", may still see a place), the word is not typed.
        if (modifiesNounAfter(after) && hinted !== "place") return;
        if (villageAbroad) {
          // "a cross from X": a player's surname (named in full elsewhere) or given name, else a club.
          const person = isGivenName(text) || this.context.lastWordsOfNames?.has(text) === true;
          this.add({
            ...this.span(from, to),
            name: text,
            type: person ? "person" : "organisation",
            cue: person ? "player in a sports report" : "club in a sports report (village abroad)",
          });
          return;
        }
        this.placeMention(from, to, text, `after "${before.lower}"`, "other");
        return;
      }
      if (!this.context.lowercaseWords.has(word.lower) && !this.hyphenatedCompound(text)) {
        // "Arianespace", "Medtech", "Netsoft": a word fused with a trade's ending names a firm.
        // (not a word news writes in lower case: "cyberspace")
        const firm =
          TRADE_ENDING.test(text) &&
          !isGivenName(text) &&
          !isMostlyLowerCase(text) &&
          !commonWords().has(word.lower);
        this.add({
          ...this.span(from, to),
          name: text,
          type: firm ? "organisation" : "person",
          cue: firm ? "trade's ending" : "unknown single name",
        });
      }
      return;
    }
    if (words.length > 4 && places.length === 0) {
      if (this.recognised(from, to, text) !== undefined) return;
      this.add({ ...this.span(from, to), name: text, type: "organisation", cue: "long proper name" });
    }
  }

  /**
   * The cue that makes tokens from..to a club named after its town, or undefined: a club's last
   * word after a place ("X United"), anywhere; in a sports report, a town's name ("X", "X City":
   * not a country, nor a word the article uses as a surname) with a club's context around it.
   */
  /**
   * "Hayat Tahrir al-Sham (HTS)": a name right before a bracketed acronym that spells its initials
   * is a body's, whatever its shape made it (a person's, a village's).
   */
  private bodyBeforeItsAcronym(at: number, acronym: string): void {
    if (this.tokens[at - 1]?.text !== "(" || this.tokens[at + 1]?.text !== ")") return;
    const previous = this.found[this.found.length - 1];
    if (!previous || previous.type === "organisation" || previous.type === "event") return;
    if (previous.end !== this.tokens[at - 2]?.end || previous.placeClass === "country") return;
    if (initials(previous.name).toUpperCase() !== acronym.toUpperCase() || acronym.length < 3) return;
    retypeAsOrganisation(previous, "name of a bracketed acronym");
  }

  /** Whether the words from token `at` make what precedes them speak: "said", "has confirmed", "spokesman". */
  private speaksAt(at: number): boolean {
    const word = this.tokens[at];
    if (!word) return false;
    if (SPEECH_VERBS.has(word.lower) || OFFICE_VOICES.has(word.lower)) return true;
    const next = this.tokens[at + 1];
    return /^(?:has|have|had)$/.test(word.lower) && next !== undefined && SPEECH_VERBS.has(next.lower);
  }

  /**
   * "Theresa May", "Brian May": a month right after a given name, and before no number or
   * further name, is a surname ("Theresa May 5" is a date, "Joy June Smith" no surname).
   */
  private surnameAfterGivenName(j: number): boolean {
    const previous = this.tokens[j - 1];
    const next = this.tokens[j + 1];
    return (
      previous?.cap === true &&
      isGivenName(previous.text) &&
      !(next !== undefined && (/^\d/.test(next.text) || next.cap))
    );
  }

  /**
   * "R&B singer Usher", "rapper Eminem": a one-word name right after a person's occupation is that
   * person's, whatever place the gazetteer also knows by it.
   */
  private afterOccupation(from: number, word: Tok): boolean {
    const before = this.tokens[from - 1];
    return (
      before !== undefined &&
      before.text === before.lower &&
      (OCCUPATIONS.has(before.lower) || KINSHIP_NOUNS.has(before.lower)) &&
      !this.context.lowercaseWords.has(word.lower) &&
      !MONTHS.has(word.lower) &&
      !WEEKDAYS.has(word.lower)
    );
  }

  private clubName(from: number, to: number): string | undefined {
    const words = this.tokens.slice(from, to);
    const last = words[words.length - 1]!;
    // Only towns (sports-clubs.ts, isTownName); nor a month ("4-6 March"), a compass word or a
    // nationality ("the first Arab side").
    const town = (name: string) => {
      const lower = name.toLowerCase();
      return (
        isTownName(this.gaz.places(name), (code) => this.gaz.country(code)) &&
        !MONTHS.has(lower) &&
        !WEEKDAYS.has(lower) &&
        !GENERIC_REGION_WORDS.has(lower) &&
        !this.nationality(name)
      );
    };
    const placePart = words.length > 1 ? this.span(from, to - 1).text : "";
    if (hasClubSuffix(words) && words.length <= 3 && town(placePart)) return "club name";
    if (!this.context.sportsReport || words.length > 3) return undefined;
    const text = this.span(from, to).text;
    // "X City" that the gazetteer does not know as a place (a capital's "Y City" it does) is a club there.
    if (CLUB_PLACE_SUFFIXES.has(last.lower) && town(placePart) && this.gaz.places(text).length === 0)
      return "club in a sports report (name)";
    const townName =
      words.length === 1 ? town(text) && !this.context.lastWordsOfNames?.has(text) : hasClubSuffix(words);
    if (!townName) {
      // Any other short name with fans or a squad, but not a country or region (a national side),
      // a nationality, or a name opening with an ordinary word other than a compass word ("Music
      // fans"; a lone word opening the sentence may be one: "Diehard fans").
      const squad = squadCue(this.tokens, to);
      const first = words[0]!;
      const ordinary =
        ((commonWords().has(first.lower) || this.context.lowercaseWords.has(first.lower)) &&
          !(words.length > 1 && DIRECTION_WORDS.has(first.lower))) ||
        (words.length === 1 && this.opensSentence(from));
      return squad &&
        !ordinary &&
        !this.nationality(first.text) &&
        this.countryWord(from) === undefined &&
        this.gaz.places(text).length === 0
        ? `club in a sports report (${squad})`
        : undefined;
    }
    const cue = clubCue(this.tokens, from, to);
    return cue ? `club in a sports report (${cue})` : undefined;
  }
}

/**
 * How BBC text writes a word away from a sentence's start (the word clusters' statistics, which
 * come with the models): 0 almost always in lower case, 1 mostly, 2 mostly capitalised, 3 almost
 * always, -1 unknown.
 */
function newsCapitalisation(word: string): number {
  return loadClusters().capitalisation(wordKey(word));
}

/** Written mostly in lower case in news (a word the statistics do not know is not). */
function isMostlyLowerCase(word: string): boolean {
  const usage = newsCapitalisation(word);
  return usage >= 0 && usage <= 1;
}

/** A compass adjective in lower case: "western", "north-eastern", "central". */
const COMPASS_ADJECTIVE = /^(?:(?:far-)?(?:(?:north|south)-?)?(?:north|south|east|west)ern|central)$/;

/** Prepositions after which a bare name is a place ("near X", "outside Y"), never a person. */
const ONLY_PLACES_AFTER = new Set([
  "near",
  "outside",
  "inside",
  "across",
  "around",
  "throughout",
  "toward",
  "towards",
]);

/** Prepositions that a body's name may hold in capitals ("League Against Cruel Sports"). */
const NAME_PREPOSITIONS = new Set(["against", "without", "beyond", "across", "within", "among", "under"]);

/** Heads of an address that an office is named by ("Downing Street", "the Elysee Palace"). */
const OFFICE_ADDRESS_HEADS = new Set(["street", "palace"]);
/** Who speaks for an office: "X spokesman", "X sources". */
const OFFICE_VOICES = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "sources",
  "official",
  "officials",
]);

/** Nouns after a prize's name. */
const PRIZE_NOUNS = new Set(["award", "awards", "prize", "prizes", "trophy", "medal", "medals"]);

/** Towns smaller than this are villages: known to few beyond their country. */
const VILLAGE_POPULATION = 10_000;

/** A city this large is a place even with no cue around it. */
const MILLION_CITY = 1_000_000;

/** A town this large is what its name means more often than a person or a company of the name. */
const LARGE_TOWN_POPULATION = 100_000;

/** A lower-case noun after a name that makes the name its modifier ("X programs"), not a place's word. */
function modifiesNounAfter(after: Tok | undefined): boolean {
  return (
    after !== undefined &&
    /^\p{Ll}{3,}$/u.test(after.text) &&
    !STOPWORDS.has(after.lower) &&
    !SPEECH_VERBS.has(after.lower) &&
    !PLACE_HEADS.has(after.lower) &&
    !PLACE_CLASS_NOUNS.has(after.lower) &&
    !/(?:ed|ing|ly|day|night)$/.test(after.lower)
  );
}

/** Words after which a month names a time ("in May", "since June"), not a person ("May Ling"). */
const BEFORE_A_MONTH = new Set([
  "in",
  "since",
  "until",
  "till",
  "by",
  "from",
  "during",
  "last",
  "next",
  "this",
  "early",
  "late",
  "mid",
  "of",
]);

/** Words before "MP" that say which parliament or what kind of member, not which party. */
const MEMBER_QUALIFIERS = new Set([
  "euro",
  "european",
  "rebel",
  "backbench",
  "veteran",
  "senior",
  "junior",
  "local",
]);

/** Words that date a post ("former minister", "outgoing chairman"); never a name's first word. */
const POST_TIME_WORDS = new Set(["former", "outgoing", "incoming", "retiring", "departing", "then", "ex"]);

/** Where a company's regional arm is named after: "X Europe", "X UK". */
const CONTINENTS = new Set(["Europe", "Asia", "Africa", "America", "Americas"]);
const REGIONAL_ARMS = new Set([...CONTINENTS, "UK", "US", "USA"]);
/** First words of world regions named after a continent ("Latin America", "Southeast Asia"). */
const REGION_FIRST_WORDS =
  /^(?:latin|anglo|sub-saharan|(?:south|north)(?:east|west)(?:ern)?|central|eastern|western)$/;
const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|tens|eleven|twelve|dozens?|scores|hundreds?|thousands?|millions?|billions?)$/;

/** Nouns that make a firm's kind of the post word after them ("fund manager", "estate agent"). */
const FIRM_KINDS_BEFORE_POST = new Set([
  "fund",
  "asset",
  "investment",
  "hedge",
  "estate",
  "travel",
  "talent",
  "property",
]);

/** Words naming a kind of sports meeting before "Games" ("Winter Games", "Commonwealth Games"). */
const GAMES_QUALIFIERS = new Set(
  `olympic olympics paralympic paralympics commonwealth indoor outdoor winter summer youth world
special highland island masters goodwill university student pan gay military`.split(/\s+/),
);

/** "X-run", "X-backed": a name before one of these controls what follows. */
const CONTROLLED_BY =
  /^(\p{Lu}[\p{L}]+)-(?:run|led|backed|controlled|held|funded|owned|affiliated|linked|aligned|allied|sponsored|supported|dominated)$/u;

/** Members of an armed group, after its name ("X fighters"). */
const ARMED_MEMBERS = new Set(
  `fighters militants rebels insurgents gunmen jihadists militiamen guerrillas guerillas paramilitaries
commanders loyalists`.split(/\s+/),
);

/** Kin named before a person's name ("his daughter X", "wife X"). */
const KINSHIP_NOUNS = new Set(
  `son daughter wife husband mother father brother sister widow widower grandson granddaughter
nephew niece uncle aunt cousin stepson stepdaughter fiancee fiance girlfriend boyfriend`.split(/\s+/),
);

/** Occupations named before a person's name ("singer X", "novelist X"), besides posts and titles. */
const OCCUPATIONS = new Set(
  `singer actor actress rapper artist comedian musician guitarist drummer bassist songwriter writer
author novelist poet playwright model boxer golfer player skater sprinter athlete jockey composer
conductor pianist violinist designer photographer chef dancer star presenter broadcaster dj frontman
frontwoman vocalist keyboardist saxophonist cellist soprano tenor filmmaker screenwriter sculptor painter
cyclist swimmer striker midfielder goalkeeper winger batsman bowler`.split(/\s+/),
);

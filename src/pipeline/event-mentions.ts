/**
 * Events: event nouns ("incursion", "state of emergency", "strike") with their modifiers, actor
 * (a demonym, possessor or by-phrase), the place they happen in, their date, and only when the
 * text speaks of a specific happening. Also the sentence finder's entry point, `run()`, which finds
 * names first so events can point at them.
 */
import { EVENT_NOUNS, MONTHS, NOT_YET_HAPPENED, STORY_EVENT_NOUNS, WEEKDAYS } from "../nlp/cues";
import { type DateMention, findDates } from "../nlp/dates";
import { STOPWORDS } from "../nlp/stopwords";
import {
  DETERMINERS,
  EVENT_TAILS,
  isPossessiveTok,
  POSSESSIVE_PRONOUNS,
  QUOTE_OPEN,
  type Tok,
} from "./mention-words";
import { NameMentions } from "./name-mentions";

export class SentenceMentions extends NameMentions {
  run(): void {
    const tokens = this.tokens;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      const forces =
        this.armedForces(i) ||
        this.countryOrganisation(i) ||
        this.countryTerritory(i) ||
        this.localOrganisation(i);
      if (forces > 0) {
        i += forces;
        continue;
      }
      if (this.referringForces(i) > 0) {
        i++;
        continue;
      }
      // "The Ukrainian army said": the determiner opening the sentence is not the start of a name.
      // ("The Armenian Army", in capitals, is the service's own name.)
      if (t.cap && DETERMINERS.has(t.lower) && this.lowerCaseForceAhead(i + 1)) {
        const after = this.armedForces(i + 1);
        if (after > 0) {
          i += 1 + after;
          continue;
        }
      }
      if (t.cap || (QUOTE_OPEN.test(t.text) && tokens[i + 1]?.cap)) {
        i = this.capitalisedRun(i);
        continue;
      }
      i++;
    }
    this.events();
  }

  /** Whether a lower-case force noun follows within a few words ("Ukrainian army", "air force"). */
  private lowerCaseForceAhead(from: number): boolean {
    return this.tokens.slice(from, from + 5).some((t) => FORCE_NOUN.test(t.text));
  }

  /** Whether the withdrawal at start..end is of forces: troops named beside it, or a place left. */
  private armyWithdrawal(start: number, end: number, entityEnd: number): boolean {
    const tokens = this.tokens;
    const around = tokens.slice(Math.max(0, start - 2), end + 4).map((t) => t.lower);
    if (around.some((w) => WITHDRAWING_FORCES.has(w))) return true;
    if (tokens[end]?.lower !== "from") return false;
    const from = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
    return this.found.some(
      (f, idx) => idx < entityEnd && f.type === "place" && f.start === tokens[from]?.start,
    );
  }

  /** Event nouns with their modifiers, actor (demonym, possessor, by-phrase) and anchoring place. */
  protected events(): void {
    const tokens = this.tokens;
    const entityEnd = this.found.length;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      let eventClass =
        EVENT_NOUNS.get(t.lower) ??
        (this.context.storyEvents?.has(t.lower) ? STORY_EVENT_NOUNS.get(t.lower) : undefined);
      if (!eventClass) continue;
      // In a sports report a strike, an attack, a battle or the summit of the table are the game's.
      if (this.context.sportsReport && SPORTS_METAPHORS.has(eventClass)) continue;
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
      let destination: number | undefined;
      let placeBefore: number | undefined;
      let namedBefore = false;
      while (m >= 0 && start - m <= 3) {
        const w = tokens[m]!;
        const country = w.cap ? this.countryWord(m) : undefined;
        if (country?.demonym) {
          actor = this.addCountry(m, m + 1, country.place, "demonym", true);
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
        // "a London visit", "a four-nation EU visit": where the visit goes, not who makes it.
        if (named >= 0 && eventClass === "visit") {
          namedBefore = true;
          if (this.found[named]!.type === "place" && destination === undefined)
            destination = this.offset + named;
          start = m;
          m--;
          continue;
        }
        // "the Mosul operation", "the Kherson offensive": a town or a region before the noun is
        // where it happens; a country or a body ("the US airstrikes") is who acts.
        const found = named >= 0 ? this.found[named]! : undefined;
        if (found && found.type === "place" && found.placeClass !== "country" && !found.referring) {
          if (placeBefore === undefined) placeBefore = this.offset + named;
          start = m;
          m--;
          continue;
        }
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
      // "users outside the US visit the sites": a noun-looking word before an object is its verb.
      const next = tokens[end]?.lower ?? "";
      if (DETERMINERS.has(next) || POSSESSIVE_PRONOUNS.has(next)) continue;
      // "an explosion in innovation", "a flood of complaints": a surge, no disaster.
      if (
        eventClass === "disaster" &&
        /^(?:in|of)$/.test(tokens[end]?.lower ?? "") &&
        /^\p{Ll}/u.test(tokens[end + 1]?.text ?? "") &&
        !DETERMINERS.has(tokens[end + 1]!.lower)
      )
        continue;
      // "continue to strike ISIL targets": after "to", a word before a name is a verb.
      if (determinerBefore?.lower === "to" && start === k && tokens[end]?.cap) continue;
      // "Southampton visit Northampton": a name, the word and a name, with nothing before to make
      // it a noun phrase, is a subject, its verb and its object.
      const bare =
        determinerBefore === undefined ||
        !(
          DETERMINERS.has(determinerBefore.lower) ||
          POSSESSIVE_PRONOUNS.has(determinerBefore.lower) ||
          isPossessiveTok(determinerBefore) ||
          /^\p{Ll}/u.test(determinerBefore.text)
        );
      const nextToken = tokens[end];
      if (
        bare &&
        start < k &&
        nextToken?.cap &&
        !WEEKDAYS.has(nextToken.lower) &&
        !MONTHS.has(nextToken.lower) &&
        nextToken.start > t.end
      )
        continue;
      // "a war criminal", "election coordinator X": the event word describes a person or thing.
      if (DESCRIBED_BY_EVENT.has(next)) continue;
      // A withdrawal is an army's ("the withdrawal of troops", "its withdrawal from X" where X is
      // a place); "its withdrawal from the contract", "withdrawal from the race" are not events.
      if (eventClass === "withdrawal" && !this.armyWithdrawal(start, end, entityEnd)) continue;
      // "would respond to any Israeli attack", "a possible strike": an event not (yet) happened.
      if (NOT_YET_HAPPENED.has(tokens[start - 1]?.lower ?? "")) continue;
      // "preparing for strikes against X", "poised for an attack": one made ready, not made.
      const readying = (k: number) =>
        /^(?:preparing|prepare|prepares|prepared|poised|ready|readying|planning)$/.test(
          tokens[k]?.lower ?? "",
        ) && tokens[k + 1]?.lower === "for";
      if (readying(start - 2) || readying(start - 3)) continue;
      // "the war of words between X and Y", "a battle of wills": a quarrel, not a war.
      if (tokens[end]?.lower === "of" && /^(?:words|wits|wills|nerves)$/.test(tokens[end + 1]?.lower ?? ""))
        continue;
      // "similar to those in operation in X": the idiom, not a military operation.
      if (t.lower === "operation" && start === k && tokens[k - 1]?.lower === "in") continue;
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
      // A story's trial, deal or ceremony is not a place's doing: "Japan's largest takeover deal",
      // "the LA ceremony" say where it happens.
      if (
        actor !== undefined &&
        !EVENT_NOUNS.has(t.lower) &&
        this.found[actor - this.offset]?.type === "place"
      ) {
        placeBefore ??= actor;
        actor = undefined;
      }
      const anchor =
        this.anchorAfter(end, entityEnd) ?? destination ?? placeBefore ?? this.declarer(start, entityEnd);
      const phrase = this.span(start, end).text;
      const date = this.dateNear(tokens[start]!.start, tokens[end - 1]!.end);
      // Only a specific happening is an event: "the incursion", "its offensive", "a strike in X",
      // "declared a state of emergency" — not "a temporary truce" someone is not interested in.
      const lead = tokens[start - 1]?.lower ?? "";
      const realised =
        tokens.slice(Math.max(0, start - 3), start).some((w) => REALISING_VERBS.has(w.lower)) ||
        // "agreed on Saturday to a 30-day ceasefire", "signed a truce": a pact made.
        (PACT_CLASSES.has(eventClass) &&
          tokens.slice(Math.max(0, start - 6), start).some((w) => PACT_VERBS.has(w.lower)));
      const specific =
        /^(?:the|its|his|her|their|our|this|that)$/.test(lead) ||
        isPossessiveTok(tokens[start - 1]) ||
        actor !== undefined ||
        namedBefore ||
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
  protected dateNear(start: number, end: number): string | undefined {
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
  protected declarer(eventStart: number, entityEnd: number): number | undefined {
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

  /** The place an event happens in: "into Kherson", "in the city of Stryi", "on the Dnipro River". */
  protected anchorAfter(end: number, entityEnd: number): number | undefined {
    const tokens = this.tokens;
    const limit = Math.min(tokens.length, end + 14);
    for (let k = end; k < limit; k++) {
      const t = tokens[k]!;
      // The event's phrase ends at punctuation or where a new clause starts ("and identified…"),
      // at a verb ("the attack was a response to a strike on X"), or at another event it names.
      if (/^[.;!?,–—]$/.test(t.text) || CLAUSE_OPENERS.has(t.lower)) return undefined;
      // ("a referendum would be held in X", "the summit took place in X" stay the event's place)
      if (
        /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might)$/.test(t.lower) &&
        !tokens
          .slice(k + 1, k + 4)
          .some((w) => /^(?:held|staged|hosted|place|happened|occurred|scheduled|planned|due)$/.test(w.lower))
      )
        return undefined;
      if (k > end && EVENT_NOUNS.has(t.lower)) return undefined;
      if (!["in", "into", "on", "at", "near", "across", "against", "over", "inside", "to"].includes(t.lower))
        continue;
      for (let idx = 0; idx < entityEnd; idx++) {
        const f = this.found[idx]!;
        if (f.type !== "place" || f.referring || f.start < t.end) continue;
        // "near Europe's largest nuclear facility": Europe qualifies the facility, it is not the place.
        if (/^['’]s\b/u.test(this.sentence.text.slice(f.end - this.sentence.start))) continue;
        const gap = this.sentence.text.slice(t.end - this.sentence.start, f.start - this.sentence.start);
        if (
          /^\s*(?:the\s+)?(?:(?:[\p{Ll}-]+(?:ern|ing|ed|al)|border|frontline|front-line|city|town|village|region|province|district|river|port)\s+){0,3}(?:of\s+)?$/u.test(
            gap,
          ) ||
          /^\s*(?:the\s+)?(?:\p{Lu}\p{L}+['’]s\s+)?$/u.test(gap)
        ) {
          return this.offset + idx;
        }
      }
    }
    return undefined;
  }
}

/** A force's noun written in lower case ("Ukrainian army", "air force"). */
const FORCE_NOUN = /^(?:forces|force|troops|military|army)$/;

/**
 * Words that open another clause after an event's phrase, whose places are not the event's: "before
 * the election that he cannot deliver if put into X". A relative clause ("the attack that began in
 * X") still places the event.
 */
const CLAUSE_OPENERS = new Set(
  "and but while whereas who as if unless because although though whether so he she they we i you".split(" "),
);

/** Verbs that make an indefinite event real: "declared a state of emergency", "launched an offensive". */
/** Events made by agreeing to them, and the verbs that make them. */
const PACT_CLASSES = new Set(["ceasefire", "talks"]);
const PACT_VERBS = new Set(["agreed", "agree", "agrees", "signed", "signs", "sign", "brokered", "accepted"]);
const REALISING_VERBS = new Set(
  `declared declares declare announced announces imposed imposes introduced ordered orders launched
filed files opened opens
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

/**
 * Nouns an event word modifies when it stands right before them: the phrase names a person or a
 * thing ("war criminal", "election coordinator", "war memorial"), not the event.
 */
/** Words that make a withdrawal an army's. */
const WITHDRAWING_FORCES = new Set(
  `troop troops forces force soldiers army armies military units brigade brigades fighters militants
occupation`.split(/\s+/),
);

/** Event classes whose nouns a sports report uses for play ("a right-footed strike", "the summit"). */
const SPORTS_METAPHORS = new Set(["operation", "attack", "strike", "battle", "invasion", "war", "summit"]);

const DESCRIBED_BY_EVENT = new Set(
  `criminal criminals crimes crime memorial memorials veteran veterans widow widows hero heroes
correspondent correspondents reporter reporters coordinator co-ordinator chief chiefs slogan
slogans gift gifts chest zone zones cemetery graves footage poster posters film films movie
movies novel game games room broadcast broadcasts photographer artist hearing hearings session
sessions services powers laws legislation landing plan plans planner planners plot plots ship ships
vessel vessels rifle rifles helicopter helicopters aircraft craft boat boats vehicle vehicles team teams
brigade brigades troops weapon weapons jet jets squadron squadrons capability capabilities dog dogs
course courses training drone drones submarine submarines`.split(/\s+/),
);

/** A word that can stand before an event noun as its modifier. */
function isEventModifier(w: Tok): boolean {
  if (EVENT_MODIFIER_WORDS.has(w.lower)) return true;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || STOPWORDS.has(w.lower) || EVENT_NOUNS.has(w.lower)) return false;
  return w.text.includes("-") || /(?:al|ive|ary|ic|ous|ful|est|ern)$/.test(w.lower);
}

/**
 * Relations: typed, directed edges read off the sentence structure around the mentions — roles and
 * placement (role-relations.ts), speech (speech-relations.ts), and here the actions: attacked,
 * captured and visited from their verbs with subject and object, events' actors (participant-in)
 * and visits. Every relation is stated by the sentence it cites: both ends are mentioned in it, or
 * one end is a pronoun or role there that resolution tied to a name.
 */
import { ATTACK_VERBS, CAPTURE_VERBS, NOT_YET_HAPPENED, PERSON_TITLES, VISIT_VERBS } from "../nlp/cues";
import type { ParseReading } from "./parse-relations";
import { ATTACK_CLASSES, motionTargetFits, type RelationInput } from "./relation-base";
import { sentenceLowers, sentenceTokens } from "./sentences";
import { quoteSpans, SpeechRelations } from "./speech-relations";
import type { LocalRelation, Sentence, Token } from "./types";

const ROLE_TYPES: ReadonlySet<string> = new Set(["leads", "member-of", "commands"]);
/** Verbs that send weapons: an attack when weapons are sent at a target. */
const LAUNCH_VERBS = /^(?:launch|launches|launched|launching|fire|fires|fired|firing)$/;
/**
 * What lies between a launch verb and its target: "a wave of drones at the city of", "missiles
 * into", "more than 40 rockets at".
 */
const WEAPONS_AT =
  /^\s+(?:[\p{L}\d-]+\s+){0,5}?(?:drones?|missiles?|rockets?|shells?|bombs?|artillery|mortars?|munitions|strikes?|attacks?|barrages?)\s+(?:at|on|into|against|towards?)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}\p{Ll}+(?:an|ian|i|ese|ish)\s+)?(?:(?:city|town|village|region|port|capital)\s+of\s+)?$/u;

/**
 * What lies between a launch verb and the place of its target: "missiles at a British tanker in
 * the", "rockets at a convoy near".
 */
const WEAPONS_AT_SITE =
  /^\s+(?:[\p{L}\d-]+\s+){0,5}?(?:drones?|missiles?|rockets?|shells?|bombs?|mortars?|munitions|barrages?)\s+(?:at|on|against)\s+(?:an?|the|two|three|several)\s+(?:[\p{L}-]+\s+){0,3}(?:in|near|off|outside)\s+(?:the\s+)?(?:(?:city|town|village|region|port|coast)\s+of\s+)?$/u;

/**
 * What may lie between an action verb and its object: small words, names, a hyphenated adjective
 * ("the tin-mining town of X"); or a short noun phrase ending in a place preposition ("struck an
 * oil depot in Russia's Bryansk region"). Module constants: tested for every mention after every
 * action verb, and a literal inside the function was a new RegExp object at each test.
 */
const DIRECT_OBJECT_GAP =
  /^(?:\s+(?:of|into|in|on|the|a|an|fully|further|deep|deeper|control|over|across|toward|towards|and|damaged|\d+\S*|km|kilometers|kilometres|third|second|bridge|border|town|city|region|village|port|river|harbour|airport|airbase|base|garrison|district|province|capital|(?:north|south)?-?(?:north|south|east|west)ern|central|\p{Ll}+-\p{Ll}+|\p{Lu}[\p{L}’'-]*))*\s*[“"]?$/u;
const VIA_SITE_GAP =
  /^\s+(?:an?|the|two|three|several)?\s*(?:[\p{Ll}-]+\s+){0,3}(?:in|at|near|outside|on|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{Ll}-]+\s+)?)?$/u;

/** Motion verbs whose target follows a preposition ("advanced into X", "launched … on X"). */
const PREPOSITIONAL_MOTION =
  /^(?:advance|advances|advanced|advancing|push|pushed|pushing|penetrate|penetrated|launch|launched)$/;

class ArticleRelations extends SpeechRelations {
  run(): LocalRelation[] {
    this.roleRelations();
    for (const sentence of this.input.sentences) this.parsedRoles(sentence);
    this.impliedBodyPosts();
    this.placeRelations();
    for (const sentence of this.input.sentences) this.sentenceRelations(sentence);
    return this.relations;
  }

  protected sentenceRelations(sentence: Sentence) {
    const here = this.mentionsIn(sentence);
    const tokens = sentenceTokens(sentence);
    const quotes = quoteSpans(sentence);
    const inQuote = (position: number) => quotes.some((q) => position >= q.start && position < q.end);
    this.speech(sentence, here, tokens, quotes, inQuote);
    this.actions(sentence, here, tokens, inQuote);
    for (const i of here) {
      const m = this.ms[i]!;
      if (m.type === "event" && m.actor !== undefined && this.entity(m.actor) >= 0) {
        this.add("participant-in", this.entity(m.actor), this.entity(i), sentence.index);
        if (
          m.anchor !== undefined &&
          ATTACK_CLASSES.has(m.eventClass ?? "") &&
          this.ms[m.anchor]!.cue !== "demonym + territory"
        )
          this.add("attacked", this.entity(m.actor), this.entity(m.anchor), sentence.index);
        // "X declared an emergency after new attacks by Y": Y attacked the subject place X.
        const first = this.ms[here[0]!]!;
        if (
          m.anchor === undefined &&
          ATTACK_CLASSES.has(m.eventClass ?? "") &&
          first.type === "place" &&
          here[0] !== m.actor &&
          /\bby\b/.test(this.input.text.slice(m.end, this.ms[m.actor]!.start + 1))
        ) {
          this.add("attacked", this.entity(m.actor), this.entity(here[0]!), sentence.index);
        }
      }
      // "a lawsuit against X", "the trial of X": who is sued or tried takes part.
      if (m.type === "event" && (m.eventClass === "lawsuit" || m.eventClass === "trial")) {
        const party = here.find(
          (k) =>
            k > i &&
            (this.ms[k]!.type === "person" || this.ms[k]!.type === "organisation") &&
            /^\s+(?:(?:in|at|before)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4})?(?:against|of)\s+(?:the\s+)?(?:(?:former|ex-)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(
              this.gap(m, this.ms[k]!),
            ),
        );
        if (party !== undefined)
          this.add("participant-in", this.entity(party), this.entity(i), sentence.index);
      }
      if (m.type === "event" && m.actor === undefined) {
        // "X launched an offensive", "Y began its withdrawal", "Z claimed responsibility for the
        // attack": who starts, carries out or claims the event takes part.
        const lead = this.input.text.slice(Math.max(sentence.start, m.start - 40), m.start);
        const start = STARTS_EVENT.exec(lead);
        if (start) {
          const verbAt = m.start - lead.length + start.index;
          const subject = this.subjectBefore(here, verbAt, sentence);
          const s = subject !== undefined ? this.ms[subject]! : undefined;
          if (s && (s.type === "organisation" || (s.type === "place" && s.placeClass === "country")))
            this.add("participant-in", this.entity(subject!), this.entity(i), sentence.index);
          continue;
        }
        // "X won the Valencia Marathon", "Y won the Golden Bear at the Z Festival", "W competed in
        // the V Games", "U beat T in the final of the S Championships": who wins or plays takes part.
        const wide = this.input.text.slice(Math.max(sentence.start, m.start - 90), m.start);
        const played = TOOK_PART.exec(wide);
        if (!played) continue;
        const verbAt = m.start - wide.length + played.index;
        const subject = this.subjectBefore(here, verbAt, sentence);
        const s = subject !== undefined ? this.ms[subject]! : undefined;
        // Not a win or a game that did not happen: "has not played in X since", "if Y won X",
        // "could win X".
        const clause = s ? this.input.text.slice(Math.max(sentence.start, s.start - 25), verbAt) : "";
        if (/\b(?:not|never|if|whether|could|would|might|may|can|will)\b|n't\b/i.test(clause)) continue;
        if (s && !s.referring && (s.type === "person" || s.type === "organisation"))
          this.add("participant-in", this.entity(subject!), this.entity(i), sentence.index);
      }
    }
    this.underFire(sentence, here);
    this.parsedEventPlaces(sentence, here);
    this.visits(sentence, here);
    // Who "he" or "she" may mean next: a person, also as resolved ("14 Liberal MPs" is a
    // mention of the party, not someone who could speak as "he").
    for (const i of here)
      if (
        this.ms[i]!.type === "person" &&
        !this.ms[i]!.referring &&
        this.entities[this.entity(i)]?.type === "person"
      )
        this.lastPerson = this.entity(i);
  }

  /** Roles the parse finds in appositions, which the patterns read only when the words are adjacent. */
  protected parsedRoles(sentence: Sentence) {
    const here = this.mentionsIn(sentence);
    const people = here.filter((i) => this.ms[i]!.type === "person" && !this.ms[i]!.referring);
    if (people.length === 0) return;
    // The parse's roles need a title word and a body or place to hold the post: without them it
    // could add nothing, and parsing is most of what relations cost.
    const holders = here.some((i) => {
      const m = this.ms[i]!;
      return (m.type === "organisation" || m.type === "place") && !m.referring;
    });
    if (!holders || !sentenceTokens(sentence).some((t) => PERSON_TITLES.has(t.text.toLowerCase()))) return;
    const reading = this.reading(sentence);
    if (!reading) return;
    for (const { person, holder, role, part } of reading.roles(people)) {
      const h = this.ms[holder]!;
      if ((h.type === "organisation" || h.type === "place") && !h.referring) {
        // The parse read the whole apposition ("a director at Y"): its reading replaces the patterns'.
        this.dropRoles(this.entity(person), this.entity(holder), sentence.index);
        this.roleRelation(person, role, holder, sentence.index, part);
      }
    }
  }

  private dropRoles(person: number, holder: number, sentence: number) {
    for (let i = this.relations.length - 1; i >= 0; i--) {
      const r = this.relations[i]!;
      if (r.source === person && r.target === holder && r.sentence === sentence && ROLE_TYPES.has(r.type))
        this.relations.splice(i, 1);
    }
  }

  /** "X came under fire from Y", "X came under attack from Y": Y attacked X. */
  protected underFire(sentence: Sentence, here: number[]) {
    const text = this.input.text;
    const body = text.slice(sentence.start, sentence.end);
    // The pattern's alternatives are tried at every position; "under" is in every match.
    if (!UNDER.test(body)) return;
    for (const match of body.matchAll(UNDER_FIRE)) {
      const at = sentence.start + match.index;
      const end = at + match[0].length;
      const target = this.subjectBefore(here, at, sentence, true);
      const agent = here.find(
        (i) => this.ms[i]!.start >= end && /^\s*(?:the\s+)?$/.test(text.slice(end, this.ms[i]!.start)),
      );
      if (target === undefined || agent === undefined) continue;
      const t = this.ms[target]!;
      const a = this.ms[agent]!;
      if ((t.type !== "place" && t.type !== "organisation") || t.referring) continue;
      if (a.type !== "organisation" && !(a.type === "place" && a.placeClass === "country")) continue;
      this.add("attacked", this.entity(agent), this.entity(target), sentence.index);
    }
  }

  /** Where the parse puts an event: "the strike in X", "the offensive began in X". */
  protected parsedEventPlaces(sentence: Sentence, here: number[]) {
    if (!here.some((i) => this.ms[i]!.type === "event")) return;
    // "the Japanese Grand Prix at Suzuka", "the summit in Vienna": a place right after the named
    // event, whatever the parse attached it to (it often hangs "at X" on the verb).
    for (const i of here) {
      const m = this.ms[i]!;
      const next = this.ms[i + 1];
      if (m.type !== "event" || m.referring || !next || next.sentence !== m.sentence) continue;
      if (next.type === "place" && !next.referring && /^\s+(?:at|in)\s+$/.test(this.gap(m, next)))
        this.add("located-in", this.entity(i), this.entity(i + 1), sentence.index);
    }
    const reading = this.reading(sentence);
    if (!reading) return;
    for (const i of here) {
      if (this.ms[i]!.type !== "event") continue;
      for (const place of reading.eventPlaces(i)) {
        const p = this.ms[place]!;
        if (p.type === "place" && !p.referring && p.cue !== "demonym + territory")
          this.add("located-in", this.entity(i), this.entity(place), sentence.index);
      }
    }
  }

  /** "In his first visit to the region", "X … during a rare visit to Y": who visited, and where. */
  protected visits(sentence: Sentence, here: number[]) {
    for (const i of here) {
      const m = this.ms[i]!;
      if (m.type !== "event" || m.eventClass !== "visit") continue;
      const person = here.find((j) => this.ms[j]!.type === "person" && !this.ms[j]!.referring);
      const pronoun = /\b(?:his|her)\s+(?:[\p{Ll}-]+\s+)?$/u.test(
        this.input.text.slice(Math.max(sentence.start, m.start - 24), m.start),
      );
      const visitor = person !== undefined ? this.entity(person) : pronoun ? this.lastPerson : undefined;
      if (visitor === undefined || visitor < 0) continue;
      this.add("participant-in", visitor, this.entity(i), sentence.index);
      const place =
        m.anchor ??
        here.find(
          (j) =>
            this.ms[j]!.type === "place" &&
            this.ms[j]!.start > m.end &&
            /^\s+to\s+(?:the\s+)?$/.test(this.input.text.slice(m.end, this.ms[j]!.start)),
        );
      if (place !== undefined) this.add("visited", visitor, this.entity(place), sentence.index);
    }
  }

  /**
   * The parse's reading of an action verb: every agent with every object (or, for attacks without
   * one, the place struck at). True when it gave an answer, so the patterns need not guess.
   */
  protected parsedAction(
    sentence: Sentence,
    reading: ParseReading,
    verb: number,
    type: "attacked" | "captured" | "visited",
    lower: string,
  ): boolean {
    if (reading.tag(verb) !== "VERB" || !reading.plainVerb(verb)) return false;
    const kind = type === "visited" ? "travel" : PREPOSITIONAL_MOTION.test(lower) ? "motion" : "direct";
    const { agents, objects, sites } = reading.action(verb, kind);
    const targets = objects.length > 0 ? objects : type === "attacked" ? sites : [];
    let added = false;
    for (const agent of agents)
      for (const target of targets)
        if (this.actionFits(type, agent, target, lower)) {
          this.add(type, this.entity(agent), this.entity(target), sentence.index);
          added = true;
        }
    return added;
  }

  /**
   * "Farmers blockaded the port", "a human chain encircled parliament": besieging, encircling and
   * blockading are attacks only by a state or an armed body.
   */
  private unarmedSiege(verb: string, agent: number): boolean {
    return SIEGE_VERBS.test(verb) && !this.armed(agent);
  }

  /** The same type checks the patterns make: who can act so, and what can be acted on. */
  private reportedSubject(here: number[], verbStart: number, sentence: Sentence): number | undefined {
    const before = this.input.text.slice(sentence.start, verbStart);
    const match = REPORTED_PRONOUN.exec(before);
    if (!match) return undefined;
    const speaker = this.subjectBefore(here, sentence.start + match.index, sentence);
    // A body or a state speaks for what "it" did; a town before "said" is where the speaker is.
    const m = speaker !== undefined ? this.ms[speaker]! : undefined;
    return m && (m.type === "organisation" || m.placeClass === "country") ? speaker : undefined;
  }

  private actionFits(type: "attacked" | "captured" | "visited", agent: number, target: number, verb: string) {
    const a = this.ms[agent]!;
    const t = this.ms[target]!;
    if (a.type === "event" || a.cue === "demonym + territory") return false;
    if (this.unarmedSiege(verb, agent)) return false;
    // People visit; forces and states attack and capture.
    if ((type === "visited") !== (a.type === "person")) return false;
    if (t.referring || t.cue === "demonym + territory") return false;
    // "…, the X agency (XA) said": the sentence's closing speaker is no target.
    if (
      /^(?:\s*\([^()]{1,20}\))?\s+(?:said|says|added|reported|told)\b/.test(
        this.input.text.slice(t.end, t.end + 40),
      )
    )
      return false;
    if (type === "visited" ? t.type !== "place" : t.type !== "place" && t.type !== "organisation")
      return false;
    if (!motionTargetFits(verb, t)) return false;
    if (type === "attacked" && this.criticised(target)) return false;
    return this.entity(agent) !== this.entity(target);
  }

  /** "the EPP attacking the Commission for backing down": words against a body, for a reason. */
  private criticised(target: number): boolean {
    const t = this.ms[target]!;
    return t.type === "organisation" && /^\s+(?:for|over)\s/.test(this.input.text.slice(t.end, t.end + 8));
  }

  protected actions(
    sentence: Sentence,
    here: number[],
    tokens: readonly Token[],
    inQuote: (p: number) => boolean,
  ) {
    const lowers = sentenceLowers(sentence);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const lower = lowers[k]!;
      const next = lowers[k + 1];
      let type: "attacked" | "captured" | "visited" | undefined;
      // "flew to X", "landed in X": travel only where a place follows ("landed 17.30m" is a jump).
      if (
        VISIT_VERBS.has(lower) &&
        !/^visits?$/.test(lower) &&
        !(/^(?:flew|flies|landed)$/.test(lower) && !/^(?:in|at|to|into)$/.test(next ?? ""))
      )
        type = "visited";
      else if (
        CAPTURE_VERBS.has(lower) &&
        !(
          lower === "control" &&
          lowers[k - 1] !== "in" &&
          lowers[k - 1] !== "took" &&
          lowers[k - 1] !== "seize"
        )
      )
        type = "captured";
      else if (lower === "control" && next === "of") type = "captured";
      // "hit back at", "struck out at", "hit out at": words, not blows.
      else if (ATTACK_VERBS.has(lower) && next !== "back" && next !== "out") type = "attacked";
      // "launched a wave of drones at X", "fired rockets into X".
      const launch = LAUNCH_VERBS.test(lower);
      if (launch) type = "attacked";
      if (!type || inQuote(t.start)) continue;
      // "Chelsea take on Barcelona": to play against, not to take.
      if (type === "captured" && /^(?:take|takes|took|taking|taken)$/.test(lower) && next === "on") continue;
      // "attempted to seize X", "vowed to strike X", "could take X": an action not (yet) done.
      if (unrealised(tokens, k)) continue;
      const reading = launch ? undefined : this.reading(sentence);
      if (reading && this.parsedAction(sentence, reading, k, type, lower)) continue;
      // Passive: "the bridge was struck by Ukrainian forces" — the agent after "by" acted on the subject.
      if (
        type !== "visited" &&
        /^(?:was|were|been|is|are|being)$/i.test(tokens[k - 1]?.text ?? "") &&
        next === "by"
      ) {
        const agent = here.find(
          (i) =>
            this.ms[i]!.start >= tokens[k + 1]!.end &&
            /^\s+(?:the\s+)?$/.test(this.input.text.slice(tokens[k + 1]!.end, this.ms[i]!.start)),
        );
        // "The port of Odesa was struck": what was hit may sit inside the subject's phrase; "the
        // city of X in Y was taken": X, which the place after "in" only locates.
        let patient = this.subjectBefore(here, tokens[k - 1]!.start, sentence, true);
        if (patient !== undefined) {
          const at = here.indexOf(patient);
          const located = at > 0 ? here[at - 1] : undefined;
          if (
            located !== undefined &&
            this.ms[located]!.type === "place" &&
            /^\s+(?:in|near|outside)\s+(?:the\s+)?$/.test(this.gap(this.ms[located]!, this.ms[patient]!))
          )
            patient = located;
        }
        if (agent !== undefined && patient !== undefined && !this.unarmedSiege(lower, agent)) {
          const a = this.ms[agent]!;
          const p = this.ms[patient]!;
          if (
            (a.type === "organisation" || a.type === "place") &&
            (p.type === "place" || p.type === "organisation") &&
            a.cue !== "demonym + territory"
          ) {
            this.add(type, this.entity(agent), this.entity(patient), sentence.index);
          }
        }
        continue;
      }
      if (
        !launch &&
        /^(?:advance|advances|advanced|advancing|push|pushed|pushing|enter|entered|entering|penetrate|penetrated|launch|launched)$/.test(
          lower,
        ) &&
        !/^(?:into|in|on|deep)$/.test(next ?? "") &&
        lower !== "entered" &&
        lower !== "entering"
      )
        continue;
      if (lower === "control" && lowers[k - 1] === "of") continue;
      // "X were (now fully) in control of Y": the subject stands before "in".
      let verbAt = k;
      if (lower === "control")
        while (
          verbAt > 0 &&
          !/^(?:in|took|take|takes|taken|seized|gained|seize)$/i.test(tokens[verbAt]!.text)
        )
          verbAt--;
      const subject =
        this.subjectBefore(here, tokens[verbAt]!.start, sentence) ??
        this.reportedSubject(here, tokens[verbAt]!.start, sentence);
      if (subject === undefined) continue;
      const subjectMention = this.ms[subject]!;
      if (subjectMention.type === "event") continue;
      // People visit; forces and states attack and capture.
      if ((type === "visited") !== (subjectMention.type === "person")) continue;
      // Territory does not act: "Russian territory seized" is the thing taken.
      if (subjectMention.cue === "demonym + territory") continue;
      const object = here.find((i) => {
        const m = this.ms[i]!;
        if (m.start < t.end || (m.type !== "place" && m.type !== "organisation") || m.referring) return false;
        // "Russian territory" is too vague a target: the region named with it is the one hit.
        if (m.cue === "demonym + territory") return false;
        const gap = this.input.text.slice(t.end, m.start);
        // Striking a depot in a region is an attack on the region; taking a village in it is not
        // taking the region.
        if (launch) {
          if (!WEAPONS_AT.test(gap) && !WEAPONS_AT_SITE.test(gap)) return false;
        } else if (type === "visited") {
          // "travelled to X", "arrived in Y", "toured the Z region".
          if (!/^\s+(?:(?:to|in|into|at)\s+)?(?:the\s+)?$/u.test(gap)) return false;
        } else if (!DIRECT_OBJECT_GAP.test(gap) && !(type === "attacked" && VIA_SITE_GAP.test(gap)))
          return false;
        const after = this.ms[i + 1];
        const modifier =
          m.type === "place" &&
          after?.type === "place" &&
          /^(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}|\s+(?:[\p{Ll}-]+\s+)?(?:town|city|village|district|region)\s+of\s+)$/u.test(
            this.gap(m, after),
          );
        return !modifier;
      });
      if (object === undefined) continue;
      if (!motionTargetFits(lower, this.ms[object]!)) continue;
      if (type === "attacked" && this.criticised(object)) continue;
      if (this.unarmedSiege(lower, subject)) continue;
      this.add(type, this.entity(subject), this.entity(object), sentence.index);
    }
  }
}

/** Verbs of a siege, an attack only when an armed body or a state carries it out. */
const SIEGE_VERBS = /^(?:besieg|encircl|blockad)/;

/**
 * Winning, playing or competing in an event, right before its name: "won the X Marathon", "won the
 * Y Prize at the Z Festival", "competed in the W Games", "beat V in the final of the U Cup".
 */
const TOOK_PART =
  /\b(?:(?:won|wins|win)\s+(?:the\s+)?(?:(?:[\p{L}'’-]+\s+){1,5}at\s+(?:the\s+)?)?|(?:won|took|gained|secured|polled|received|got)\s+(?:the\s+most\s+votes|(?:about\s+|almost\s+|nearly\s+|just\s+over\s+|more\s+than\s+)?[\d.,]+\s*(?:percent|per\s+cent|%)(?:\s+of\s+the\s+(?:vote|votes|ballots))?|[\d]+\s+(?:of\s+the\s+[\d]+\s+)?seats|a\s+majority)\s+in\s+(?:the\s+|this\s+|last\s+)?(?:\p{Lu}[\p{L}]*['’]s?\s+)?(?:[\p{Ll}-]+\s+){0,2}|(?:competed|competes|played|plays|ran|runs|took part|takes part|raced|races)\s+in\s+(?:the\s+)?|beat\s+(?:[\p{L}'’.-]+\s+){1,6}in\s+(?:the\s+)?(?:final|semi-?final|quarter-?final)\s+of\s+(?:the\s+)?)$/u;

/** A verb that starts an event, right before its noun phrase: "launched an offensive". */
const STARTS_EVENT =
  /\b(?:launched|launches|began|begun|begins|started|starts|mounted|mounts|resumed|resumes|filed|files|opened|opens|agreed(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s+to|signed|signs|stepped up|intensified|intensifies|carried out|carries out|conducted|conducts|declared|declares|imposed|imposes|(?:claimed|claims|claiming) (?:responsibility|credit) for)\s+(?:a|an|the|its|their|new|fresh|major|large-scale|\s)*(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "came under heavy fire from", "came under attack from": the agent follows. */
const UNDER = /under/iu;
const UNDER_FIRE =
  /\b(?:came|come|comes|coming|was|were|has been|have been|had been)\s+under\s+(?:(?:heavy|renewed|sustained|intense|fresh|repeated)\s+)?(?:fire|attack|shelling|bombardment|rocket fire|artillery fire|drone attack)\s+(?:from|by)\b/giu;

/** Verbs before "to" that leave the action to come or undone: "tried to seize", "vowed to strike". */
const UNREALISED_BEFORE_TO =
  /^(?:attempt|attempts|attempted|attempting|try|tries|tried|trying|fail|fails|failed|failing|seek|seeks|sought|seeking|plan|plans|planned|planning|threaten|threatens|threatened|threatening|vow|vows|vowed|vowing|aim|aims|aimed|aiming|want|wants|wanted|wanting|hope|hopes|hoped|hoping|intend|intends|intended|intending|prepare|prepares|prepared|preparing|promise|promises|promised|pledge|pledges|pledged)$/;
/** Modal verbs before an action: "could take X", "would attack Y", "may strike Z". */
const MODALS = /^(?:could|would|may|might|will|shall|should|can|must)$/;

/** Whether the action verb at k is only attempted, intended or possible (a modal or "tried to" before it). */
function unrealised(tokens: readonly Token[], k: number): boolean {
  const word = (at: number) => tokens[at]?.text.toLowerCase() ?? "";
  let at = k - 1;
  // "could not take", "would also attack", "may yet strike"
  while (at > k - 3 && /^(?:not|also|yet|soon|then|now|never|eventually|still|n't)$/.test(word(at))) at--;
  if (MODALS.test(word(at))) return true;
  // "any Israeli attack on X", "a possible strike": a noun of an action that has not happened.
  if (NOT_YET_HAPPENED.has(word(k - 1)) || NOT_YET_HAPPENED.has(word(k - 2))) return true;
  return word(at) === "to" && UNREALISED_BEFORE_TO.test(word(at - 1));
}

/**
 * "X said (on Tuesday) it had recaptured Y": the pronoun subject of a reported action is the
 * speaker named before the speech verb.
 */
const REPORTED_PRONOUN =
  /\b(?:said|says|claimed|claims|announced|announces|reported|reports)\s+(?:(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:it|they|(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:fighters|forces|troops|soldiers|militants|units|jets|aircraft|drones|warplanes|navy|artillery))\s+(?:had\s+|has\s+|have\s+)?(?:\p{Ll}+ly\s+)?$/u;

export function extractRelations(input: RelationInput): LocalRelation[] {
  return new ArticleRelations(input).run();
}

import {
  ATTACK_VERBS,
  CAPTURE_VERBS,
  GROUP_MEMBER_NOUNS,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  SPEECH_VERBS,
  VISIT_VERBS,
  WEAPON_NOUNS,
} from "../nlp/cues";
import { DATELINE, DATELINE_TAIL } from "../nlp/dateline";
import { BASED_IN_CUE, type FoundMention, type FoundMentions } from "./mention-types";
import { isTitleWord } from "./mention-words";
import { ParseReading } from "./parse-relations";
import type { LocalResolution } from "./resolve-local";
import { SentenceParse } from "./sentence-parse";
import { sentenceLowers, sentenceTokens } from "./sentences";
import type { LocalEntity, LocalRelation, Sentence, Token } from "./types";

export interface RelationInput {
  text: string;
  sentences: Sentence[];
  found: FoundMentions;
  resolution: LocalResolution;
  /** Read subjects, objects and appositions from the trained parser where a sentence may hold a relation. */
  useParser?: boolean;
}

/**
 * Heads of public bodies' names: "the company" is none of them, and their chairman or chief
 * is no company's.
 */
export const PUBLIC_BODY_HEADS = new Set(
  `ministry court party police army navy agency commission committee council parliament government
union authority office department bureau service forces assembly senate congress`.split(/\s+/),
);

export const MOTION_VERBS =
  /^(?:advance|advances|advanced|advancing|push|pushed|pushing|enter|enters|entered|entering|penetrate|penetrated|take|takes|took|taken|taking)$/;
/**
 * Motion verbs take regions, towns and sites as targets: not whole countries ("advancing in southern
 * Russia" says where fighting is), and not bodies ("Turkey entering the EU" is joining it).
 */
export function motionTargetFits(verb: string, target: { type: string; placeClass?: string }): boolean {
  if (!MOTION_VERBS.test(verb)) return true;
  if (target.placeClass === "country") return false;
  return target.type !== "organisation" || /^(?:take|takes|took|taken|taking)$/.test(verb);
}
/** Bodies whose chief commands: armies, forces, units, police. */
export const ARMED_BODY =
  /\b(?:army|armies|navy|naval|forces?|military|air force|marines?|guards?|brigades?|battalions?|regiments?|divisions?|corps|command|militia|troops|police|fleet|staff)\b/i;

/** Words in the names of armed groups besides ARMED_BODY's ("X Liberation Front", "Y Rebels"). */
const ARMED_GROUP_WORDS =
  /\b(?:front|liberation|rebels?|militants?|insurgents?|fighters|defen[cs]e|resistance|jihad\w*|mujahideen)\b/i;
export const PLACE_RANK: Record<string, number> = { country: 0, region: 1, city: 2, other: 3 };
export const ATTACK_CLASSES = new Set(["operation", "attack", "strike", "invasion"]);
/** Words before a body's kind noun after its name ("SBU security service", "X militant group"). */
const BODY_KIND_MODIFIERS = new Set([
  "security",
  "intelligence",
  "military",
  "militant",
  "rebel",
  "separatist",
  "armed",
  "special",
  "state",
  "news",
  "paramilitary",
]);

export const SUBJECT_SKIP =
  /^(?:has|have|had|also|previously|now|already|is|was|were|are|be|been|will|would|could|can|may|might|on|yesterday|today|earlier|later|then|again|reportedly|allegedly|not|steadily|still|monday|tuesday|wednesday|thursday|friday|saturday|sunday|evening|morning|night|last|week|this|fully|further|just)$/i;

export class RelationBase {
  readonly relations: LocalRelation[] = [];
  protected readonly ms: FoundMention[];
  protected readonly entityOf: number[];
  protected readonly entities: LocalEntity[];
  /** The person most recently named, and the one who last spoke: who "he" or "she" is. */
  protected lastPerson: number | undefined;
  protected lastSpeaker: number | undefined;

  constructor(protected readonly input: RelationInput) {
    this.ms = input.found.mentions;
    this.entityOf = input.resolution.entityOf;
    this.entities = input.resolution.entities;
  }

  protected add(
    type: LocalRelation["type"],
    source: number,
    target: number,
    sentence: number,
    extra: Partial<LocalRelation> = {},
  ) {
    if (source < 0 || target < 0 || source === target) return;
    this.relations.push({ type, source, target, sentence, origin: "text", ...extra });
  }

  protected entity(mention: number | undefined): number {
    return mention === undefined ? -1 : (this.entityOf[mention] ?? -1);
  }

  protected gap(a: FoundMention, b: FoundMention): string {
    return this.input.text.slice(a.end, b.start);
  }

  protected rank(m: FoundMention): number {
    return PLACE_RANK[m.placeClass ?? "other"] ?? 3;
  }

  protected bySentence: Map<number, number[]> | undefined;
  private readonly readings = new Map<number, ParseReading | undefined>();

  /**
   * The parse of a sentence that may hold a relation, parsed once; undefined without the parser
   * or when the sentence cannot hold one (parsing costs ~20 µs a token, most sentences need none).
   */
  protected reading(sentence: Sentence): ParseReading | undefined {
    if (!this.input.useParser) return undefined;
    if (this.readings.has(sentence.index)) return this.readings.get(sentence.index);
    const here = this.mentionsIn(sentence);
    const tokens = sentenceTokens(sentence);
    const reading = worthParsing(
      tokens,
      sentenceLowers(sentence),
      here.map((i) => this.ms[i]!),
    )
      ? new ParseReading(new SentenceParse(tokens, this.ms, here))
      : undefined;
    this.readings.set(sentence.index, reading);
    return reading;
  }

  protected mentionsIn(sentence: Sentence): number[] {
    if (!this.bySentence) {
      this.bySentence = new Map();
      this.ms.forEach((m, i) => {
        if (this.entity(i) < 0 || this.isDateline(m) || m.cue === BASED_IN_CUE) return;
        const list = this.bySentence!.get(m.sentence) ?? [];
        list.push(i);
        this.bySentence!.set(m.sentence, list);
      });
    }
    return this.bySentence.get(sentence.index) ?? [];
  }

  /**
   * A wire report's dateline ("WARSAW, March 3 (UPI) - …", "GAZA (DPA) — …"): where the report
   * was filed, no party to what the sentence after it says.
   */
  private isDateline(m: FoundMention): boolean {
    const text = this.input.text;
    const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
    const lead = text.slice(lineStart, m.start);
    // The dateline's town, or what follows it before the dash: "WARSAW, Poland (UPI) -".
    if (lead.trim() === "") {
      if (m.type !== "place") return false;
      const dated = DATELINE_TAIL.exec(text.slice(m.end, m.end + 70));
      return dated !== null && (/[()]/.test(dated[0]) || /^\p{Lu}[\p{Lu} .-]+$/u.test(m.text));
    }
    const line = text.slice(lineStart, lineStart + 100);
    const dateline = DATELINE.exec(line);
    return dateline !== null && m.end <= lineStart + dateline[0].length;
  }

  /**
   * Whether a mention can wage a siege or fire guns: a state, or a body named as armed ("X
   * Forces", "the Y Liberation Front", "Z army"), also through its acronym's entity.
   */
  protected armed(mention: number): boolean {
    const m = this.ms[mention]!;
    if (m.type === "place") return m.placeClass === "country";
    if (m.type !== "organisation") return false;
    if (m.cue === "referring forces" || /force noun/.test(m.cue)) return true;
    const entity = this.entities[this.entity(mention)];
    const names = [m.text, entity?.label ?? "", ...(entity?.aliases ?? [])];
    return names.some((n) => ARMED_BODY.test(n) || ARMED_GROUP_WORDS.test(n));
  }

  /** Whether the sentence opens with the members of the body `mention` names ("Rebels of the X"). */
  private membersOpenSentence(mention: number, sentence: Sentence): boolean {
    const members = /^(?:the\s+)?(\p{L}+)\s+of\s+(?:the\s+)?$/iu.exec(
      this.input.text.slice(sentence.start, this.ms[mention]!.start).replace(DATELINE, "").trimStart(),
    );
    return members !== null && GROUP_MEMBER_NOUNS.has(members[1]!.toLowerCase());
  }

  /** The mention that is the subject before token position `at`, skipping adverbs and appositions. */
  protected subjectBefore(
    here: number[],
    at: number,
    sentence: Sentence,
    insidePhrase = false,
  ): number | undefined {
    const text = this.input.text;
    let cursor = at;
    for (let step = 0; step < 12; step++) {
      const slice = text.slice(sentence.start, cursor);
      const candidate = [...here]
        .reverse()
        .find((i) => this.ms[i]!.end <= cursor && this.ms[i]!.type !== "event");
      const gapStart = candidate !== undefined ? this.ms[candidate]!.end : sentence.start;
      const gap = text.slice(gapStart, cursor);
      const words = gap.trim().split(/\s+/).filter(Boolean);
      // "X fighters launched": the group's members are its subject too; so are its other weapons
      // ("Iranian missiles and drones hit").
      // ("DSF artillery shelled": an armed body's guns fire for it; an airline's jets do not.)
      const membersFirst =
        words.length > 0 &&
        (GROUP_MEMBER_NOUNS.has(words[0]!) ||
          (words.length === 1 &&
            WEAPON_NOUNS.has(words[0]!) &&
            candidate !== undefined &&
            this.armed(candidate)))
          ? words.slice(1)
          : words.length === 2 && words[0] === "and" && WEAPON_NOUNS.has(words[1]!)
            ? []
            : words;
      if (candidate !== undefined && membersFirst.every((w) => SUBJECT_SKIP.test(w) || /^\d/.test(w))) {
        // "A commander of the X unit claimed": X sits in a phrase after the real, unnamed subject.
        const lead = text.slice(
          Math.max(sentence.start, this.ms[candidate]!.start - 12),
          this.ms[candidate]!.start,
        );
        // But "Rebels of the X captured", "Fighters of Y struck": the body's members act for it
        // (only as the sentence's subject: "A convoy carrying soldiers of X hit a mine" is no X acting).
        if (
          !insidePhrase &&
          /\bof\s+(?:the\s+|a\s+|an\s+)?[“"]?$/.test(lead) &&
          !this.membersOpenSentence(candidate, sentence)
        )
          return undefined;
        // "An armed group fighting X's government said": X is the object of a participle after the
        // real, unnamed subject.
        // (Not a noun in -ing after its determiner: "In its Chapter 11 filing X claimed".)
        const participle = /(\S+)\s+(\p{Ll}{3,}ing)\s+(?:the\s+)?$/u.exec(
          text.slice(Math.max(sentence.start, this.ms[candidate]!.start - 40), this.ms[candidate]!.start),
        );
        if (
          !insidePhrase &&
          participle !== null &&
          participle[2] !== "during" &&
          !/^(?:the|a|an|its|his|her|their|our|this|that|\d+)$/i.test(participle[1]!)
        )
          return undefined;
        // "Rebel forces in X have seized Y": a place after "in" locates the unnamed subject.
        if (
          !insidePhrase &&
          this.ms[candidate]!.type === "place" &&
          /\b(?:in|near|from|across|inside)\s+(?:the\s+)?$/.test(lead)
        )
          return undefined;
        return candidate;
      }
      // "Pakistan's ISI spy agency said", "the X militant group said": a body's kind in lower
      // case after its name is still the body.
      if (
        candidate !== undefined &&
        this.ms[candidate]!.type === "organisation" &&
        words.length > 0 &&
        words.length <= 3 &&
        words.every((w) => ORGANISATION_HEADS.has(w) || BODY_KIND_MODIFIERS.has(w)) &&
        ORGANISATION_HEADS.has(words[words.length - 1]!)
      )
        return candidate;
      // "the X Centre, which said": a relative pronoun's antecedent is the name right before it;
      // "the X Forces (XF) struck": the bracketed acronym is the name's.
      if (candidate !== undefined && /^\s*(?:,\s*(?:who|which)|\))\s*$/i.test(gap)) return candidate;
      // An apposition ", the Ukrainian minister for …," between the subject and its verb: after its
      // closing comma only adverbs, auxiliaries or a relative pronoun (", 49, who told"); ", the
      // company said" is a subject of its own.
      const appositionEnd = slice.lastIndexOf(",");
      const afterComma = text
        .slice(sentence.start + appositionEnd + 1, cursor)
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      if (
        appositionEnd > 0 &&
        afterComma.length <= 3 &&
        afterComma.every((w) => SUBJECT_SKIP.test(w) || /^\d/.test(w) || /^(?:who|which|whose)$/i.test(w))
      ) {
        const opening = slice.lastIndexOf(",", appositionEnd - 1);
        // "The EU agency for asylum, EUAA, said", "The company's chief, Dana Orr, said": a name
        // alone between the commas names the unnamed noun phrase before it, the subject.
        const named = here.find((i) => {
          const m = this.ms[i]!;
          return (
            (m.type === "organisation" || m.type === "person") &&
            // (a rank may stand before the name: "…, Colonel Y, said")
            titlesOnly(text.slice(sentence.start + opening + 1, m.start)) &&
            text.slice(m.end, sentence.start + appositionEnd).trim() === ""
          );
        });
        // The noun phrase itself, after the clause a closing "…, the commander of X, Y, said"
        // may follow.
        const phraseStart = slice.lastIndexOf(",", opening - 1);
        // "X denied it and his lawyer, Y, said": the phrase starts after the clauses' "and".
        const phrase = slice
          .slice(phraseStart + 1, opening)
          .trim()
          .replace(/^.*\s(?:and|but)\s+(?=(?:the|a|an|its|their|his|her)\s)/i, "");
        // "Hans X, a board member of Germany's central bank, the Bundesbank, said": the phrase is
        // itself set off after a person, who is the subject; the name after it names the bank.
        const personBefore =
          phraseStart > 0
            ? here.find((i) => {
                const m = this.ms[i]!;
                return (
                  m.type === "person" &&
                  !m.referring &&
                  text.slice(m.end, sentence.start + phraseStart).trim() === ""
                );
              })
            : undefined;
        if (
          !insidePhrase &&
          personBefore !== undefined &&
          named !== undefined &&
          this.ms[named]!.type !== "person"
        )
          return personBefore;
        // "shadow chief secretary to the Treasury, George Osborne, said": a post names a person.
        const post =
          named !== undefined &&
          this.ms[named]!.type === "person" &&
          phrase.split(/\s+/).some((w) => PERSON_TITLES.has(w.toLowerCase()));
        if (
          !insidePhrase &&
          opening > 0 &&
          named !== undefined &&
          (post ||
            (/\b\p{Ll}[\p{Ll}-]*$/u.test(slice.slice(0, opening)) &&
              /^(?:the|a|an|its|their|his|her)\b/i.test(phrase)))
        )
          return named;
        if (opening > 0) {
          cursor = sentence.start + opening;
          continue;
        }
      }
      return undefined;
    }
    return undefined;
  }
}

/**
 * Whether a sentence is worth parsing (parsing costs ~20 µs a token; most sentences need none):
 * two mentions and a speech verb whose speaker the patterns cannot read off its neighbours, an
 * action verb between mentions, an event and a place, or a person set off by a comma near a title
 * word (an apposition).
 */
/** `words`: the tokens in lower case. */
function worthParsing(
  tokens: readonly Token[],
  words: readonly string[],
  mentions: readonly FoundMention[],
): boolean {
  // Every relation joins two mentions of the sentence (a pronoun speaker is the patterns' job).
  if (mentions.length < 2) return false;
  const quoted = insideQuotes(tokens);
  const speakers = mentions.filter((m) => SPEAKER_TYPES.has(m.type) && !m.referring);
  // Someone who may have spoken: named before the verb, after it in the inverted order, or by "by".
  const speakerAround = (k: number) =>
    speakers.some((m) => m.end <= tokens[k]!.start) ||
    /^[,"“”'’:]$/.test(words[k - 1] ?? "") ||
    words[k + 1] === "by";
  const speech = (w: string, k: number) =>
    SPEECH_VERBS.has(w) &&
    !quoted[k] &&
    !NOUN_BEFORE.test(words[k - 1] ?? "") &&
    speakerAround(k) &&
    !speakerBesideVerb(tokens, k, mentions);
  if (words.some(speech)) return true;
  const acts = (w: string) => ATTACK_VERBS.has(w) || CAPTURE_VERBS.has(w) || VISIT_VERBS.has(w);
  // An action needs someone named before its verb (or a passive's agent after it) and a target after.
  const first = mentions[0]!.start;
  const last = mentions[mentions.length - 1]!.end;
  if (words.some((w, k) => acts(w) && first < tokens[k]!.start && last > tokens[k]!.end)) return true;
  if (mentions.some((m) => m.type === "event") && mentions.some((m) => m.type === "place")) return true;
  return mentions.some((m) => m.type === "person" && besideTitledComma(tokens, m));
}

const SPEAKER_TYPES = new Set(["person", "organisation"]);

/** Words before a speech word that make it a noun ("the claims", "his comments") or an infinitive. */
const NOUN_BEFORE = /^(?:the|a|an|his|her|its|their|our|these|those|such|new|further|recent|of|to)$/;

/** Which tokens stand inside quotation marks (speech verbs there are the quoted person's words). */
function insideQuotes(tokens: readonly Token[]): boolean[] {
  // A sentence may open inside a quotation begun in an earlier one: “… . … positions,” X said.
  const firstClose = tokens.findIndex((t) => t.text === "”");
  const firstOpen = tokens.findIndex((t) => t.text === "“");
  let inside = firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen);
  return tokens.map((t) => {
    if (t.text === "“") inside = true;
    else if (t.text === "”") inside = false;
    else if (t.text === '"') inside = !inside;
    return inside;
  });
}

/**
 * The word order already says who spoke: "X said …" with X the sentence's only named speaker
 * before the verb (or its only person, after an organisation: "BP chief executive X said"),
 * "…,” said X" with X right after the verb, or "he said", which the parse cannot name either.
 */
function speakerBesideVerb(
  tokens: readonly Token[],
  verb: number,
  mentions: readonly FoundMention[],
): boolean {
  const at = tokens[verb]!;
  const previous = tokens[verb - 1];
  if (previous && /^(?:he|she|they|it|we|i)$/i.test(previous.text)) return true;
  const speakers = mentions.filter((m) => SPEAKER_TYPES.has(m.type) && !m.referring);
  const before = speakers.filter((m) => m.end <= at.start);
  const last = before[before.length - 1];
  if (last && previous?.end === last.end) {
    if (before.length === 1) return true;
    if (last.type === "person" && before.filter((m) => m.type === "person").length === 1) return true;
  }
  const next = tokens[verb + 1];
  return (
    next !== undefined &&
    /^[,"“”'’:]$/.test(previous?.text ?? "") &&
    speakers.some((m) => m.type === "person" && m.start === next.start)
  );
}

/** A person mention with a comma beside it and a title word within nine words of that comma. */
function besideTitledComma(tokens: readonly Token[], person: FoundMention): boolean {
  const k = tokens.findIndex((t) => t.end === person.end);
  const first = tokens.findIndex((t) => t.start === person.start);
  const titled = (from: number, to: number) =>
    tokens.slice(Math.max(0, from), to).some((t) => PERSON_TITLES.has(t.text.toLowerCase()));
  if (k >= 0 && tokens[k + 1]?.text === "," && titled(k + 2, k + 11)) return true;
  return first > 0 && tokens[first - 1]?.text === "," && titled(first - 10, first - 1);
}

/** Whether the words before a name in an apposition are only "the" or titles ("Colonel", "Dr"). */
function titlesOnly(words: string): boolean {
  return /^\s*the\s*$/i.test(words) || allTitles(words);
}

/**
 * Whether the text between a body and an apposed person is a comma and at most two titles ("…, Y,"
 * or "…, Colonel Y,"; "…, Sir Y,").
 */
export function ranksBetween(gap: string): boolean {
  return /^,\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(gap) && allTitles(gap.slice(1));
}

function allTitles(words: string): boolean {
  return words.trim().split(/\s+/).filter(Boolean).every(isTitleWord);
}

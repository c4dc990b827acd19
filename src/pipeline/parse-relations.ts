/**
 * Who did what to whom, read from one sentence's dependency parse instead of word order: the
 * subject of a verb however far it stands ("X, who …, said"), conjoined subjects and objects
 * ("X and Y shelled"), passive agents ("was struck by X"), appositions that give a person's
 * role ("X, the commander of Y"), and the place an event happened in ("the strike in X").
 * Answers are mention indices of the sentence; relations.ts decides how they combine with the
 * surface patterns and which types may stand at either end.
 */
import { GROUP_MEMBER_NOUNS, PERSON_TITLES, SPEECH_VERBS } from "../nlp/cues";
import { ROLE_QUALIFIERS } from "./mention-words";
import type { SentenceParse } from "./sentence-parse";

/** Pronouns that open a relative clause: the clause's subject is the noun it hangs on. */
const RELATIVE = /^(?:who|which|that)$/;
/** Prepositions that put an event, or a strike's target, at a place. */
const AT_PLACE = /^(?:in|at|near|outside|inside)$/;
/** Prepositions that carry the target of a motion or strike verb ("advanced into X"). */
const INTO_PLACE = /^(?:into|in|on|onto|across|toward|towards|deep)$/;
/** Prepositions that carry where someone travelled ("travelled to X", "arrived in X"). */
const TO_PLACE = /^(?:to|in|at)$/;

export interface ActionReading {
  /** Who acted. */
  agents: number[];
  /** What was acted on, directly (object, passive subject). */
  objects: number[];
  /** Places the action happened at ("struck a depot in X"), when there is no direct object. */
  sites: number[];
}

export interface RoleReading {
  person: number;
  holder: number;
  role: string;
  /** A role over part of the holder ("research director", "director of sales"): not its head. */
  part: boolean;
}

export class ParseReading {
  constructor(private readonly parse: SentenceParse) {}

  /** The UPOS tag the tagger gave token `k`. */
  tag(k: number): string {
    return this.parse.tags[k] ?? "";
  }

  /** The mention a nominal token stands for: the one headed there, else the one covering it. */
  private mentionOf(k: number): number | undefined {
    return this.parse.mentionAt(k);
  }

  /** Mentions of a nominal and of everything conjoined with it. */
  private mentionsOf(k: number): number[] {
    const found: number[] = [];
    for (const c of this.parse.withConjuncts(k)) {
      const m = this.mentionOf(c);
      if (m !== undefined && !found.includes(m)) found.push(m);
    }
    return found;
  }

  /**
   * A nominal or, when it is a common noun that only frames a name ("the port of X", "control of
   * X", "the town of X"), the name inside it.
   */
  private framedMentions(k: number): number[] {
    const direct = this.mentionsOf(k);
    if (direct.length > 0) return direct;
    for (const nmod of this.parse.childrenOf(k, "nmod")) {
      if (this.parse.caseOf(nmod) === "of") return this.mentionsOf(nmod);
    }
    return [];
  }

  /** The tokens of a verb's active subject: its own, a relative clause's antecedent, or a conjoined verb's. */
  private subjectTokens(verb: number, depth = 0): number[] {
    if (this.passiveSubjects(verb).length > 0) return [];
    const own = this.parse.childrenOf(verb, "nsubj");
    const rel = this.parse.rel(verb);
    if (own.length > 0) {
      if (RELATIVE.test(this.parse.lower(own[0]!)) && rel.startsWith("acl")) return [this.parse.head(verb)];
      return own;
    }
    // "X attacked and captured Y", "X vowed to strike Y": the subject is the governing verb's.
    // Not where a noun stands right before the verb ("X denied it and his lawyer, Y, said"): the
    // second clause has a subject of its own that the parse did not attach.
    // (Only for a verb of saying: "X struck Y, hit a refinery …" keeps X, the noun being Y.)
    if (rel === "conj" && SPEECH_VERBS.has(this.parse.lower(verb)) && this.nounBefore(verb)) return [];
    if (depth < 3 && (rel === "conj" || rel === "xcomp") && this.parse.head(verb) >= 0)
      return this.subjectTokens(this.parse.head(verb), depth + 1);
    return [];
  }

  /** Whether a noun or a name (maybe closing an apposition with a comma) stands right before `verb`. */
  private nounBefore(verb: number): boolean {
    let k = verb - 1;
    if (this.parse.tokens[k]?.text === ",") k--;
    return (
      k >= 0 && (/^(?:NOUN|PROPN)$/.test(this.parse.tags[k] ?? "") || this.parse.mentionAt(k) !== undefined)
    );
  }

  /** The subjects of a passive verb (labelled nsubj:pass, or nsubj beside a passive auxiliary). */
  private passiveSubjects(verb: number): number[] {
    const p = this.parse;
    const subjects = p.childrenOf(verb, "nsubj");
    if (p.childrenOf(verb, "aux").some((k) => p.rel(k) === "aux:pass")) return subjects;
    return subjects.filter((k) => p.rel(k) === "nsubj:pass");
  }

  /**
   * Whether the verb means what its cue says: not a phrasal verb ("take on", "takes up"; "take
   * over" stays) and, for "launch", with what was launched ("launched an offensive on X").
   */
  plainVerb(verb: number): boolean {
    const p = this.parse;
    if (p.childrenOf(verb, "compound").some((k) => p.rel(k) === "compound:prt" && p.lower(k) !== "over"))
      return false;
    return !/^launch/.test(p.lower(verb)) || p.childrenOf(verb, "obj").length > 0;
  }

  /**
   * The subject mentions of a verb in the active voice (with conjuncts); "Fighters of the X
   * captured", "Rebels of Y seized": the body whose members the subject is.
   */
  subjects(verb: number): number[] {
    const p = this.parse;
    // (as the sentence's opening subject only: "A convoy carrying soldiers of X hit a mine")
    const opensSentence = (k: number) => {
      const dash = p.tokens.findIndex((t, j) => j < 16 && /^[-–—]$/.test(t.text));
      const before = p.tokens.slice(dash + 1, k);
      return before.every((t) => /^the$/i.test(t.text));
    };
    return this.subjectTokens(verb).flatMap((k) => {
      const own = this.mentionsOf(k);
      if (own.length > 0 || !GROUP_MEMBER_NOUNS.has(p.lower(k)) || !opensSentence(k)) return own;
      return p
        .childrenOf(k, "nmod")
        .filter((n) => p.caseOf(n) === "of")
        .flatMap((n) => this.mentionsOf(n));
    });
  }

  /** Is `verb`'s subject a token that is no mention (a noun like "the plan", a pronoun)? */
  hasUnnamedSubject(verb: number): boolean {
    // A verb as "subject" is the statement itself, misread ("X bluffing, says Y"): it names nobody.
    const tokens = this.subjectTokens(verb).filter((k) => !/^(?:VERB|AUX)$/.test(this.parse.tags[k] ?? ""));
    return tokens.length > 0 && tokens.every((k) => this.mentionOf(k) === undefined);
  }

  /**
   * Agent, object and site of an action verb, in the active or the passive voice. `motion` verbs
   * reach their target through a preposition ("pushed into X"), `travel` verbs through "to"/"in"
   * or directly ("visited X", "arrived in X"), `direct` ones take an object ("shelled X").
   */
  action(verb: number, kind: "direct" | "motion" | "travel"): ActionReading {
    const p = this.parse;
    const passiveSubjects = this.passiveSubjects(verb);
    const obliques = p.childrenOf(verb, "obl");
    if (passiveSubjects.length > 0) {
      const agents = obliques
        .filter((k) => p.rel(k) === "obl:agent" || p.caseOf(k) === "by")
        .flatMap((k) => this.mentionsOf(k));
      return { agents, objects: passiveSubjects.flatMap((k) => this.framedMentions(k)), sites: [] };
    }
    const agents = this.subjects(verb);
    const through = kind === "motion" ? INTO_PLACE : kind === "travel" ? TO_PLACE : undefined;
    // A verb has one object ("took X and Y" conjoins them): a second is the parser's misreading of
    // a later phrase. "takes three of five nominations for …": a count taken is no place taken.
    const object = p.childrenOf(verb, "obj")[0];
    const objects = [
      ...(kind === "motion" || object === undefined || p.tags[object] === "NUM" ? [] : [object]),
      ...(through ? obliques.filter((k) => through.test(p.caseOf(k))) : []),
    ].flatMap((k) => this.framedMentions(k));
    const sites: number[] = [];
    if (objects.length === 0 && kind === "direct") {
      for (const obj of p.childrenOf(verb, "obj"))
        for (const nmod of p.childrenOf(obj, "nmod"))
          if (AT_PLACE.test(p.caseOf(nmod))) sites.push(...this.mentionsOf(nmod));
      for (const obl of obliques) if (AT_PLACE.test(p.caseOf(obl))) sites.push(...this.mentionsOf(obl));
    }
    return { agents, objects, sites };
  }

  /**
   * Who spoke with a speech verb: its subjects (each of "X and Y said"), or a passive's agent
   * ("was told by X"). A subject after the verb counts only in the inverted "…," said X' order.
   */
  speakers(verb: number): number[] {
    const p = this.parse;
    // "Shares added 1.7%": a figure moving, not a statement.
    if (p.childrenOf(verb, "obj").some((k) => p.tags[k] === "NUM" || p.childrenOf(k, "nummod").length > 0))
      return [];
    const found: number[] = [];
    for (const token of this.subjectTokens(verb).flatMap((k) => p.withConjuncts(k))) {
      const subject = this.mentionOf(token);
      // "The X Council President, Y, said": the person apposed to the subject's phrase speaks.
      const apposed = p
        .childrenOf(token, "appos")
        .map((k) => this.mentionOf(k))
        .find((m) => m !== undefined && p.isPerson(m));
      const speaker =
        subject !== undefined && p.isPerson(subject)
          ? subject
          : (this.personInPhrase(token) ?? apposed ?? subject);
      if (speaker !== undefined && !found.includes(speaker) && this.speakerInPlace(verb, speaker))
        found.push(speaker);
    }
    if (found.length === 0 && this.passiveSubjects(verb).length > 0)
      for (const obl of p.childrenOf(verb, "obl"))
        if (p.rel(obl) === "obl:agent" || p.caseOf(obl) === "by") {
          const agent = this.mentionOf(obl);
          if (agent !== undefined) found.push(agent);
        }
    return found;
  }

  /**
   * A speaker after its verb stands in the inverted order of news ("…,” said X." / "…, said X,
   * adding"): the verb follows punctuation and little follows the speaker. Otherwise a name after
   * the verb is more likely in the statement, wrongly attached by the parse.
   */
  private speakerInPlace(verb: number, speaker: number): boolean {
    const p = this.parse;
    const head = p.headTokenOf(speaker);
    if (head === undefined || head < verb) return true;
    if (!/^[,"“”'’:-]$/.test(p.tokens[verb - 1]?.text ?? "")) return false;
    let k = head + 1;
    while (k < p.tokens.length && p.mentionAt(k) === speaker) k++;
    let rest = 0;
    while (k < p.tokens.length && !/^[,.;:!?]$/.test(p.tokens[k]!.text)) {
      k++;
      rest++;
    }
    return rest <= 4;
  }

  /**
   * "Gazprom chief X said" (the parse may make the organisation or the title the phrase's head):
   * the last person named in the subject's noun phrase, before any verb or comma, is the one who
   * spoke.
   */
  private personInPhrase(subjectToken: number): number | undefined {
    const p = this.parse;
    // "The X report said": a name inside a phrase headed by a thing is not the speaker.
    if (this.mentionOf(subjectToken) === undefined && !PERSON_TITLES.has(p.lower(subjectToken)))
      return undefined;
    const [low, high] = p.subtreeRange(subjectToken);
    // Titles and their holders come first ("Eli Lilly's chief medical officer X"): the last person.
    let person: number | undefined;
    for (let k = low; k <= high; k++) {
      if (/^(?:VERB|AUX)$/.test(p.tags[k]!) || p.lower(k) === ",") break;
      const m = this.mentionOf(k);
      // "X's spokesman said": the possessor did not speak.
      if (m !== undefined && p.isPerson(m) && !/^['’]s$/i.test(p.tokens[k + 1]?.text ?? "")) person = m;
      else if (m !== undefined && person === m) person = undefined;
    }
    return person;
  }

  /**
   * Roles from appositions: "X, the commander of Y", "the commander of Y, X", "X, Y's envoy",
   * "X, a Y spokesman".
   */
  roles(people: readonly number[]): RoleReading[] {
    const p = this.parse;
    const found: RoleReading[] = [];
    for (const person of people) {
      const head = p.headTokenOf(person);
      if (head === undefined) continue;
      const nouns = p.childrenOf(head, "appos");
      if (p.rel(head) === "appos" && p.head(head) >= 0) nouns.push(p.head(head));
      for (const noun of nouns) {
        if (!PERSON_TITLES.has(p.lower(noun)) || p.mentionAt(noun) !== undefined) continue;
        const modifiers = p.childrenOf(noun, "compound", "amod").filter((k) => p.mentionAt(k) === undefined);
        // "deputy director general": the title words written before the noun are the post's,
        // however the parse attached them (it may hang "deputy director" apart from "general").
        for (let k = noun - 1; k >= 0 && !modifiers.includes(k) && this.titleWordAt(k); k--)
          modifiers.push(k);
        const role = [...modifiers, noun]
          .sort((a, b) => a - b)
          .map((k) => p.lower(k))
          .join(" ");
        const holders = [
          ...p.childrenOf(noun, "nmod").filter((k) => /^(?:of|for|at)$/.test(p.caseOf(k))),
          ...p.childrenOf(noun, "compound", "nmod:poss").filter((k) => p.mentionAt(k) !== undefined),
        ];
        const part =
          p
            .childrenOf(noun, "compound")
            // "research director", not "March" or "Navy commander"
            .some(
              (k) => p.tags[k] === "NOUN" && p.mentionAt(k) === undefined && !PERSON_TITLES.has(p.lower(k)),
            ) ||
          p
            .childrenOf(noun, "nmod")
            .some((k) => /^(?:of|for)$/.test(p.caseOf(k)) && p.mentionAt(k) === undefined) ||
          // "X, a director at Y": one of several.
          p.childrenOf(noun, "det").some((k) => /^an?$/.test(p.lower(k)));
        for (const holder of holders.flatMap((k) => this.mentionsOf(k)))
          if (holder !== person) found.push({ person, holder, role, part });
      }
    }
    return found;
  }

  /** A lower-case title or qualifier word of a post at token k, in no mention ("deputy", "chief"). */
  private titleWordAt(k: number): boolean {
    const p = this.parse;
    const token = p.tokens[k]!.text;
    return (
      token === token.toLowerCase() &&
      p.mentionAt(k) === undefined &&
      (PERSON_TITLES.has(token) || ROLE_QUALIFIERS.has(token))
    );
  }

  /** Places an event mention is put at: "the strike in X", "the offensive began in X". */
  eventPlaces(event: number): number[] {
    const p = this.parse;
    const head = p.headTokenOf(event);
    if (head === undefined) return [];
    const places = p
      .childrenOf(head, "nmod")
      .filter((k) => AT_PLACE.test(p.caseOf(k)))
      .flatMap((k) => this.mentionsOf(k));
    if (places.length === 0 && /^nsubj/.test(p.rel(head)) && p.head(head) >= 0)
      for (const obl of p.childrenOf(p.head(head), "obl"))
        if (AT_PLACE.test(p.caseOf(obl))) places.push(...this.mentionsOf(obl));
    return places;
  }
}

/**
 * Relations: typed, directed edges read off the sentence structure around the mentions.
 * - roles: "<holder> <title> <person>", "<person>, <role> of <org>", "<org>’s <role>, <person>"
 * - said: a speech verb with its subject (a name, a pronoun or a role resolved in the article),
 *   direct quotes and reported clauses; the target is the main entity the words are about
 * - attacked / captured: attack and capture verbs with their subject and object, and event nouns
 *   with an actor; participant-in for actors of events; located-in from possessives, "X of Y",
 *   comma chains and events' places.
 * Every relation here is stated by the sentence it cites: both ends are mentioned in it, or one end
 * is a pronoun or role in it that resolution tied to a name.
 */
import {
  ATTACK_VERBS,
  CAPTURE_VERBS,
  COMMAND_ROLES,
  LEADER_ROLES,
  MEMBER_ROLES,
  normaliseCue,
  PERSON_TITLES,
  SPEECH_VERBS,
  VISIT_VERBS,
} from "../nlp/cues";
import { gazetteer } from "../nlp/gazetteer";
import { tokenize } from "../nlp/tokenize";
import type { FoundMention, FoundMentions } from "./mention-types";
import type { LocalResolution } from "./resolve-local";
import type { LocalEntity, LocalRelation, Sentence } from "./types";

export interface RelationInput {
  text: string;
  sentences: Sentence[];
  found: FoundMentions;
  resolution: LocalResolution;
}

const MOTION_VERBS =
  /^(?:advance|advances|advanced|advancing|push|pushed|pushing|enter|enters|entered|entering|penetrate|penetrated|take|takes|took|taken|taking)$/;
const PLACE_RANK: Record<string, number> = { country: 0, region: 1, city: 2, other: 3 };
const ATTACK_CLASSES = new Set(["operation", "attack", "strike", "invasion"]);
const SUBJECT_SKIP =
  /^(?:has|have|had|also|previously|now|already|is|was|were|are|be|been|will|would|could|can|may|might|on|yesterday|today|earlier|later|then|again|reportedly|allegedly|not|steadily|still|monday|tuesday|wednesday|thursday|friday|saturday|sunday|evening|morning|night|last|week|this|fully|further|just)$/i;

class ArticleRelations {
  readonly relations: LocalRelation[] = [];
  private readonly ms: FoundMention[];
  private readonly entityOf: number[];
  private readonly entities: LocalEntity[];
  /** The person most recently named, and the one who last spoke: who "he" or "she" is. */
  private lastPerson: number | undefined;
  private lastSpeaker: number | undefined;

  constructor(private readonly input: RelationInput) {
    this.ms = input.found.mentions;
    this.entityOf = input.resolution.entityOf;
    this.entities = input.resolution.entities;
  }

  private add(
    type: LocalRelation["type"],
    source: number,
    target: number,
    sentence: number,
    extra: Partial<LocalRelation> = {},
  ) {
    if (source < 0 || target < 0 || source === target) return;
    this.relations.push({ type, source, target, sentence, origin: "text", ...extra });
  }

  private entity(mention: number | undefined): number {
    return mention === undefined ? -1 : (this.entityOf[mention] ?? -1);
  }

  private gap(a: FoundMention, b: FoundMention): string {
    return this.input.text.slice(a.end, b.start);
  }

  run(): LocalRelation[] {
    this.roleRelations();
    this.placeRelations();
    for (const sentence of this.input.sentences) this.sentenceRelations(sentence);
    return this.relations;
  }

  private roleRelation(person: number, role: string, holder: number, sentence: number) {
    const p = this.entity(person);
    const h = this.entity(holder);
    if (p < 0 || h < 0) return;
    const holderEntity = this.entities[h]!;
    const words = role.split(/[\s-]+/).map(normaliseCue);
    const subordinate = words.some((w) => w === "deputy" || w === "vice");
    if (words.some((w) => COMMAND_ROLES.has(w)) && holderEntity.type === "organisation")
      this.add("commands", p, h, sentence);
    else if (
      !subordinate &&
      (words.some((w) => LEADER_ROLES.has(w)) || role.includes("prime minister")) &&
      words.includes("minister") === false
    )
      this.add("leads", p, h, sentence);
    else if (!subordinate && role === "prime minister") this.add("leads", p, h, sentence);
    else if (
      holderEntity.type === "organisation" &&
      words.some((w) => MEMBER_ROLES.has(w) || PERSON_TITLES.has(w))
    )
      this.add("member-of", p, h, sentence);
    const personEntity = this.entities[p]!;
    if (!personEntity.roles.includes(role)) personEntity.roles.push(role);
    if (!personEntity.country && holderEntity.country) personEntity.country = holderEntity.country;
  }

  private roleRelations() {
    for (const link of this.input.found.roleLinks)
      this.roleRelation(link.person, link.role, link.holder, link.sentence);
    const ms = this.ms;
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      if (a.sentence !== b.sentence) continue;
      const gap = this.gap(a, b);
      // "<org or place> <role words> <person>": "Kremlin spokesman X", "Ukrainian army chief X".
      if (b.type === "person" && (a.type === "organisation" || a.type === "place")) {
        const words = gap.match(/^(?:['’]s?)?\s+((?:[\p{Ll}-]+\s+){1,4})$/u);
        if (words) {
          const role = words[1]!.trim();
          if (role.split(/\s+/).some((w) => PERSON_TITLES.has(w)))
            this.roleRelation(i + 1, role, i, a.sentence);
        }
      }
      // "<person>, (the) <role> of (the) <org>".
      if (a.type === "person" && (b.type === "organisation" || b.type === "place")) {
        const words = gap.match(
          /^,\s+(?:the\s+|a\s+)?((?:[\p{L}-]+\s+){1,3})(?:of|for|at)\s+(?:the\s+)?[“"]?$/u,
        );
        if (
          words &&
          words[1]!
            .trim()
            .split(/\s+/)
            .some((w) => PERSON_TITLES.has(w.toLowerCase()))
        ) {
          this.roleRelation(i, words[1]!.trim().toLowerCase(), i + 1, a.sentence);
        }
      }
      // "<org>’s <role>, <person>".
      if (a.type === "organisation" && b.type === "person") {
        const words = gap.match(/^['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+$/u);
        if (words && words[1]!.split(/\s+/).some((w) => PERSON_TITLES.has(w)))
          this.roleRelation(i + 1, words[1]!, i, a.sentence);
      }
    }
  }

  private rank(m: FoundMention): number {
    return PLACE_RANK[m.placeClass ?? "other"] ?? 3;
  }

  private placeRelations() {
    const ms = this.ms;
    const text = this.input.text;
    for (let i = 0; i < ms.length; i++) {
      const a = ms[i]!;
      if (a.type === "event" && a.anchor !== undefined)
        this.add("located-in", this.entity(i), this.entity(a.anchor), a.sentence);
      if (a.type !== "place" || a.referring) continue;
      const b = ms[i + 1];
      if (b && b.sentence === a.sentence && b.type === "place" && !b.referring) {
        const gap = this.gap(a, b);
        // "Russia’s southern Kursk region": the possessed place lies in the possessor.
        if (/^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) && this.rank(b) > this.rank(a))
          this.add("located-in", this.entity(i + 1), this.entity(i), a.sentence);
        // "the Kursk border town of Sudzha".
        if (/^\s+(?:[\p{Ll}-]+\s+)?(?:town|city|village|district|region|port)\s+of\s+$/u.test(gap))
          this.add("located-in", this.entity(i + 1), this.entity(i), a.sentence);
        // "Pokrovsk, Donetsk region, Ukraine": a comma chain from smaller to larger.
        if (/^,\s*$/.test(gap) && this.rank(b) < this.rank(a) && a.placeClass !== "other") {
          const next = ms[i + 2];
          const isList =
            next &&
            next.sentence === a.sentence &&
            next.type === "place" &&
            this.rank(next) === this.rank(b) &&
            /^,?\s*(?:and\s+)?$/.test(this.gap(b, next));
          if (!isList) this.add("located-in", this.entity(i), this.entity(i + 1), a.sentence);
        }
        // "the city of Pokrovsk in Ukraine’s eastern Donetsk region", "a river that runs through the X region".
        if (/^\s+(?:in|inside|within|(?:that|which)\s+(?:runs|flows)\s+through)\s+(?:the\s+)?$/u.test(gap)) {
          const c = ms[i + 2];
          const target =
            c &&
            c.type === "place" &&
            c.sentence === a.sentence &&
            /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(this.gap(b, c))
              ? i + 2
              : i + 1;
          if (this.rank(ms[target]!) < this.rank(a) || a.placeClass === "other")
            this.add("located-in", this.entity(i), this.entity(target), a.sentence);
        }
      }
      // "the Russian border region of Belgorod": a demonym before "region of".
      const before = text.slice(Math.max(0, a.start - 60), a.start);
      const demonym = before.match(
        /(\p{Lu}\p{L}+)\s+(?:[\p{Ll}-]+\s+)?(?:region|province|town|city|village|district)\s+of\s+$/u,
      );
      const country = demonym ? gazetteer().countryOfDemonym(demonym[1]!) : undefined;
      const countryEntity = country ? this.entities.find((e) => e.geo === country.id && !e.weak) : undefined;
      if (countryEntity && a.placeClass !== "country")
        this.add("located-in", this.entity(i), countryEntity.id, a.sentence);
    }
  }

  private bySentence: Map<number, number[]> | undefined;

  private mentionsIn(sentence: Sentence): number[] {
    if (!this.bySentence) {
      this.bySentence = new Map();
      this.ms.forEach((m, i) => {
        if (this.entity(i) < 0) return;
        const list = this.bySentence!.get(m.sentence) ?? [];
        list.push(i);
        this.bySentence!.set(m.sentence, list);
      });
    }
    return this.bySentence.get(sentence.index) ?? [];
  }

  private sentenceRelations(sentence: Sentence) {
    const here = this.mentionsIn(sentence);
    const tokens = tokenize(sentence.text, sentence.start);
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
    }
    this.visits(sentence, here);
    for (const i of here)
      if (this.ms[i]!.type === "person" && !this.ms[i]!.referring) this.lastPerson = this.entity(i);
  }

  /** "In his first visit to the region", "X … during a rare visit to Y": who visited, and where. */
  private visits(sentence: Sentence, here: number[]) {
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

  /** The mention that is the subject before token position `at`, skipping adverbs and appositions. */
  private subjectBefore(here: number[], at: number, sentence: Sentence): number | undefined {
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
      if (candidate !== undefined && words.every((w) => SUBJECT_SKIP.test(w) || /^\d/.test(w))) {
        // "A commander of the X unit claimed": X sits in a phrase after the real, unnamed subject.
        const lead = text.slice(
          Math.max(sentence.start, this.ms[candidate]!.start - 12),
          this.ms[candidate]!.start,
        );
        if (/\bof\s+(?:the\s+|a\s+|an\s+)?[“"]?$/.test(lead)) return undefined;
        return candidate;
      }
      // An apposition ", the Ukrainian minister for …," between the subject and its verb.
      const appositionEnd = slice.lastIndexOf(",");
      if (
        appositionEnd > 0 &&
        /^,\s*(?:\S+\s+){0,3}$/.test(text.slice(sentence.start + appositionEnd, cursor))
      ) {
        const opening = slice.lastIndexOf(",", appositionEnd - 1);
        if (opening > 0) {
          cursor = sentence.start + opening;
          continue;
        }
      }
      return undefined;
    }
    return undefined;
  }

  private roleHolders: Map<string, number> | undefined;

  /** The first person in the article who holds a role ("the governor" → the governor named). */
  private holderOfRole(word: string): number | undefined {
    if (!this.roleHolders) {
      this.roleHolders = new Map();
      for (const e of this.entities) {
        if (e.type !== "person") continue;
        for (const role of e.roles)
          for (const w of role.split(/\s+/)) if (!this.roleHolders.has(w)) this.roleHolders.set(w, e.id);
      }
    }
    return this.roleHolders.get(word);
  }

  private pronounOrRole(sentence: Sentence, before: number): number | undefined {
    const head = this.input.text.slice(sentence.start, before).trim();
    if (/(?:^|[,”"]\s*)(?:he|she)(?:\s+\w+)?$/i.test(head) || /^(?:he|she)\b/i.test(head))
      return this.lastSpeaker ?? this.lastPerson;
    const role = head.match(/(?:^|\s)the\s+(?:([A-Z]\w+)\s+)?([a-z-]+)$/);
    if (role && PERSON_TITLES.has(role[2]!)) return this.holderOfRole(role[2]!);
    return undefined;
  }

  private speech(
    sentence: Sentence,
    here: number[],
    tokens: ReturnType<typeof tokenize>,
    quotes: { start: number; end: number }[],
    inQuote: (p: number) => boolean,
  ) {
    const text = this.input.text;
    const verbs = tokens
      .map((t, k) =>
        SPEECH_VERBS.has(t.text.toLowerCase()) && !inQuote(t.start) && isSpeechUse(tokens, t) ? k : -1,
      )
      .filter((k) => k >= 0);
    let speakerMention: number | undefined;
    let speaker: number | undefined;
    let contentStart = sentence.start;
    let contentEnd = sentence.end;
    // The first speech verb that has a speaker: "Amid claims of gains, X emphasized that …".
    for (const verbIndex of verbs) {
      contentStart = sentence.start;
      contentEnd = sentence.end;
      const verb = tokens[verbIndex]!;
      const subject = this.subjectBefore(here, verb.start, sentence);
      const after = here.find(
        (i) => this.ms[i]!.start >= verb.end && /^\s*$/.test(text.slice(verb.end, this.ms[i]!.start)),
      );
      if (subject !== undefined && this.ms[subject]!.type !== "place") {
        speakerMention = subject;
        contentStart = verb.end;
        // "told a CNN team on the ground in Sumy that …": the statement starts after "that".
        const that = tokens.findIndex(
          (t, k) => k > verbIndex && k <= verbIndex + 12 && t.text.toLowerCase() === "that",
        );
        if (that >= 0 && !/[,;]/.test(text.slice(verb.end, tokens[that]!.start)))
          contentStart = tokens[that]!.end;
        // "…, analyst X said.": the statement came before the speaker.
        if (text.slice(contentStart, sentence.end).trim().split(/\s+/).length < 4) {
          contentStart = sentence.start;
          contentEnd = this.ms[subject]!.start;
        }
      } else if (after !== undefined && this.ms[after]!.type === "person") {
        speakerMention = after;
        contentEnd = verb.start;
      } else {
        speaker = this.pronounOrRole(sentence, verb.start);
        // Only a passive ("were outlined by X") names its speaker after "by".
        const passive = /^(?:was|were|is|are|been|be|being)$/i.test(tokens[verbIndex - 1]?.text ?? "");
        if (speaker === undefined && passive) {
          const by = here.find(
            (i) =>
              this.ms[i]!.type === "person" &&
              /\bby\s+(?:\S+\s+){0,4}$/.test(text.slice(verb.end, this.ms[i]!.start)),
          );
          if (by !== undefined) {
            speakerMention = by;
            contentEnd = verb.start;
          }
        } else if (speaker !== undefined)
          contentStart =
            text.slice(verb.end, sentence.end).trim().split(/\s+/).length < 4 ? sentence.start : verb.end;
      }
      if (speakerMention !== undefined || speaker !== undefined) break;
    }
    if (speakerMention === undefined && speaker === undefined) {
      const according = here.find((i) =>
        /according to\s+$/.test(text.slice(Math.max(0, this.ms[i]!.start - 20), this.ms[i]!.start)),
      );
      if (according !== undefined && this.ms[according]!.type !== "place") {
        speakerMention = according;
        contentEnd = this.ms[according]!.start;
      }
    }
    if (speakerMention !== undefined) speaker = this.entity(speakerMention);
    if (speaker === undefined || speaker < 0) return;
    const speakerEntity = this.entities[speaker]!;
    if (speakerEntity.type === "place") return;
    if (speakerEntity.type === "person") this.lastSpeaker = speaker;
    // Quoted words are the statement wherever they stand; a two-word scare quote is not.
    const spoken = quotes.filter((q) => text.slice(q.start, q.end).split(/\s+/).length >= 4);
    if (spoken.length > 0) {
      contentStart = spoken[0]!.start;
      contentEnd = spoken[spoken.length - 1]!.end;
    }
    const target = this.mainTopic(here, contentStart, contentEnd, speaker);
    if (target === undefined) return;
    const words =
      spoken.length > 0
        ? spoken.map((q) => text.slice(q.start, q.end).replace(/^[“"‘]|[”"’]$/g, "")).join(" … ")
        : text
            .slice(contentStart, contentEnd)
            .trim()
            .replace(/^that\s+/, "");
    this.add("said", speaker, target, sentence.index, {
      quote: words,
      speech: spoken.length > 0 ? "direct" : "reported",
    });
  }

  /** What a statement is mainly about: an event it names, else a place, organisation or person. */
  private mainTopic(here: number[], start: number, end: number, speaker: number): number | undefined {
    const speakerEntity = this.entities[speaker]!;
    const candidates = here.filter((i) => {
      const m = this.ms[i]!;
      const e = this.entity(i);
      if (m.start < start || m.end > end || e === speaker || m.referring) return false;
      const entity = this.entities[e]!;
      if (
        entity.type === "place" &&
        entity.geo &&
        speakerEntity.country &&
        entity.geo === speakerEntity.country
      )
        return false;
      // A place that only qualifies another place ("Kursk border town of X", "Russia’s … region").
      const next = this.ms[i + 1];
      if (
        m.type === "place" &&
        next?.type === "place" &&
        /^(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}|\s+(?:[\p{Ll}-]+\s+)?(?:town|city|village|district|region)\s+of\s+)$/u.test(
          this.gap(m, next),
        )
      )
        return false;
      return true;
    });
    const priority = (i: number) => {
      const m = this.ms[i]!;
      if (m.type === "event" && (m.eventClass === "war" || m.eventClass === "talks")) return 4;
      return ["event", "place", "organisation", "person"].indexOf(m.type);
    };
    return candidates.sort((a, b) => priority(a) - priority(b) || a - b).map((i) => this.entity(i))[0];
  }

  private actions(
    sentence: Sentence,
    here: number[],
    tokens: ReturnType<typeof tokenize>,
    inQuote: (p: number) => boolean,
  ) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const lower = t.text.toLowerCase();
      const next = tokens[k + 1]?.text.toLowerCase();
      let type: "attacked" | "captured" | "visited" | undefined;
      if (VISIT_VERBS.has(lower) && !/^visits?$/.test(lower)) type = "visited";
      else if (
        CAPTURE_VERBS.has(lower) &&
        !(
          lower === "control" &&
          tokens[k - 1]?.text.toLowerCase() !== "in" &&
          tokens[k - 1]?.text.toLowerCase() !== "took" &&
          tokens[k - 1]?.text.toLowerCase() !== "seize"
        )
      )
        type = "captured";
      else if (lower === "control" && next === "of") type = "captured";
      else if (ATTACK_VERBS.has(lower)) type = "attacked";
      if (!type || inQuote(t.start)) continue;
      if (
        /^(?:advance|advances|advanced|advancing|push|pushed|pushing|enter|entered|entering|penetrate|penetrated|launch|launched)$/.test(
          lower,
        ) &&
        !/^(?:into|in|on|deep)$/.test(next ?? "") &&
        lower !== "entered" &&
        lower !== "entering"
      )
        continue;
      if (lower === "control" && tokens[k - 1]?.text.toLowerCase() === "of") continue;
      // "X were (now fully) in control of Y": the subject stands before "in".
      let verbAt = k;
      if (lower === "control")
        while (
          verbAt > 0 &&
          !/^(?:in|took|take|takes|taken|seized|gained|seize)$/i.test(tokens[verbAt]!.text)
        )
          verbAt--;
      const subject = this.subjectBefore(here, tokens[verbAt]!.start, sentence);
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
        if (
          !/^(?:\s+(?:of|into|in|on|the|a|an|fully|further|deep|deeper|control|over|across|toward|towards|and|damaged|\d+\S*|km|kilometers|kilometres|third|second|bridge|border|town|city|region|village|\p{Lu}[\p{L}’'-]*))*\s*[“"]?$/u.test(
            gap,
          )
        )
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
      // Advancing "in southern Russia" says where fighting is, not what was attacked: motion verbs
      // take regions, towns and sites as targets, not whole countries.
      if (MOTION_VERBS.test(lower) && this.ms[object]!.placeClass === "country") continue;
      this.add(type, this.entity(subject), this.entity(object), sentence.index);
    }
  }
}

/** Speech verbs that introduce speech, not "declared a state of emergency". */
function isSpeechUse(tokens: { text: string }[], verb: { text: string }): boolean {
  const index = tokens.indexOf(verb as (typeof tokens)[number]);
  const next = tokens[index + 1]?.text.toLowerCase() ?? "";
  const lower = verb.text.toLowerCase();
  if (/^(?:declared|declares|called|calls|reported|reports|described|outlined|posted|posts)$/.test(lower)) {
    return (
      next === "that" ||
      next === ":" ||
      next === "by" ||
      /^[“"]$/.test(next) ||
      next === "," ||
      next === "." ||
      next === ""
    );
  }
  return true;
}

function quoteSpans(sentence: Sentence): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // The end of a quotation opened in an earlier sentence: “… . … positions,” X said.
  const close = sentence.text.search(/[”]/);
  const open = sentence.text.search(/[“]/);
  if (close > 0 && (open < 0 || open > close))
    spans.push({ start: sentence.start, end: sentence.start + close + 1 });
  for (const match of sentence.text.matchAll(/[“"]([^”"]{3,})[”"]?/g)) {
    const start = sentence.start + (match.index ?? 0);
    spans.push({ start, end: start + match[0].length });
  }
  return spans;
}

export function extractRelations(input: RelationInput): LocalRelation[] {
  return new ArticleRelations(input).run();
}

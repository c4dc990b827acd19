import type { FoundMention, FoundMentions } from "./mention-types";
import type { LocalResolution } from "./resolve-local";
import type { LocalEntity, LocalRelation, Sentence } from "./types";

export interface RelationInput {
  text: string;
  sentences: Sentence[];
  found: FoundMentions;
  resolution: LocalResolution;
}

export const MOTION_VERBS =
  /^(?:advance|advances|advanced|advancing|push|pushed|pushing|enter|enters|entered|entering|penetrate|penetrated|take|takes|took|taken|taking)$/;
export const PLACE_RANK: Record<string, number> = { country: 0, region: 1, city: 2, other: 3 };
export const ATTACK_CLASSES = new Set(["operation", "attack", "strike", "invasion"]);
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

  protected mentionsIn(sentence: Sentence): number[] {
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
      if (candidate !== undefined && words.every((w) => SUBJECT_SKIP.test(w) || /^\d/.test(w))) {
        // "A commander of the X unit claimed": X sits in a phrase after the real, unnamed subject.
        const lead = text.slice(
          Math.max(sentence.start, this.ms[candidate]!.start - 12),
          this.ms[candidate]!.start,
        );
        if (!insidePhrase && /\bof\s+(?:the\s+|a\s+|an\s+)?[“"]?$/.test(lead)) return undefined;
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
}

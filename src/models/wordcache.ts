/**
 * Per-word cache of summed class scores. Most features depend on one word only (the word
 * itself, or the word seen as the left/right neighbour); their summed weight vector is computed
 * once per distinct word and reused, so that tagging a token costs a few vector additions plus
 * the lookups of the features that really depend on the context. News text repeats words, so
 * the cache hit rate is high. Results are identical to scoring every feature separately.
 */
import { FeatureBuffer } from "./hash";
import type { LinearModel } from "./perceptron";

/** Sentinels for positions before the first and after the last token. */
export const SENT_START = "\u0000<s>";
export const SENT_END = "\u0000</s>";

export type SlotFeatures = (token: string, slot: number, buf: FeatureBuffer) => void;

export class WordVectorCache {
  private readonly cache = new Map<string, Float32Array>();
  private readonly buf = new FeatureBuffer(64);
  private readonly tmp: Float64Array;

  constructor(
    private readonly model: LinearModel,
    private readonly slots: number,
    private readonly features: SlotFeatures,
    private readonly limit = 100_000,
  ) {
    this.tmp = new Float64Array(model.nClasses);
  }

  /** Scores of `token` in every slot: slot s occupies [s * C, (s + 1) * C). */
  get(token: string): Float32Array {
    let v = this.cache.get(token);
    if (v !== undefined) return v;
    v = this.compute(token);
    if (this.cache.size >= this.limit) this.cache.clear();
    this.cache.set(token, v);
    return v;
  }

  /** The same scores without the cache (for callers that keep them in their own per-word records). */
  compute(token: string): Float32Array {
    const C = this.model.nClasses;
    const v = new Float32Array(this.slots * C);
    for (let s = 0; s < this.slots; s++) {
      this.buf.clear();
      this.features(token, s, this.buf);
      this.tmp.fill(0);
      this.model.score(this.buf.data, this.buf.length, this.tmp);
      for (let c = 0; c < C; c++) v[s * C + c] = this.tmp[c]!;
    }
    return v;
  }
}

/** scores[c] += vec[slot * C + c] */
export function addSlot(scores: Float64Array, vec: Float32Array, slot: number, C: number): void {
  const base = slot * C;
  for (let c = 0; c < C; c++) scores[c] += vec[base + c]!;
}

/**
 * scores[c] = the five slot scores of class c summed in slot order: what zeroing `scores` and five
 * `addSlot` calls (slots 0 to 4) give, the same additions in the same order, in one pass.
 */
export function sumFiveSlots(
  scores: Float64Array,
  v0: Float32Array,
  v1: Float32Array,
  v2: Float32Array,
  v3: Float32Array,
  v4: Float32Array,
  C: number,
): void {
  const c2 = 2 * C;
  const c3 = 3 * C;
  const c4 = 4 * C;
  // (0 + x, not x: a zeroed score plus -0 is +0)
  for (let c = 0; c < C; c++) scores[c] = 0 + v0[c]! + v1[C + c]! + v2[c2 + c]! + v3[c3 + c]! + v4[c4 + c]!;
}

/**
 * `sumFiveSlots` for token i of a sentence of n words: the word, then the words at -1, +1, -2, +2
 * (slots 0 to 4), `start` and `end` standing in past the sentence's edges.
 */
export function sumWindowSlots(
  scores: Float64Array,
  words: readonly { vec: Float32Array }[],
  i: number,
  n: number,
  start: { vec: Float32Array },
  end: { vec: Float32Array },
  C: number,
): void {
  sumFiveSlots(
    scores,
    words[i]!.vec,
    (i > 0 ? words[i - 1]! : start).vec,
    (i + 1 < n ? words[i + 1]! : end).vec,
    (i > 1 ? words[i - 2]! : start).vec,
    (i + 2 < n ? words[i + 2]! : end).vec,
    C,
  );
}

/**
 * Read-only feature → class-weights table laid out for scoring speed (the parser's transition
 * and label classifiers). Each open-addressing slot holds the feature key and its int16 weights
 * side by side, so scoring a feature touches one or two cache lines, where `LinearModel` touches
 * a slot index, a key array and a float32 weight row in three places. The parser scores ~80
 * features per transition over a table of a few hundred thousand rows, and those cache misses
 * were most of its run time.
 *
 * Weights are the int16 values stored in the model file (one scale per model), so scores come
 * out in those units: the same argmax as `LinearModel.score`, which multiplies by the scale.
 */
import type { LinearModel } from "./perceptron";

export interface InlineTableParts {
  nClasses: number;
  /** slot size in 32-bit words */
  stride: number;
  mask: number;
  /** every slot: its key, then its int16 weights two to a word */
  slots: Uint32Array;
  zeroRow: Int16Array | null;
}

/** Key 0 marks an empty slot; a model row whose key is 0 is kept aside (see `zeroRow`). */
export class InlineTable {
  readonly nClasses: number;
  /** slot size in 32-bit words: the key, then nClasses int16 weights (padded) */
  private readonly stride: number;
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly cells: Int16Array;
  private readonly zeroRow: Int16Array | null;
  /** written by `score` so that the warm-up loads are not optimised away */
  touched = 0;

  constructor(parts: InlineTableParts) {
    this.nClasses = parts.nClasses;
    this.stride = parts.stride;
    this.mask = parts.mask;
    this.keys = parts.slots;
    this.cells = new Int16Array(parts.slots.buffer, parts.slots.byteOffset, parts.slots.length * 2);
    this.zeroRow = parts.zeroRow;
  }

  static build(model: LinearModel): InlineTable {
    const C = model.nClasses;
    const stride = 1 + Math.ceil(C / 2);
    let size = 1024;
    while (size * 0.7 < model.size) size *= 2;
    const mask = size - 1;
    const keys = new Uint32Array(size * stride);
    const cells = new Int16Array(keys.buffer);
    const weights = int16Weights(model);
    let zero: Int16Array | null = null;
    for (let r = 0; r < model.size; r++) {
      const key = model.keys[r]!;
      if (key === 0) {
        zero = weights.slice(r * C, (r + 1) * C);
        continue;
      }
      let slot = key & mask;
      while (keys[slot * stride] !== 0) slot = (slot + 1) & mask;
      keys[slot * stride] = key;
      const to = slot * stride * 2 + 2;
      const from = r * C;
      for (let c = 0; c < C; c++) cells[to + c] = weights[from + c]!;
    }
    return new InlineTable({ nClasses: C, stride, mask, slots: keys, zeroRow: zero });
  }

  /** What the table is made of, for keeping it on disk (see table-cache.ts). */
  parts(): InlineTableParts {
    return {
      nClasses: this.nClasses,
      stride: this.stride,
      mask: this.mask,
      slots: this.keys,
      zeroRow: this.zeroRow,
    };
  }

  /** Adds the class scores (in int16 weight units) of `n` features to `scores` (zeroed by the caller). */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    const C = this.nClasses;
    const stride = this.stride;
    const mask = this.mask;
    const keys = this.keys;
    const cells = this.cells;
    // First touch every feature's home slot: these loads do not depend on each other, so their
    // cache misses overlap instead of being paid one after the other in the loop below.
    let touched = 0;
    for (let i = 0; i < n; i++) touched ^= keys[(features[i]! & mask) * stride]!;
    this.touched = touched;
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      if (key === 0) {
        const z = this.zeroRow;
        if (z) for (let c = 0; c < C; c++) scores[c] += z[c]!;
        continue;
      }
      let slot = key & mask;
      for (;;) {
        const base = slot * stride;
        const k = keys[base]!;
        if (k === key) {
          const w = base * 2 + 2;
          for (let c = 0; c < C; c++) scores[c] += cells[w + c]!;
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }
}

/**
 * The model's weights as int16 values, one scale for the model: round(w × 32767 / max |w|). A
 * model read from a file already holds these (its largest |value| is 32767, so the rounding gives
 * back exactly the stored integers, and they are used as they are); a freshly trained model's
 * float weights are converted.
 */
export function int16Weights(model: LinearModel): Int16Array {
  const stored = model.stored;
  if (stored) {
    let max = 0;
    for (let k = 0; k < stored.weights.length; k++) {
      const a = Math.abs(stored.weights[k]!);
      if (a > max) max = a;
    }
    if (max === 32767) return stored.weights;
  }
  const weights = model.weights;
  let max = 0;
  for (let k = 0; k < weights.length; k++) {
    const a = Math.abs(weights[k]!);
    if (a > max) max = a;
  }
  const inverse = max > 0 ? 32767 / max : 1;
  return Int16Array.from(weights, (w) => Math.round(w * inverse));
}

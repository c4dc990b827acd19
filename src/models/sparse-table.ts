/**
 * Read-only feature → class-weights table that keeps only each row's non-zero weights. Most rows
 * of the tagger (17 classes), the recogniser (17) and the parser's labeller (51) have a few
 * non-zero weights (3.5, 5.5 and 6.6 on average), so a dense row wastes most of its bytes: the
 * labeller's dense table was 7 MB and the tagger's 5 MB, evicted from the caches by the rest of
 * extraction between two model calls. Here an open-addressing slot holds the key and where its
 * pairs start; the pairs (class, int16 weight) of all rows sit packed in one array. Rows whose
 * weights are all zero are left out: scoring them adds nothing.
 *
 * The weights are the int16 values of the model file. `score` adds them as they are (the parser
 * scores in those units); `scoreScaled` adds each one as the float32 value weight × scale, which
 * is what `LinearModel.weights` holds, in the same order of features and, within a feature, of
 * classes (skipping a zero changes no sum), so the scores are those of the dense float model.
 */

/** load factor ≤ 0.7: probe chains stay short */
function tableSize(rows: number): number {
  let size = 1024;
  while (size * 0.7 < rows) size *= 2;
  return size;
}

export interface SparseTableParts {
  nClasses: number;
  mask: number;
  slots: Uint32Array;
  pairs: Int32Array;
  zeroRow: number;
}

export class SparseTable {
  readonly nClasses: number;
  private readonly mask: number;
  /** slot s: [2s] the key (0 = empty), [2s + 1] first pair index × 256 + number of pairs */
  private readonly slots: Uint32Array;
  /** weight × 256 + class */
  private readonly pairs: Int32Array;
  /** where the pairs of the row whose key is 0 (the empty-slot marker) are, as in a slot; -1: none */
  private readonly zeroRow: number;
  /** written by the scoring loops so that the warm-up loads are not optimised away */
  touched = 0;

  constructor(parts: SparseTableParts) {
    this.nClasses = parts.nClasses;
    this.mask = parts.mask;
    this.slots = parts.slots;
    this.pairs = parts.pairs;
    this.zeroRow = parts.zeroRow;
  }

  /** `weights`: row-major int16 weights of `keys.length` rows of `nClasses`. */
  static build(keys: Uint32Array, weights: Int16Array, nClasses: number): SparseTable {
    if (nClasses > 255) throw new Error("SparseTable: at most 255 classes");
    let nonZero = 0;
    let rows = 0;
    for (let r = 0; r < keys.length; r++) {
      let k = 0;
      for (let c = 0; c < nClasses; c++) if (weights[r * nClasses + c] !== 0) k++;
      nonZero += k;
      if (k > 0) rows++;
    }
    if (nonZero >= 1 << 24) throw new Error("SparseTable: too many weights");
    const mask = tableSize(rows) - 1;
    const slots = new Uint32Array((mask + 1) * 2);
    const pairs = new Int32Array(nonZero);
    let zero = -1;
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      const first = next;
      for (let c = 0; c < nClasses; c++) {
        const w = weights[r * nClasses + c]!;
        if (w !== 0) pairs[next++] = w * 256 + c;
      }
      const count = next - first;
      if (count === 0) continue;
      const key = keys[r]!;
      if (key === 0) {
        zero = first * 256 + count;
        continue;
      }
      let slot = key & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = key;
      slots[slot * 2 + 1] = first * 256 + count;
    }
    return new SparseTable({ nClasses, mask, slots, pairs, zeroRow: zero });
  }

  /** What the table is made of, for keeping it on disk (see table-cache.ts). */
  parts(): SparseTableParts {
    return {
      nClasses: this.nClasses,
      mask: this.mask,
      slots: this.slots,
      pairs: this.pairs,
      zeroRow: this.zeroRow,
    };
  }

  /** Where the feature's pairs are (first pair index × 256 + number of pairs), or -1 if it has none. */
  private rowOf(key: number): number {
    if (key === 0) return this.zeroRow;
    const slots = this.slots;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const k = slots[slot * 2]!;
      if (k === key) return slots[slot * 2 + 1]!;
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** First touch every feature's home slot: independent loads, so their cache misses overlap. */
  private warm(features: Uint32Array, n: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let touched = 0;
    for (let i = 0; i < n; i++) touched ^= slots[(features[i]! & mask) * 2]!;
    this.touched = touched;
  }

  /** Adds the int16 weights of `n` features to `scores` (zeroed by the caller). */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    this.warm(features, n);
    const pairs = this.pairs;
    for (let i = 0; i < n; i++) {
      const at = this.rowOf(features[i]!);
      if (at < 0) continue;
      const first = at >>> 8;
      for (let p = first; p < first + (at & 255); p++) {
        const v = pairs[p]!;
        scores[v & 255] += v >> 8;
      }
    }
  }

  /** Adds each weight as the float32 value weight × `scale` (see the module comment). */
  scoreScaled(features: Uint32Array, n: number, scores: Float64Array, scale: number): void {
    this.warm(features, n);
    const pairs = this.pairs;
    for (let i = 0; i < n; i++) {
      const at = this.rowOf(features[i]!);
      if (at < 0) continue;
      const first = at >>> 8;
      for (let p = first; p < first + (at & 255); p++) {
        const v = pairs[p]!;
        scores[v & 255] += Math.fround((v >> 8) * scale);
      }
    }
  }
}

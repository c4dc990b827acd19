/**
 * Multi-class averaged perceptron over hashed features, and the compact read-only model the
 * runtime uses.
 *
 * Training keeps one row of `nClasses` weights per feature that has ever been updated (features
 * seen only in correct predictions never get a row). Averaging uses the usual lazy
 * "timestamp" trick, so an update costs O(features × 2) whatever the number of instances.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { InlineTable, int16Weights } from "./inline-table";
import { SparseTable } from "./sparse-table";

/**
 * Read-only linear model: feature hash → row of class weights. A model read from a file scores
 * through a `SparseTable` of its int16 weights (each added as the float32 value weight × scale,
 * which is what `weights` holds, so the scores are unchanged): the tagger and the recogniser score
 * ~10–25 features per token, and between their calls the rest of extraction evicts the tables
 * from the caches, so their size is what the calls pay. A freshly trained model scores through
 * an open-addressing table whose slots hold the key and its float32 weights side by side.
 */
export class LinearModel {
  readonly nClasses: number;
  readonly keys: Uint32Array;
  /**
   * The int16 weights and their scale as read from a model file (absent in a freshly trained
   * model). The parser builds its tables from these directly; float weights are made on first use.
   */
  readonly stored: StoredWeights | undefined;
  private floats: Float32Array | undefined;
  // Built on first use: the parser scores through its own tables and never needs these, and
  // building them costs a good part of the parser's load time.
  private sparse: SparseTable | undefined;
  private inline: InlineTable | undefined;
  private dense: Float32Array | undefined;
  private denseKeys = new Uint32Array(0);
  /** slot size of `dense` in 32-bit words: the key, then nClasses weights */
  private readonly stride: number;
  private mask = 0;
  /** weights of the row whose key is 0 (key 0 marks an empty slot), if any */
  private zeroRow: Float32Array | null = null;

  constructor(nClasses: number, keys: Uint32Array, weights: Float32Array | StoredWeights) {
    this.nClasses = nClasses;
    this.keys = keys;
    if (weights instanceof Float32Array) this.floats = weights;
    else this.stored = weights;
    this.stride = 1 + nClasses;
  }

  /** Row-major float weights (row r, class c at r * nClasses + c). */
  get weights(): Float32Array {
    if (this.floats === undefined) {
      const { weights: q, scale } = this.stored!;
      const floats = new Float32Array(q.length);
      for (let k = 0; k < q.length; k++) floats[k] = q[k]! * scale;
      this.floats = floats;
    }
    return this.floats;
  }

  private buildDense(): Float32Array {
    const keys = this.keys;
    const C = this.nClasses;
    const stride = this.stride;
    let size = 1024;
    // load factor ≤ 0.7: short probe chains
    while (size * 0.7 < keys.length) size *= 2;
    const mask = size - 1;
    const buffer = new ArrayBuffer(size * stride * 4);
    const denseKeys = new Uint32Array(buffer);
    const dense = new Float32Array(buffer);
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r]!;
      if (k === 0) {
        this.zeroRow = this.weights.slice(r * C, (r + 1) * C);
        continue;
      }
      let slot = k & mask;
      while (denseKeys[slot * stride] !== 0) slot = (slot + 1) & mask;
      denseKeys[slot * stride] = k;
      dense.set(this.weights.subarray(r * C, (r + 1) * C), slot * stride + 1);
    }
    this.mask = mask;
    this.denseKeys = denseKeys;
    this.dense = dense;
    return dense;
  }

  /** Adds the class scores of `n` features to `scores` (which the caller zeroes). */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    const stored = this.stored;
    if (stored) {
      (this.sparse ?? this.sparseTable()).scoreScaled(features, n, scores, stored.scale);
      return;
    }
    const dense = this.dense ?? this.buildDense();
    const keys = this.denseKeys;
    const C = this.nClasses;
    const stride = this.stride;
    const mask = this.mask;
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
          for (let c = 0; c < C; c++) scores[c] += dense[base + 1 + c]!;
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * The non-zero int16 weights in a `SparseTable`, built on first use: the stored weights of a
   * model read from a file (the same values `int16Weights` gives), a fresh model's converted.
   */
  sparseTable(): SparseTable {
    this.sparse ??= SparseTable.build(this.keys, this.stored?.weights ?? int16Weights(this), this.nClasses);
    return this.sparse;
  }

  /** The int16 weights beside their keys in an `InlineTable`, built on first use. */
  inlineTable(): InlineTable {
    this.inline ??= InlineTable.build(this);
    return this.inline;
  }

  /** Tables built earlier from these same weights (kept on disk by table-cache.ts). */
  adoptTables(tables: { sparse?: SparseTable; inline?: InlineTable }): void {
    if (tables.sparse) this.sparse = tables.sparse;
    if (tables.inline) this.inline = tables.inline;
  }

  /** The tables built so far. */
  builtTables(): { sparse?: SparseTable; inline?: InlineTable } {
    return {
      ...(this.sparse ? { sparse: this.sparse } : {}),
      ...(this.inline ? { inline: this.inline } : {}),
    };
  }
}

/** Weights as stored in a model file: float weight = int16 value × scale. */
export interface StoredWeights {
  weights: Int16Array;
  scale: number;
}

/** Trainable averaged perceptron. */
export class AveragedPerceptron {
  readonly nClasses: number;
  private rows = new Map<number, number>();
  private keyList: number[] = [];
  private w: Float64Array;
  private totals: Float64Array;
  private stamps: Int32Array;
  /** Number of training instances seen (the averaging clock). */
  private clock = 0;

  constructor(nClasses: number, initialRows = 1 << 14) {
    this.nClasses = nClasses;
    this.w = new Float64Array(initialRows * nClasses);
    this.totals = new Float64Array(initialRows * nClasses);
    this.stamps = new Int32Array(initialRows * nClasses);
  }

  private rowOf(key: number, create: boolean): number {
    const r = this.rows.get(key);
    if (r !== undefined) return r;
    if (!create) return -1;
    const idx = this.keyList.length;
    this.keyList.push(key);
    this.rows.set(key, idx);
    const need = (idx + 1) * this.nClasses;
    if (need > this.w.length) {
      const grow = (a: Float64Array): Float64Array => {
        const n = new Float64Array(a.length * 2);
        n.set(a);
        return n;
      };
      this.w = grow(this.w);
      this.totals = grow(this.totals);
      const s = new Int32Array(this.stamps.length * 2);
      s.set(this.stamps);
      this.stamps = s;
    }
    return idx;
  }

  /** Current (non-averaged) scores; used during training. */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    const C = this.nClasses;
    for (let i = 0; i < n; i++) {
      const r = this.rows.get(features[i]!);
      if (r === undefined) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) scores[c] += this.w[base + c]!;
    }
  }

  /** Marks the end of one training instance (advances the averaging clock). */
  tick(): void {
    this.clock++;
  }

  /** Standard perceptron update: +1 for the gold class, -1 for the predicted class. */
  update(features: Uint32Array, n: number, gold: number, guess: number): void {
    if (gold === guess) return;
    for (let i = 0; i < n; i++) {
      const r = this.rowOf(features[i]!, true);
      this.bump(r * this.nClasses + gold, 1);
      this.bump(r * this.nClasses + guess, -1);
    }
  }

  /** Adds `delta` to the weights of class `cls` for `n` features (structured updates). */
  adjust(features: Uint32Array, n: number, cls: number, delta: number): void {
    for (let i = 0; i < n; i++) this.bump(this.rowOf(features[i]!, true) * this.nClasses + cls, delta);
  }

  private bump(idx: number, delta: number): void {
    this.totals[idx] += (this.clock - this.stamps[idx]!) * this.w[idx]!;
    this.stamps[idx] = this.clock;
    this.w[idx] += delta;
  }

  /**
   * Averaged weights as a compact model. Rows whose largest absolute averaged weight is below
   * `minWeight` are dropped; the rest are kept as float32 (quantised to int16 on save).
   */
  finish(minWeight = 0): LinearModel {
    const C = this.nClasses;
    const keep: number[] = [];
    const avg = new Float64Array(this.keyList.length * C);
    const T = Math.max(1, this.clock);
    for (let r = 0; r < this.keyList.length; r++) {
      let max = 0;
      for (let c = 0; c < C; c++) {
        const idx = r * C + c;
        const total = this.totals[idx]! + (this.clock - this.stamps[idx]!) * this.w[idx]!;
        const a = total / T;
        avg[idx] = a;
        if (Math.abs(a) > max) max = Math.abs(a);
      }
      if (max > minWeight) keep.push(r);
    }
    // Sort kept rows by key so that the output is independent of insertion order details.
    keep.sort((a, b) => this.keyList[a]! - this.keyList[b]!);
    const keys = new Uint32Array(keep.length);
    const weights = new Float32Array(keep.length * C);
    keep.forEach((r, i) => {
      keys[i] = this.keyList[r]!;
      for (let c = 0; c < C; c++) weights[i * C + c] = avg[r * C + c]!;
    });
    return new LinearModel(C, keys, weights);
  }

  get rowCount(): number {
    return this.keyList.length;
  }
}

/**
 * The mean of several linear models over the same classes (rows missing from a model count as
 * zero), less the rows whose largest absolute mean weight is at most `minWeight`. Scores are
 * linear in the weights, so the mean model scores every input exactly as the mean of the
 * models' scores would.
 */
export function averageModels(models: LinearModel[], minWeight = 0): LinearModel {
  if (models.length === 0) throw new Error("averageModels: no model");
  const C = models[0]!.nClasses;
  const sums = new Map<number, Float64Array>();
  for (const m of models) {
    if (m.nClasses !== C) throw new Error("averageModels: class counts differ");
    const w = m.weights;
    for (let r = 0; r < m.size; r++) {
      const key = m.keys[r]!;
      let row = sums.get(key);
      if (row === undefined) {
        row = new Float64Array(C);
        sums.set(key, row);
      }
      for (let c = 0; c < C; c++) row[c]! += w[r * C + c]!;
    }
  }
  const K = models.length;
  const kept = [...sums.keys()]
    .filter((key) => sums.get(key)!.some((v) => Math.abs(v / K) > minWeight))
    .sort((a, b) => a - b);
  const keys = Uint32Array.from(kept);
  const weights = new Float32Array(kept.length * C);
  kept.forEach((key, i) => {
    const row = sums.get(key)!;
    for (let c = 0; c < C; c++) weights[i * C + c] = row[c]! / K;
  });
  return new LinearModel(C, keys, weights);
}

/** Argmax over the first `n` scores, optionally skipping classes where `allowed[c]` is false. */
export function argmax(scores: Float64Array, n: number, allowed?: ArrayLike<boolean>): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < n; c++) {
    if (allowed && !allowed[c]) continue;
    const s = scores[c]!;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// (De)serialisation: gzip( "NGM1" | u32 header length | header JSON | pad | u32 keys | i16 weights )
// Weights are quantised to int16 with one scale per model (max |w| / 32767).

const MAGIC = 0x314d474e; // "NGM1" little-endian

export interface ModelFile<H> {
  header: H;
  models: LinearModel[];
}

interface StoredHeader<H> {
  meta: H;
  models: { nClasses: number; rows: number; scale: number }[];
}

export function encodeModels<H>(meta: H, models: LinearModel[]): Buffer {
  const stored: StoredHeader<H> = {
    meta,
    models: models.map((m) => {
      let max = 0;
      for (const w of m.weights) max = Math.max(max, Math.abs(w));
      return { nClasses: m.nClasses, rows: m.size, scale: max > 0 ? max / 32767 : 1 };
    }),
  };
  const headerBytes = Buffer.from(JSON.stringify(stored), "utf8");
  const pad = (4 - ((8 + headerBytes.length) % 4)) % 4;
  const parts: Buffer[] = [];
  const top = Buffer.alloc(8);
  top.writeUInt32LE(MAGIC, 0);
  top.writeUInt32LE(headerBytes.length, 4);
  parts.push(top, headerBytes, Buffer.alloc(pad));
  models.forEach((m, i) => {
    const scale = stored.models[i]!.scale;
    // Delta-encode the sorted keys: smaller numbers compress much better.
    const deltas = new Uint32Array(m.size);
    let prev = 0;
    for (let r = 0; r < m.size; r++) {
      deltas[r] = (m.keys[r]! - prev) >>> 0;
      prev = m.keys[r]!;
    }
    parts.push(Buffer.from(deltas.buffer, deltas.byteOffset, deltas.byteLength));
    const q = new Int16Array(m.weights.length);
    for (let k = 0; k < q.length; k++) q[k] = Math.round(m.weights[k]! / scale);
    const bytes = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
    parts.push(bytes);
    if (bytes.length % 4 !== 0) parts.push(Buffer.alloc(4 - (bytes.length % 4)));
  });
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModels<H>(gz: Uint8Array): ModelFile<H> {
  const buf = gunzipSync(gz);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error("not a newsgraph model file");
  const hlen = view.getUint32(4, true);
  const stored = JSON.parse(buf.subarray(8, 8 + hlen).toString("utf8")) as StoredHeader<H>;
  let off = 8 + hlen;
  off += (4 - (off % 4)) % 4;
  const models: LinearModel[] = [];
  for (const spec of stored.models) {
    const keys = new Uint32Array(
      buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + spec.rows * 4),
    );
    let prev = 0;
    for (let r = 0; r < spec.rows; r++) {
      prev = (prev + keys[r]!) >>> 0;
      keys[r] = prev;
    }
    off += spec.rows * 4;
    const n = spec.rows * spec.nClasses;
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + n * 2));
    off += n * 2;
    off += (4 - (off % 4)) % 4;
    models.push(new LinearModel(spec.nClasses, keys, { weights: q, scale: spec.scale }));
  }
  return { header: stored.meta, models };
}

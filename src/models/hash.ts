/**
 * Feature hashing. Every feature is a template id plus one or more string/number parts; it is
 * hashed with 32-bit FNV-1a over the UTF-16 code units, without building the feature string.
 * Collisions between distinct features are possible but rare at the sizes used here (< 2M
 * features in a 2^32 space) and only cost a little accuracy.
 *
 * Hashes and hash states are returned as int32 (`| 0`), not uint32: every reader treats them as 32
 * bits (more mixing, `&` with a table mask, a store into a Uint32Array, which keeps the same bits),
 * and an int32 is a small integer to V8, where a uint32 of 2^31 or more, half of all hashes, was a
 * heap number allocated at each return from a call that was not inlined.
 */
import { mulberry32 } from "../random";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Starts a feature hash for template `template` (a small integer). */
export function hStart(template: number): number {
  let h = FNV_OFFSET;
  h ^= template & 0xff;
  h = Math.imul(h, FNV_PRIME);
  h ^= (template >>> 8) & 0xff;
  h = Math.imul(h, FNV_PRIME);
  return h | 0;
}

/** Mixes a string into a hash (with a separator so that ("ab","c") differs from ("a","bc")). */
export function hStr(h: number, s: string): number {
  let x = h ^ 0x1f;
  x = Math.imul(x, FNV_PRIME);
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, FNV_PRIME);
  }
  return x | 0;
}

/** Mixes a slice s[from, to) of a string into a hash (used for prefixes/suffixes). */
export function hSlice(h: number, s: string, from: number, to: number): number {
  let x = h ^ 0x1e;
  x = Math.imul(x, FNV_PRIME);
  for (let i = from; i < to; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, FNV_PRIME);
  }
  return x | 0;
}

/** Mixes a small integer into a hash. */
export function hInt(h: number, n: number): number {
  let x = h ^ 0x1d;
  x = Math.imul(x, FNV_PRIME);
  x ^= n & 0xffff;
  x = Math.imul(x, FNV_PRIME);
  x ^= (n >>> 16) & 0xffff;
  x = Math.imul(x, FNV_PRIME);
  return x | 0;
}

/**
 * Mixes a 32-bit integer into a hash (one MurmurHash3 round). Cheap enough to combine per-token
 * values that were hashed once per sentence, so that a feature costs a few multiplications
 * instead of a pass over its strings.
 */
export function hMix(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

/** Final avalanche so that the low bits used by the open-addressing table are well mixed. */
export function hFinal(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x | 0;
}

/**
 * A growable list of feature hashes for one decision, reused between decisions so that feature
 * extraction does not allocate.
 */
export class FeatureBuffer {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 128) {
    this.data = new Uint32Array(capacity);
  }
  clear(): void {
    this.length = 0;
  }
  push(h: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = hFinal(h);
  }
  /** Appends an already finalised feature hash. */
  pushRaw(h: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = h;
  }
  /** A copy of the current features (for caching during training). */
  snapshot(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Deterministic pseudo-random numbers for shuffling and exploration (the project's mulberry32). */
export const rng = mulberry32;

/** Fisher-Yates shuffle in place with a seeded generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}

/**
 * Distributional word clusters learned from unlabelled news text (the BBC corpus).
 *
 * Each frequent word (lower-cased, digits → 0) is described by PPMI-weighted counts of its
 * left and right neighbours among the most frequent context words; vectors are L2-normalised and
 * grouped by spherical k-means at two granularities (coarse and fine). Cluster ids are used as
 * features for rare words that share contexts with frequent ones (days, titles, nationalities,
 * verbs of saying, ...). Deterministic: fixed seed, sorted vocabulary.
 */
import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { tokenize } from "../corpora/tokenize";
import { rng } from "./hash";
import { wordKey } from "./tokens";

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  coarse: number;
  fine: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 4,
  contexts: 400,
  coarse: 64,
  fine: 320,
  iterations: 12,
  seed: 42,
};

export class WordClusters {
  /** word → coarse * 65536 + fine */
  private readonly map: Map<string, number>;
  /** word → capitalisation bucket (see capBucket) */
  private readonly caps: Map<string, number>;
  constructor(map: Map<string, number>, caps: Map<string, number> = new Map()) {
    this.map = map;
    this.caps = caps;
  }
  /**
   * How the word is written in running news text when not sentence-initial: 0 almost always
   * lower-case, 1 mostly lower, 2 mostly capitalised, 3 almost always capitalised, -1 unknown.
   */
  capitalisation(key: string): number {
    return this.caps.get(key) ?? -1;
  }
  /** Coarse cluster id or -1. `key` must be a wordKey(). */
  coarse(key: string): number {
    const v = this.map.get(key);
    return v === undefined ? -1 : Math.floor(v / 65536);
  }
  fine(key: string): number {
    const v = this.map.get(key);
    return v === undefined ? -1 : v % 65536;
  }
  get size(): number {
    return this.map.size;
  }
  /** Serialised as gzip("word\tcoarse\tfine\n"...), sorted by word. */
  encode(): Buffer {
    const lines = [...this.map.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([w, v]) => `${w}\t${Math.floor(v / 65536)}\t${v % 65536}\t${this.caps.get(w) ?? -1}`);
    return gzipSync(Buffer.from(`${lines.join("\n")}\n`, "utf8"), { level: 9 });
  }
  static decode(gz: Uint8Array): WordClusters {
    const text = gunzipSync(gz).toString("utf8");
    const map = new Map<string, number>();
    const caps = new Map<string, number>();
    for (const line of text.split("\n")) {
      if (!line) continue;
      const [w, c, f, cap] = line.split("\t");
      map.set(w!, Number(c) * 65536 + Number(f));
      if (cap !== undefined && cap !== "-1") caps.set(w!, Number(cap));
    }
    return new WordClusters(map, caps);
  }
  static load(path: string): WordClusters {
    return WordClusters.decode(readFileSync(path));
  }
  static empty(): WordClusters {
    return new WordClusters(new Map());
  }
}

type Sparse = { idx: Int32Array; val: Float64Array };

function kmeans(vectors: Sparse[], dims: number, k: number, iterations: number, seed: number): Int32Array {
  const n = vectors.length;
  const random = rng(seed);
  const assign = new Int32Array(n).fill(-1);
  const centroids = new Float64Array(k * dims);
  // init: k distinct random points
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, n)) chosen.add(Math.floor(random() * n));
  [...chosen].forEach((p, c) => {
    const v = vectors[p]!;
    for (let j = 0; j < v.idx.length; j++) centroids[c * dims + v.idx[j]!] = v.val[j]!;
  });
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const v = vectors[i]!;
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const base = c * dims;
        let s = 0;
        for (let j = 0; j < v.idx.length; j++) s += centroids[base + v.idx[j]!]! * v.val[j]!;
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assign[i] !== best) changed++;
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const v = vectors[i]!;
      const base = assign[i]! * dims;
      for (let j = 0; j < v.idx.length; j++) centroids[base + v.idx[j]!] += v.val[j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d]! /= norm;
    }
    if (changed === 0) break;
  }
  return assign;
}

/** Learns clusters from raw texts. */
export function trainClusters(texts: string[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): WordClusters {
  const raw = texts.map((t) => tokenize(t).map((x) => x.text));
  const sentences: string[][] = raw.map((toks) => toks.map(wordKey));
  // capitalisation statistics (not after sentence-final punctuation or at the text start)
  const capCount = new Map<string, number>();
  const seenCount = new Map<string, number>();
  raw.forEach((toks, si) => {
    toks.forEach((t, i) => {
      if (i === 0 || /^[.!?"':\n]$/.test(toks[i - 1]!) || !/^\p{L}/u.test(t)) return;
      const k = sentences[si]![i]!;
      seenCount.set(k, (seenCount.get(k) ?? 0) + 1);
      if (t[0] !== t[0]!.toLowerCase()) capCount.set(k, (capCount.get(k) ?? 0) + 1);
    });
  });
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map<string, number>();
  byFreq.slice(0, opts.contexts).forEach(([w], i) => {
    ctxIndex.set(w, i);
  });
  const vocab = byFreq.filter(([, c]) => c >= opts.minCount).map(([w]) => w);
  const vIndex = new Map<string, number>();
  vocab.forEach((w, i) => {
    vIndex.set(w, i);
  });
  const dims = opts.contexts * 2;
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  const ctxTotals = new Float64Array(dims);
  let total = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = vIndex.get(s[i]!);
      if (v === undefined) continue;
      const left = i > 0 ? ctxIndex.get(s[i - 1]!) : opts.contexts - 1;
      const right = i + 1 < s.length ? ctxIndex.get(s[i + 1]!) : opts.contexts - 1;
      const m = counts[v]!;
      if (left !== undefined) {
        m.set(left, (m.get(left) ?? 0) + 1);
        ctxTotals[left]++;
        total++;
      }
      if (right !== undefined) {
        const d = opts.contexts + right;
        m.set(d, (m.get(d) ?? 0) + 1);
        ctxTotals[d]++;
        total++;
      }
    }
  }
  const vectors: Sparse[] = counts.map((m) => {
    let wTotal = 0;
    for (const c of m.values()) wTotal += c;
    const entries = [...m.entries()]
      .map(([d, c]) => [d, Math.max(0, Math.log((c * total) / (wTotal * ctxTotals[d]!)))] as [number, number])
      .filter(([, v]) => v > 0)
      .sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, v] of entries) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    return {
      idx: Int32Array.from(entries.map((e) => e[0])),
      val: Float64Array.from(entries.map((e) => e[1] / norm)),
    };
  });
  const coarse = kmeans(vectors, dims, opts.coarse, opts.iterations, opts.seed);
  const fine = kmeans(vectors, dims, opts.fine, opts.iterations, opts.seed + 1);
  const map = new Map<string, number>();
  const caps = new Map<string, number>();
  vocab.forEach((w, i) => {
    map.set(w, coarse[i]! * 65536 + fine[i]!);
    const seen = seenCount.get(w) ?? 0;
    if (seen >= 2) {
      const r = (capCount.get(w) ?? 0) / seen;
      caps.set(w, r < 0.1 ? 0 : r < 0.5 ? 1 : r < 0.9 ? 2 : 3);
    }
  });
  return new WordClusters(map, caps);
}

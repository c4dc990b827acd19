/**
 * Part-of-speech tagger: greedy left-to-right averaged perceptron over UPOS (17 tags), in the
 * style of Collins (2002) / Honnibal's "A good POS tagger in about 200 lines". Features: the
 * word, lower-cased form, prefixes/suffixes, shape, neighbouring words (±2) and their suffixes,
 * the two previous predicted tags, and BBC word clusters of the word and its neighbours.
 * Frequent unambiguous words are tagged from a dictionary.
 */

import type { WordClusters } from "./clusters";
import { FeatureBuffer, hInt, hSlice, hStart, hStr, rng, shuffle } from "./hash";
import { AveragedPerceptron, argmax, decodeModels, encodeModels, type LinearModel } from "./perceptron";
import { wordInfo, wordKey } from "./tokens";

export const UPOS = [
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "X",
] as const;
export type Upos = (typeof UPOS)[number];

export interface PosTagger {
  /** UPOS tags for the tokens of one sentence (same length as `tokens`). */
  tag(tokens: string[]): string[];
}

const START = "-START-";
const END = "-END-";

/** Static (tag-independent) features of every token of a sentence. */
export function staticTaggerFeatures(tokens: string[], clusters: WordClusters): Uint32Array[] {
  const n = tokens.length;
  const infos = tokens.map(wordInfo);
  const keys = infos.map((x) => x.key);
  const buf = new FeatureBuffer(64);
  const out: Uint32Array[] = [];
  const key = (i: number): string => (i < 0 ? START : i >= n ? END : keys[i]!);
  for (let i = 0; i < n; i++) {
    buf.clear();
    const info = infos[i]!;
    const w = info.key;
    const f = info.form;
    buf.push(hStart(0));
    buf.push(hStr(hStart(1), w));
    buf.push(hStr(hStart(2), f));
    for (let k = 1; k <= 4 && k <= w.length; k++)
      buf.push(hInt(hSlice(hStart(3), w, w.length - k, w.length), k));
    for (let k = 1; k <= 3 && k <= w.length; k++) buf.push(hInt(hSlice(hStart(4), w, 0, k), k));
    buf.push(hStr(hStart(5), info.shape));
    buf.push(hStr(hStart(6), info.short));
    buf.push(hStr(hStart(7), key(i - 1)));
    buf.push(hStr(hStart(8), key(i + 1)));
    buf.push(hStr(hStart(9), key(i - 2)));
    buf.push(hStr(hStart(10), key(i + 2)));
    const wp = key(i - 1);
    const wn = key(i + 1);
    buf.push(hSlice(hStart(11), wp, Math.max(0, wp.length - 3), wp.length));
    buf.push(hSlice(hStart(12), wn, Math.max(0, wn.length - 3), wn.length));
    buf.push(hStr(hStr(hStart(13), wp), w));
    buf.push(hStr(hStr(hStart(14), w), wn));
    buf.push(hInt(hStart(15), clusters.coarse(w) + 1));
    buf.push(hInt(hStart(16), clusters.fine(w) + 1));
    buf.push(hInt(hStart(17), i > 0 ? clusters.fine(wp) + 1 : -2));
    buf.push(hInt(hStart(18), i + 1 < n ? clusters.fine(wn) + 1 : -2));
    buf.push(hInt(hStr(hStart(19), info.short), i === 0 ? 1 : 0));
    if (f.includes("-")) buf.push(hStart(20));
    out.push(buf.snapshot());
  }
  return out;
}

const TPL_P1 = 40;
const TPL_P2 = 41;
const TPL_P1W = 42;
const TPL_P1S = 43;

function dynamicFeatures(base: Uint32Array, buf: FeatureBuffer, p1: number, p2: number, w: string): void {
  if (buf.data.length < base.length + 8) buf.data = new Uint32Array(base.length + 16);
  buf.data.set(base);
  buf.length = base.length;
  buf.push(hInt(hStart(TPL_P1), p1));
  buf.push(hInt(hInt(hStart(TPL_P2), p1), p2));
  buf.push(hStr(hInt(hStart(TPL_P1W), p1), w));
  buf.push(hSlice(hInt(hStart(TPL_P1S), p1), w, Math.max(0, w.length - 3), w.length));
}

export interface TaggerMeta {
  kind: "pos-tagger";
  version: 1;
  classes: string[];
  /** word key → tag index for frequent unambiguous words */
  dictionary: Record<string, number>;
}

export class PerceptronTagger implements PosTagger {
  private readonly model: LinearModel;
  private readonly clusters: WordClusters;
  private readonly dict: Map<string, number>;
  private readonly buf = new FeatureBuffer(96);
  private readonly scores = new Float64Array(UPOS.length);

  constructor(model: LinearModel, clusters: WordClusters, dictionary: Record<string, number>) {
    this.model = model;
    this.clusters = clusters;
    this.dict = new Map(Object.entries(dictionary));
  }

  tag(tokens: string[]): string[] {
    if (tokens.length === 0) return [];
    const base = staticTaggerFeatures(tokens, this.clusters);
    const out: string[] = [];
    let p1 = -1;
    let p2 = -2;
    for (let i = 0; i < tokens.length; i++) {
      const w = wordInfo(tokens[i]!).key;
      let t = this.dict.get(w);
      if (t === undefined) {
        dynamicFeatures(base[i]!, this.buf, p1, p2, w);
        this.scores.fill(0);
        this.model.score(this.buf.data, this.buf.length, this.scores);
        t = argmax(this.scores, UPOS.length);
      }
      out.push(UPOS[t]!);
      p2 = p1;
      p1 = t;
    }
    return out;
  }

  encode(): Buffer {
    const meta: TaggerMeta = {
      kind: "pos-tagger",
      version: 1,
      classes: [...UPOS],
      dictionary: Object.fromEntries([...this.dict.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    };
    return encodeModels(meta, [this.model]);
  }

  static decode(gz: Uint8Array, clusters: WordClusters): PerceptronTagger {
    const { header, models } = decodeModels<TaggerMeta>(gz);
    if (header.kind !== "pos-tagger") throw new Error("not a POS tagger model");
    return new PerceptronTagger(models[0]!, clusters, header.dictionary);
  }
}

export interface TaggedSentence {
  tokens: string[];
  upos: string[];
}

export interface TaggerTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  log?: (msg: string) => void;
}

/** Builds the dictionary of frequent unambiguous words (≥ 20 occurrences, ≥ 99.5% one tag). */
function buildDictionary(data: TaggedSentence[]): Record<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of data) {
    s.tokens.forEach((t, i) => {
      const w = wordKey(t);
      const tag = UPOS.indexOf(s.upos[i] as Upos);
      if (tag < 0) return;
      const m = counts.get(w) ?? new Map<number, number>();
      m.set(tag, (m.get(tag) ?? 0) + 1);
      counts.set(w, m);
    });
  }
  const dict: Record<string, number> = {};
  for (const [w, m] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = -1;
    let bestN = 0;
    for (const [t, n] of m) {
      total += n;
      if (n > bestN) {
        bestN = n;
        best = t;
      }
    }
    if (total >= 20 && bestN / total >= 0.995) dict[w] = best;
  }
  return dict;
}

export function trainTagger(
  data: TaggedSentence[],
  clusters: WordClusters,
  opts: TaggerTrainOptions,
): PerceptronTagger {
  const dict = buildDictionary(data);
  const dictMap = new Map(Object.entries(dict));
  const p = new AveragedPerceptron(UPOS.length, 1 << 16);
  const cached = data.map((s) => ({
    s,
    base: staticTaggerFeatures(s.tokens, clusters),
    keys: s.tokens.map(wordKey),
    gold: s.upos.map((u) => Math.max(0, UPOS.indexOf(u as Upos))),
  }));
  const buf = new FeatureBuffer(96);
  const scores = new Float64Array(UPOS.length);
  const random = rng(opts.seed);
  const order = cached.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const idx of order) {
      const c = cached[idx]!;
      let p1 = -1;
      let p2 = -2;
      for (let i = 0; i < c.keys.length; i++) {
        const w = c.keys[i]!;
        let guess = dictMap.get(w);
        if (guess === undefined) {
          dynamicFeatures(c.base[i]!, buf, p1, p2, w);
          scores.fill(0);
          p.score(buf.data, buf.length, scores);
          guess = argmax(scores, UPOS.length);
          p.update(buf.data, buf.length, c.gold[i]!, guess);
        }
        p.tick();
        if (guess === c.gold[i]) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    opts.log?.(`tagger epoch ${epoch + 1}: train acc ${(correct / total).toFixed(4)}`);
  }
  return new PerceptronTagger(p.finish(opts.minWeight), clusters, dict);
}

export function taggerAccuracy(tagger: PosTagger, data: TaggedSentence[]): number {
  let correct = 0;
  let total = 0;
  for (const s of data) {
    const pred = tagger.tag(s.tokens);
    pred.forEach((t, i) => {
      if (t === s.upos[i]) correct++;
      total++;
    });
  }
  return total === 0 ? 0 : correct / total;
}

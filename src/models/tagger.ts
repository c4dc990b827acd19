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
import { addSlot, SENT_END, SENT_START, WordVectorCache } from "./wordcache";

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

/**
 * Features of one word in one slot: 0 = the word itself, 1 = as the previous word, 2 = as the
 * next word, 3 = two to the left, 4 = two to the right. Sentinels stand for the sentence edges.
 */
function taggerSlotFeatures(
  token: string,
  slot: number,
  buf: FeatureBuffer,
  clusters: WordClusters,
  ambiguity: ReadonlyMap<string, number>,
): void {
  const edge = token === SENT_START || token === SENT_END;
  const w = edge ? token : wordInfo(token).key;
  // ambiguity class: bit set of the tags the word had in training (-1 unknown, -2 edge)
  const amb = edge ? -2 : (ambiguity.get(w) ?? -1);
  const cl = edge ? -2 : clusters.fine(w) + 1;
  switch (slot) {
    case 0: {
      const info = wordInfo(token);
      buf.push(hStart(0));
      buf.push(hStr(hStart(1), w));
      buf.push(hStr(hStart(2), info.form));
      for (let k = 1; k <= 4 && k <= w.length; k++)
        buf.push(hInt(hSlice(hStart(3), w, w.length - k, w.length), k));
      for (let k = 1; k <= 3 && k <= w.length; k++) buf.push(hInt(hSlice(hStart(4), w, 0, k), k));
      buf.push(hStr(hStart(5), info.shape));
      buf.push(hStr(hStart(6), info.short));
      buf.push(hInt(hStart(15), clusters.coarse(w) + 1));
      buf.push(hInt(hStart(16), cl));
      if (info.form.includes("-")) buf.push(hStart(20));
      buf.push(hInt(hStart(21), amb));
      return;
    }
    case 1:
      buf.push(hStr(hStart(7), w));
      buf.push(hSlice(hStart(11), w, Math.max(0, w.length - 3), w.length));
      buf.push(hInt(hStart(17), cl));
      return;
    case 2:
      buf.push(hStr(hStart(8), w));
      buf.push(hSlice(hStart(12), w, Math.max(0, w.length - 3), w.length));
      buf.push(hInt(hStart(18), cl));
      buf.push(hInt(hStart(22), amb));
      return;
    case 3:
      buf.push(hStr(hStart(9), w));
      return;
    default:
      buf.push(hStr(hStart(10), w));
      buf.push(hInt(hStart(23), amb));
  }
}

const TAGGER_SLOTS = 5;

/** Features that depend on more than one word (word pairs, sentence position). */
function taggerContextFeatures(
  keys: string[],
  ambs: Int32Array,
  first: boolean,
  short: string,
  i: number,
  buf: FeatureBuffer,
): void {
  const n = keys.length;
  const w = keys[i]!;
  const a1 = i + 1 < n ? ambs[i + 1]! : -2;
  buf.push(hStr(hStr(hStart(13), i > 0 ? keys[i - 1]! : SENT_START), w));
  buf.push(hStr(hStr(hStart(14), w), i + 1 < n ? keys[i + 1]! : SENT_END));
  buf.push(hInt(hStr(hStart(19), short), first ? 1 : 0));
  buf.push(hInt(hInt(hStart(24), ambs[i]!), a1));
  buf.push(hInt(hStr(hStart(25), w), a1));
}

function sentenceKeys(
  tokens: string[],
  ambiguity: ReadonlyMap<string, number>,
): { keys: string[]; ambs: Int32Array } {
  const keys = tokens.map((t) => wordInfo(t).key);
  const ambs = Int32Array.from(keys, (k) => ambiguity.get(k) ?? -1);
  return { keys, ambs };
}

/** All static (tag-independent) features of every token (used in training). */
export function staticTaggerFeatures(
  tokens: string[],
  clusters: WordClusters,
  ambiguity: ReadonlyMap<string, number>,
): Uint32Array[] {
  const n = tokens.length;
  const buf = new FeatureBuffer(64);
  const tok = (k: number): string => (k < 0 ? SENT_START : k >= n ? SENT_END : tokens[k]!);
  const { keys, ambs } = sentenceKeys(tokens, ambiguity);
  const out: Uint32Array[] = [];
  for (let i = 0; i < n; i++) {
    buf.clear();
    taggerSlotFeatures(tok(i), 0, buf, clusters, ambiguity);
    taggerSlotFeatures(tok(i - 1), 1, buf, clusters, ambiguity);
    taggerSlotFeatures(tok(i + 1), 2, buf, clusters, ambiguity);
    taggerSlotFeatures(tok(i - 2), 3, buf, clusters, ambiguity);
    taggerSlotFeatures(tok(i + 2), 4, buf, clusters, ambiguity);
    taggerContextFeatures(keys, ambs, i === 0, wordInfo(tokens[i]!).short, i, buf);
    out.push(buf.snapshot());
  }
  return out;
}

const TPL_P1 = 40;
const TPL_P2 = 41;
const TPL_P1W = 42;
const TPL_P1S = 43;

function pushDynamic(buf: FeatureBuffer, p1: number, p2: number, w: string): void {
  buf.push(hInt(hStart(TPL_P1), p1));
  buf.push(hInt(hInt(hStart(TPL_P2), p1), p2));
  buf.push(hStr(hInt(hStart(TPL_P1W), p1), w));
  buf.push(hSlice(hInt(hStart(TPL_P1S), p1), w, Math.max(0, w.length - 3), w.length));
}

function dynamicFeatures(base: Uint32Array, buf: FeatureBuffer, p1: number, p2: number, w: string): void {
  if (buf.data.length < base.length + 8) buf.data = new Uint32Array(base.length + 16);
  buf.data.set(base);
  buf.length = base.length;
  pushDynamic(buf, p1, p2, w);
}

export interface TaggerMeta {
  kind: "pos-tagger";
  version: 1;
  classes: string[];
  /** word key → tag index for frequent unambiguous words */
  dictionary: Record<string, number>;
  /** word key → bit set of UPOS indices seen with it in training (words seen ≥ 2 times) */
  ambiguity: Record<string, number>;
}

export class PerceptronTagger implements PosTagger {
  private readonly model: LinearModel;
  private readonly dict: Map<string, number>;
  private readonly buf = new FeatureBuffer(96);
  private readonly scores = new Float64Array(UPOS.length);

  private readonly ambiguity: Map<string, number>;
  private readonly vectors: WordVectorCache;

  constructor(
    model: LinearModel,
    clusters: WordClusters,
    dictionary: Record<string, number>,
    ambiguity: Record<string, number>,
  ) {
    this.model = model;
    this.dict = new Map(Object.entries(dictionary));
    this.ambiguity = new Map(Object.entries(ambiguity));
    this.vectors = new WordVectorCache(model, TAGGER_SLOTS, (token, slot, buf) =>
      taggerSlotFeatures(token, slot, buf, clusters, this.ambiguity),
    );
  }

  tag(tokens: string[]): string[] {
    const n = tokens.length;
    if (n === 0) return [];
    const C = UPOS.length;
    const { keys, ambs } = sentenceKeys(tokens, this.ambiguity);
    // vecs[k + 2] = cached slot scores of token k (sentinels at both ends)
    const vecs: Float32Array[] = new Array(n + 4);
    vecs[0] = vecs[1] = this.vectors.get(SENT_START);
    vecs[n + 2] = vecs[n + 3] = this.vectors.get(SENT_END);
    for (let k = 0; k < n; k++) vecs[k + 2] = this.vectors.get(tokens[k]!);
    const out: string[] = new Array(n);
    const scores = this.scores;
    let p1 = -1;
    let p2 = -2;
    for (let i = 0; i < n; i++) {
      const w = keys[i]!;
      let t = this.dict.get(w);
      if (t === undefined) {
        scores.fill(0);
        addSlot(scores, vecs[i + 2]!, 0, C);
        addSlot(scores, vecs[i + 1]!, 1, C);
        addSlot(scores, vecs[i + 3]!, 2, C);
        addSlot(scores, vecs[i]!, 3, C);
        addSlot(scores, vecs[i + 4]!, 4, C);
        this.buf.clear();
        taggerContextFeatures(keys, ambs, i === 0, wordInfo(tokens[i]!).short, i, this.buf);
        pushDynamic(this.buf, p1, p2, w);
        this.model.score(this.buf.data, this.buf.length, scores);
        t = argmax(scores, C);
      }
      out[i] = UPOS[t]!;
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
      ambiguity: Object.fromEntries([...this.ambiguity.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    };
    return encodeModels(meta, [this.model]);
  }

  static decode(gz: Uint8Array, clusters: WordClusters): PerceptronTagger {
    const { header, models } = decodeModels<TaggerMeta>(gz);
    if (header.kind !== "pos-tagger") throw new Error("not a POS tagger model");
    return new PerceptronTagger(models[0]!, clusters, header.dictionary, header.ambiguity);
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

/** Ambiguity classes: tags covering ≥ 5% of a word's occurrences, for words seen ≥ 2 times. */
function buildAmbiguity(data: TaggedSentence[]): Record<string, number> {
  const counts = new Map<string, number[]>();
  for (const s of data) {
    s.tokens.forEach((t, i) => {
      const tag = UPOS.indexOf(s.upos[i] as Upos);
      if (tag < 0) return;
      const w = wordKey(t);
      let c = counts.get(w);
      if (!c) {
        c = new Array<number>(UPOS.length).fill(0);
        counts.set(w, c);
      }
      c[tag]!++;
    });
  }
  const out: Record<string, number> = {};
  for (const [w, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < 2) continue;
    let bits = 0;
    c.forEach((n, t) => {
      if (n / total >= 0.05) bits |= 1 << t;
    });
    out[w] = bits;
  }
  return out;
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
  const ambiguity = buildAmbiguity(data);
  const ambMap = new Map(Object.entries(ambiguity));
  const dictMap = new Map(Object.entries(dict));
  const p = new AveragedPerceptron(UPOS.length, 1 << 16);
  const cached = data.map((s) => ({
    s,
    base: staticTaggerFeatures(s.tokens, clusters, ambMap),
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
  return new PerceptronTagger(p.finish(opts.minWeight), clusters, dict, ambiguity);
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

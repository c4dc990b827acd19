/**
 * Part-of-speech tagger: greedy left-to-right averaged perceptron over UPOS (17 tags), in the
 * style of Collins (2002) / Honnibal's "A good POS tagger in about 200 lines". Features: the
 * word, lower-cased form, prefixes/suffixes, shape, neighbouring words (±2) and their suffixes,
 * the two previous predicted tags, and BBC word clusters of the word and its neighbours.
 * Frequent unambiguous words are tagged from a dictionary.
 */

import type { WordClusters } from "./clusters";
import { FeatureBuffer, hFinal, hInt, hSlice, hStart, hStr, rng, shuffle } from "./hash";
import {
  AveragedPerceptron,
  argmax,
  decodeModels,
  encodeModels,
  type LinearModel,
  type ModelFile,
} from "./perceptron";
import type { TableKind } from "./table-cache";
import { type WordInfo, wordInfo, wordKey } from "./tokens";
import { SENT_END, SENT_START, sumWindowSlots, WordVectorCache } from "./wordcache";

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

interface TaggerAtoms {
  token: string;
  clusters: WordClusters;
  ambiguity: ReadonlyMap<string, number>;
  info: WordInfo;
  /** the word key, or the sentinel itself */
  w: string;
  /** ambiguity class: bit set of the tags the word had in training (-1 unknown, -2 edge) */
  amb: number;
  cl: number;
}

/** The last word's atoms: its five slots are computed one after the other, with the same look-ups. */
let lastTaggerAtoms: TaggerAtoms | undefined;

function taggerAtoms(
  token: string,
  clusters: WordClusters,
  ambiguity: ReadonlyMap<string, number>,
): TaggerAtoms {
  const last = lastTaggerAtoms;
  if (last && last.token === token && last.clusters === clusters && last.ambiguity === ambiguity) return last;
  const edge = token === SENT_START || token === SENT_END;
  const info = wordInfo(token);
  const w = edge ? token : info.key;
  lastTaggerAtoms = {
    token,
    clusters,
    ambiguity,
    info,
    w,
    amb: edge ? -2 : (ambiguity.get(w) ?? -1),
    cl: edge ? -2 : clusters.fine(w) + 1,
  };
  return lastTaggerAtoms;
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
  const { w, amb, cl, info } = taggerAtoms(token, clusters, ambiguity);
  switch (slot) {
    case 0: {
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

/** `base` followed by the features of the two previous tags (training scores every feature itself). */
export function dynamicFeatures(
  base: Uint32Array,
  buf: FeatureBuffer,
  p1: number,
  p2: number,
  w: string,
): void {
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

/** hFinal(hInt(hStart(template), n)) for every n in [low, low + count) */
function intFeatureTable(template: number, low: number, count: number): Uint32Array {
  return Uint32Array.from({ length: count }, (_, k) => hFinal(hInt(hStart(template), low + k)));
}

/**
 * What tagging needs of one token, worked out once per distinct token string: its word key,
 * ambiguity class, dictionary tag, slot scores, and the feature hashes that depend on this word
 * alone (FNV-1a is sequential, so a pair feature continues from the state after its first
 * word). The features and their order are exactly those of `taggerContextFeatures` and
 * `pushDynamic`, so the scores are the same; one map look-up per token replaces six.
 */
interface TaggerWord {
  key: string;
  /** ambiguity class (-1 unknown, -2 sentence edge) */
  amb: number;
  /** tag index from the dictionary of unambiguous words, or -1 */
  fixed: number;
  /** summed weights of the word's features in each slot (see WordVectorCache) */
  vec: Float32Array;
  /** hash states after (template, this key) for template 13 (this word as the previous one), 14 and 25 */
  after13: number;
  after14: number;
  after25: number;
  /** final hash of feature 19 (short shape) when the word starts the sentence, and elsewhere */
  initial19: number;
  later19: number;
}

const WORD_LIMIT = 100_000;
/** p1 ∈ [-1, C), p2 ∈ [-2, C) */
const P1_VALUES = UPOS.length + 1;
const P2_VALUES = UPOS.length + 2;

export class PerceptronTagger implements PosTagger {
  private readonly model: LinearModel;
  private readonly dict: Map<string, number>;
  private readonly buf = new FeatureBuffer(96);
  private readonly scores = new Float64Array(UPOS.length);

  private readonly ambiguity: Map<string, number>;
  private readonly clusters: WordClusters;
  private readonly vectors: WordVectorCache;
  private readonly words = new Map<string, TaggerWord>();
  private readonly startWord: TaggerWord;
  private readonly endWord: TaggerWord;
  private sentence: TaggerWord[] = [];
  private readonly state24 = hStart(24);
  private readonly previousTag = intFeatureTable(TPL_P1, -1, P1_VALUES);
  private readonly previousTags: Uint32Array;
  private readonly previousTagWord: Uint32Array;
  private readonly previousTagSuffix: Uint32Array;

  constructor(
    model: LinearModel,
    clusters: WordClusters,
    dictionary: Record<string, number>,
    ambiguity: Record<string, number>,
  ) {
    this.model = model;
    this.clusters = clusters;
    this.dict = new Map(Object.entries(dictionary));
    this.ambiguity = new Map(Object.entries(ambiguity));
    this.vectors = new WordVectorCache(model, TAGGER_SLOTS, (token, slot, buf) =>
      taggerSlotFeatures(token, slot, buf, clusters, this.ambiguity),
    );
    this.previousTags = new Uint32Array(P1_VALUES * P2_VALUES);
    for (let p1 = -1; p1 < UPOS.length; p1++)
      for (let p2 = -2; p2 < UPOS.length; p2++)
        this.previousTags[(p1 + 1) * P2_VALUES + p2 + 2] = hFinal(hInt(hInt(hStart(TPL_P2), p1), p2));
    this.previousTagWord = Uint32Array.from({ length: P1_VALUES }, (_, k) => hInt(hStart(TPL_P1W), k - 1));
    this.previousTagSuffix = Uint32Array.from({ length: P1_VALUES }, (_, k) => hInt(hStart(TPL_P1S), k - 1));
    this.startWord = this.makeWord(SENT_START);
    this.endWord = this.makeWord(SENT_END);
  }

  private makeWord(token: string): TaggerWord {
    const edge = token === SENT_START || token === SENT_END;
    const vec = this.vectors.compute(token);
    // the atoms the slot features of `token` just used
    const { info, w: key, amb } = taggerAtoms(token, this.clusters, this.ambiguity);
    const short = info.short;
    return {
      key,
      amb,
      fixed: edge ? -1 : (this.dict.get(key) ?? -1),
      vec,
      after13: hStr(hStart(13), key),
      after14: hStr(hStart(14), key),
      after25: hStr(hStart(25), key),
      initial19: hFinal(hInt(hStr(hStart(19), short), 1)),
      later19: hFinal(hInt(hStr(hStart(19), short), 0)),
    };
  }

  private word(token: string): TaggerWord {
    let w = this.words.get(token);
    if (w === undefined) {
      w = this.makeWord(token);
      if (this.words.size >= WORD_LIMIT) this.words.clear();
      this.words.set(token, w);
    }
    return w;
  }

  tag(tokens: string[]): string[] {
    const n = tokens.length;
    if (n === 0) return [];
    const C = UPOS.length;
    if (this.sentence.length < n) this.sentence = new Array(n * 2);
    const words = this.sentence;
    for (let k = 0; k < n; k++) words[k] = this.word(tokens[k]!);
    const start = this.startWord;
    const end = this.endWord;
    const out: string[] = new Array(n);
    const scores = this.scores;
    const buf = this.buf;
    let p1 = -1;
    let p2 = -2;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      let t = w.fixed;
      if (t < 0) {
        const prev = i > 0 ? words[i - 1]! : start;
        const next = i + 1 < n ? words[i + 1]! : end;
        sumWindowSlots(scores, words, i, n, start, end, C);
        // the features of taggerContextFeatures, then those of pushDynamic, in their order
        const key = w.key;
        const a1 = next.amb;
        buf.clear();
        buf.push(hStr(prev.after13, key));
        buf.push(hStr(w.after14, next.key));
        buf.pushRaw(i === 0 ? w.initial19 : w.later19);
        buf.push(hInt(hInt(this.state24, w.amb), a1));
        buf.push(hInt(w.after25, a1));
        buf.pushRaw(this.previousTag[p1 + 1]!);
        buf.pushRaw(this.previousTags[(p1 + 1) * P2_VALUES + p2 + 2]!);
        buf.push(hStr(this.previousTagWord[p1 + 1]!, key));
        buf.push(hSlice(this.previousTagSuffix[p1 + 1]!, key, Math.max(0, key.length - 3), key.length));
        this.model.score(buf.data, buf.length, scores);
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
    return PerceptronTagger.fromFile(decodeModels<TaggerMeta>(gz), clusters);
  }

  /** Tables each model of the file is scored through (see table-cache.ts). */
  static readonly TABLES: readonly (readonly TableKind[])[] = [["sparse"]];

  static fromFile({ header, models }: ModelFile<TaggerMeta>, clusters: WordClusters): PerceptronTagger {
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

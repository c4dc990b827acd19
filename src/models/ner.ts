/**
 * Named-entity recogniser for person / organisation / place / event: averaged structured
 * perceptron over BILOU labels with transition constraints (inside a name only I/L of the same
 * type may follow), trained and decoded with Viterbi over whole sentences. Older model files
 * (no `decoding` in the header) are greedy left-to-right with a two-label history.
 *
 * Features: word (lower-cased and as written), shape, prefixes (1–4) and suffixes (1–5, for
 * unseen foreign names: -enko, -skyi, -ov, -ova, -vich, ...), neighbouring words/shapes (±2),
 * UPOS tags (±1; not in models trained `tags: false`, the shipped one — see `NO_TAG`), BBC word
 * clusters, gazetteer membership (countries, demonyms, states, cities:
 * see gazetteer.ts), role cues before the word (president, minister, spokesman, ...), and
 * "name run" features: for a run of capitalised words (joined by of/for/the/and), its first and
 * last word, length, the word before and after it, and whether it contains organisation / place /
 * event head words (Ministry, Institute, battalion / Oblast, River / War, Summit). The previous
 * label, alone and with the word's shape, scores the transitions.
 */
import type { EntityType, Span } from "../corpora/types";
import type { WordClusters } from "./clusters";
import { GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_STATE, type Gazetteer } from "./gazetteer";
import { FeatureBuffer, hFinal, hInt, hSlice, hStart, hStr, rng, shuffle } from "./hash";
import { EVENT_WORDS, ORG_WORDS, PLACE_WORDS, ROLE_WORDS } from "./lexicon";
import {
  AveragedPerceptron,
  argmax,
  averageModels,
  decodeModels,
  encodeModels,
  type LinearModel,
  type ModelFile,
} from "./perceptron";
import { postprocessSpans } from "./postprocess";
import type { TableKind } from "./table-cache";
import type { PosTagger } from "./tagger";
import { isCapitalised, type WordInfo, wordInfo } from "./tokens";
import { addSlot, SENT_END, SENT_START, sumWindowSlots, WordVectorCache } from "./wordcache";

export type { EntityType, Span };

export interface EntityRecognizer {
  /**
   * Entity spans (token indices, end exclusive) in one sentence. `tags`: UPOS, else tagged
   * internally when the model reads tags (see `readsTags`).
   */
  recognize(tokens: string[], tags?: string[]): Span[];
  /**
   * The spans of the stretch of the sentence around tokens from..to (see `decodingWindow`),
   * decoded alone: what a pipeline asking about one name needs, at a fraction of the cost of
   * the whole sentence. Each token is scored with the whole sentence as its context.
   */
  recognizeAround?(tokens: string[], from: number, to: number, tags?: string[]): DecodedWindow;
  /** Whether the model has UPOS features: if not, callers need not tag the sentence for it. */
  readonly readsTags: boolean;
}

/**
 * The one tag every token has in a model trained without UPOS features (`tags: false`): its tag
 * features are then constant, and the feature code stays one path for both kinds of model.
 * Trained so (2026-12-07), the recogniser scored held-out F1 0.699 against 0.697 with the
 * tagger's tags (same seed and data), and the pipeline no longer tags most of the sentences it
 * asks the recogniser about (the tagger was ~1 s CPU per extraction worker on the BBC corpus).
 */
export const NO_TAG = "X";

/** Spans (token indices into the whole sentence) found in the window from..to of a sentence. */
export interface DecodedWindow {
  from: number;
  to: number;
  spans: Span[];
}

/** Tokens of context decoded on each side of the words asked about (the features read two). */
const WINDOW_CONTEXT = 3;

/**
 * The window decoded for a question about tokens from..to: WINDOW_CONTEXT tokens either side,
 * widened so that it neither starts nor ends inside a capitalised run ("Bank of England"), so
 * the words just outside it are ones the model all but never puts in a name.
 */
export function decodingWindow(
  tokens: string[],
  from: number,
  to: number,
  runs: Int32Array = nameRuns(tokens),
): [number, number] {
  let start = Math.max(0, from - WINDOW_CONTEXT);
  let end = Math.min(tokens.length, to + WINDOW_CONTEXT);
  if (runs[start * 2]! >= 0) start = runs[start * 2]!;
  if (end > 0 && runs[(end - 1) * 2]! >= 0) end = runs[(end - 1) * 2 + 1]!;
  return [start, end];
}

export const NER_TYPES: readonly EntityType[] = ["person", "organisation", "place", "event"];
/** Label l: 0 = O, 1 + 2t = B-type t, 2 + 2t = I-type t. */
export const NER_LABELS = ["O", ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])];
const NL = NER_LABELS.length;

const CONNECT = new Set([
  "of",
  "for",
  "the",
  "and",
  "de",
  "del",
  "du",
  "la",
  "von",
  "van",
  "al",
  "bin",
  "on",
  "&",
]);

function isNameWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^[0-9]+(st|nd|rd|th)$/.test(t);
  if (c < 128) return c >= 65 && c <= 90;
  return isCapitalised(t);
}

/** Capitalised runs: for each token, [runStart, runEnd) or [-1,-1]. */
export function nameRuns(tokens: string[]): Int32Array {
  const n = tokens.length;
  const out = new Int32Array(n * 2).fill(-1);
  let i = 0;
  while (i < n) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < n && isNameWord(tokens[end]!)) {
        end++;
        continue;
      }
      let k = end;
      while (k < n && k - end < 2 && CONNECT.has(tokens[k]!.toLowerCase())) k++;
      if (k > end && k < n && isNameWord(tokens[k]!) && tokens[k] !== "The") {
        end = k + 1;
        continue;
      }
      break;
    }
    for (let k = i; k < end; k++) {
      out[k * 2] = i;
      out[k * 2 + 1] = end;
    }
    i = end;
  }
  return out;
}

export interface NerResources {
  clusters: WordClusters;
  gazetteer: Gazetteer;
}

const GAZ_BITS = [GAZ_COUNTRY, GAZ_DEMONYM, GAZ_STATE, GAZ_CITY];

interface NerAtoms {
  token: string;
  clusters: WordClusters;
  /** null at the sentence edges */
  info: WordInfo | null;
  /** the word key, or the sentinel itself */
  w: string;
  short: string;
  fine: number;
}

/** The last word's atoms: its five slots are computed one after the other, with the same look-ups. */
let lastNerAtoms: NerAtoms | undefined;

function nerAtoms(token: string, clusters: WordClusters): NerAtoms {
  const last = lastNerAtoms;
  if (last && last.token === token && last.clusters === clusters) return last;
  const edge = token === SENT_START || token === SENT_END;
  const info = edge ? null : wordInfo(token);
  const w = info ? info.key : token;
  lastNerAtoms = {
    token,
    clusters,
    info,
    w,
    short: info ? info.short : token,
    fine: info ? clusters.fine(w) + 1 : -2,
  };
  return lastNerAtoms;
}

/**
 * Features of one word in one slot: 0 = the word itself, 1 = as the previous word, 2 = as the
 * next word, 3 = two to the left, 4 = two to the right. Sentinels stand for the sentence edges.
 */
function nerSlotFeatures(token: string, slot: number, buf: FeatureBuffer, clusters: WordClusters): void {
  const { info, w, short, fine } = nerAtoms(token, clusters);
  switch (slot) {
    case 0: {
      const f = info ? info.form : token;
      buf.push(hStart(100));
      buf.push(hStr(hStart(101), w));
      buf.push(hStr(hStart(102), f));
      buf.push(hStr(hStart(103), info ? info.shape : token));
      buf.push(hStr(hStart(104), short));
      for (let k = 1; k <= 4 && k < w.length; k++) buf.push(hInt(hSlice(hStart(105), w, 0, k), k));
      for (let k = 1; k <= 5 && k < w.length; k++)
        buf.push(hInt(hSlice(hStart(106), w, w.length - k, w.length), k));
      buf.push(hInt(hStart(117), clusters.coarse(w) + 1));
      buf.push(hInt(hStart(118), fine));
      if (ROLE_WORDS.has(w)) buf.push(hStr(hStart(129), short));
      // how the word is usually written in news (BBC): "Sociologists" at the start of a sentence
      // is a common noun, "Obama" anywhere is a name
      buf.push(hInt(hStr(hStart(141), short), clusters.capitalisation(w) + 1));
      return;
    }
    case 1:
      buf.push(hStr(hStart(107), w));
      buf.push(hInt(hStart(119), fine));
      if (ROLE_WORDS.has(w)) buf.push(hStr(hStart(127), w));
      return;
    case 2:
      buf.push(hStr(hStart(108), w));
      buf.push(hInt(hStart(120), fine));
      buf.push(hInt(hStr(hStart(143), short), info ? clusters.capitalisation(w) + 1 : -2));
      return;
    case 3:
      buf.push(hStr(hStart(109), w));
      if (ROLE_WORDS.has(w)) buf.push(hStart(128));
      return;
    default:
      buf.push(hStr(hStart(110), w));
  }
}

const NER_SLOTS = 5;

/**
 * Features that depend on more than one word or on the sentence: shape and word pairs, UPOS tags,
 * gazetteer phrases, capitalised-run features. One call per sentence; `out[i]` gets token i's.
 */
export function nerContextFeatures(tokens: string[], tags: string[], res: NerResources): Uint32Array[] {
  const out: Uint32Array[] = [];
  visitNerContext(tokens, tags, res, new FeatureBuffer(64), (_i, buf) => {
    out.push(buf.snapshot());
  });
  return out;
}

/**
 * Pushes the context features of token i into `buf` (cleared first) and calls `visit(i, buf)`,
 * for i = 0 .. n-1 in order; the visitor may append more features and score them.
 */
function visitNerContext(
  tokens: string[],
  tags: string[],
  res: NerResources,
  buf: FeatureBuffer,
  visit: (i: number, buf: FeatureBuffer) => void,
): void {
  const n = tokens.length;
  const infos = tokens.map(wordInfo);
  const keys = infos.map((x) => x.key);
  const forms = infos.map((x) => x.form);
  const shorts = infos.map((x) => x.short);
  const gaz = res.gazetteer.match(keys);
  const runs = nameRuns(forms);
  const key = (i: number): string => (i < 0 ? SENT_START : i >= n ? SENT_END : keys[i]!);
  const tag = (i: number): string => (i < 0 ? SENT_START : i >= n ? SENT_END : (tags[i] ?? "X"));
  const shp = (i: number): string => (i < 0 ? SENT_START : i >= n ? SENT_END : shorts[i]!);
  for (let i = 0; i < n; i++) {
    buf.clear();
    const w = keys[i]!;
    buf.push(hStr(hStr(hStart(111), shp(i - 1)), shp(i)));
    buf.push(hStr(hStr(hStart(112), shp(i)), shp(i + 1)));
    buf.push(hStr(hStart(113), tag(i)));
    buf.push(hStr(hStr(hStart(114), tag(i - 1)), tag(i)));
    buf.push(hStr(hStr(hStart(115), tag(i)), tag(i + 1)));
    buf.push(hStr(hStr(hStart(116), tag(i)), shp(i)));
    buf.push(hStr(hStr(hStart(121), key(i - 1)), w));
    buf.push(hStr(hStr(hStart(122), w), key(i + 1)));
    // gazetteer membership of this token and its neighbours
    const g = gaz[i]!;
    const gp = i > 0 ? gaz[i - 1]! : 0;
    const gn = i + 1 < n ? gaz[i + 1]! : 0;
    if (g | gp | gn) {
      for (const bit of GAZ_BITS) {
        if (g & bit) buf.push(hInt(hStr(hStart(123), shp(i)), bit));
        if (g & (bit << 4)) buf.push(hInt(hStart(124), bit));
        if (gp & (bit | (bit << 4))) buf.push(hInt(hStart(125), bit));
        if (gn & (bit | (bit << 4))) buf.push(hInt(hStart(126), bit));
      }
    }
    if (i === 0) buf.push(hStr(hStart(130), shp(i)));
    buf.push(hInt(hInt(hStart(142), i === 0 ? 1 : 0), res.clusters.capitalisation(w) + 1));
    // name run features
    const rs = runs[i * 2]!;
    const re = runs[i * 2 + 1]!;
    if (rs >= 0) {
      const len = re - rs;
      const pos = len === 1 ? "U" : i === rs ? "B" : i === re - 1 ? "L" : "I";
      buf.push(hStr(hInt(hStart(131), Math.min(len, 5)), pos));
      const last = keys[re - 1]!;
      buf.push(hStr(hStart(132), last));
      buf.push(hStr(hStart(133), keys[rs]!));
      buf.push(hStr(hStr(hStart(134), key(rs - 1)), pos));
      buf.push(hStr(hStart(135), key(re)));
      buf.push(hSlice(hStart(136), last, Math.max(0, last.length - 4), last.length));
      let cues = 0;
      for (let k = rs; k < re; k++) {
        const kk = keys[k]!;
        if (ORG_WORDS.has(kk)) cues |= 1;
        if (PLACE_WORDS.has(kk)) cues |= 2;
        if (EVENT_WORDS.has(kk)) cues |= 4;
        if (ROLE_WORDS.has(kk)) cues |= 8;
        if (gaz[k]! & (GAZ_COUNTRY | GAZ_DEMONYM)) cues |= 16;
      }
      buf.push(hInt(hStr(hStart(137), pos), cues));
      if (rs === 0) buf.push(hStr(hStart(138), pos));
      if (rs > 0 && ROLE_WORDS.has(keys[rs - 1]!)) buf.push(hStr(hStart(139), pos));
    } else buf.push(hStart(140));
    visit(i, buf);
  }
}

/** All static (label-independent) features of every token (used in training). */
export function staticNerFeatures(tokens: string[], tags: string[], res: NerResources): Uint32Array[] {
  const n = tokens.length;
  const ctx = nerContextFeatures(tokens, tags, res);
  const buf = new FeatureBuffer(128);
  const tok = (k: number): string => (k < 0 ? SENT_START : k >= n ? SENT_END : tokens[k]!);
  return ctx.map((c, i) => {
    buf.clear();
    nerSlotFeatures(tok(i), 0, buf, res.clusters);
    nerSlotFeatures(tok(i - 1), 1, buf, res.clusters);
    nerSlotFeatures(tok(i + 1), 2, buf, res.clusters);
    nerSlotFeatures(tok(i - 2), 3, buf, res.clusters);
    nerSlotFeatures(tok(i + 2), 4, buf, res.clusters);
    for (let k = 0; k < c.length; k++) buf.pushRaw(c[k]!);
    return buf.snapshot();
  });
}

function dynamic(base: Uint32Array, buf: FeatureBuffer, p1: number, p2: number, shape: string): void {
  if (buf.data.length < base.length + 8) buf.data = new Uint32Array(base.length + 16);
  buf.data.set(base);
  buf.length = base.length;
  pushDynamic(buf, p1, p2, shape);
}

function pushDynamic(buf: FeatureBuffer, p1: number, p2: number, shape: string): void {
  buf.push(hInt(hStart(150), p1));
  buf.push(hInt(hInt(hStart(151), p1), p2));
  buf.push(hStr(hInt(hStart(152), p1), shape));
}

/**
 * First-order label features of the Viterbi-decoded model: the previous label (a learned
 * transition score) and the previous label with this word's shape. `prev` -1 = sentence start.
 */
function transitionFeatures(prev: number, shape: string, out: Uint32Array): void {
  out[0] = hFinal(hInt(hStart(150), prev));
  out[1] = hFinal(hStr(hInt(hStart(152), prev), shape));
}

/**
 * Best label sequence (Viterbi) under the BILOU constraints, ending outside a name.
 * `emit[i * NL + l]`: label-independent score of label l at token i; `trans(i)`: a
 * ((NL + 1) × NL) table, row prev + 1 (row 0 = sentence start), of the transition scores into
 * token i. `only(i)`: if not -1, the one label token i may take (training's gold path; tokens in
 * ignored regions are free). `after`: the label before the first token when the tokens are a
 * window inside a sentence (default: the sentence starts there).
 */
export function viterbi(
  n: number,
  emit: Float64Array,
  trans: (i: number) => Float64Array,
  only?: (i: number) => number,
  after?: number,
): number[] {
  const work = viterbiWork(n);
  const delta = work.delta;
  const back = work.back;
  const NEG = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const t = trans(i);
    const forced = only ? only(i) : -1;
    const row = i * NL;
    for (let l = 0; l < NL; l++) {
      let best = NEG;
      let arg = -1;
      if (forced < 0 || l === forced) {
        if (i === 0) {
          if (after === undefined) {
            if (ALLOWED_START[l]) best = t[l]!;
          } else if (ALLOWED[after]![l]) best = t[(after + 1) * NL + l]!;
        } else {
          const preds = PREDECESSORS[l]!;
          const base = row - NL;
          for (let k = 0; k < preds.length; k++) {
            const p = preds[k]!;
            const v = delta[base + p]! + t[(p + 1) * NL + l]!;
            if (v > best) {
              best = v;
              arg = p;
            }
          }
        }
      }
      delta[row + l] = best === NEG ? NEG : best + emit[row + l]!;
      back[row + l] = arg;
    }
  }
  let last = 0;
  let best = NEG;
  const lastRow = (n - 1) * NL;
  for (let k = 0; k < CLOSED.length; k++) {
    const l = CLOSED[k]!;
    const v = delta[lastRow + l]!;
    if (v > best) {
      best = v;
      last = l;
    }
  }
  const labels = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = last;
    last = back[i * NL + last]!;
  }
  return labels;
}

/** Reused score/back-pointer tables of viterbi() (grown on demand; decoding is synchronous). */
let viterbiTables = { delta: new Float64Array(64 * NL), back: new Int8Array(64 * NL) };
function viterbiWork(n: number): { delta: Float64Array; back: Int8Array } {
  if (viterbiTables.delta.length < n * NL)
    viterbiTables = { delta: new Float64Array(n * NL * 2), back: new Int8Array(n * NL * 2) };
  return viterbiTables;
}

// BILOU: label 0 = O; for type t: 1+4t = B (begin), 2+4t = I (inside), 3+4t = L (last),
// 4+4t = U (unit, a one-token name). Ratinov & Roth (2009) found BILOU better than BIO.
const KIND_B = 0;
const KIND_I = 1;
const KIND_L = 2;
const KIND_U = 3;
const kindOf = (l: number): number => (l - 1) % 4;
const typeOf = (l: number): number => Math.floor((l - 1) / 4);

/** allowed[prev][next]: inside a name only I/L of its type may follow; outside, only O/B/U. */
const ALLOWED: boolean[][] = NER_LABELS.map((_, prev) =>
  NER_LABELS.map((__, next) => {
    const open = prev !== 0 && (kindOf(prev) === KIND_B || kindOf(prev) === KIND_I);
    if (open)
      return (
        next !== 0 && typeOf(next) === typeOf(prev) && (kindOf(next) === KIND_I || kindOf(next) === KIND_L)
      );
    return next === 0 || kindOf(next) === KIND_B || kindOf(next) === KIND_U;
  }),
);
const ALLOWED_START: boolean[] = ALLOWED[0]!;
/** PREDECESSORS[l]: the labels that may precede l (the sparse form of ALLOWED, for Viterbi). */
const PREDECESSORS: Int8Array[] = NER_LABELS.map((_, l) =>
  Int8Array.from(NER_LABELS.map((__, p) => p).filter((p) => ALLOWED[p]![l])),
);
/** Labels a sentence may end with (no name left open). */
const CLOSED: Int8Array = Int8Array.from(
  NER_LABELS.map((_, l) => l).filter((l) => l === 0 || kindOf(l) === KIND_L || kindOf(l) === KIND_U),
);

export function labelsToSpans(labels: number[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < labels.length) {
    const l = labels[i]!;
    if (l === 0) {
      i++;
      continue;
    }
    const t = typeOf(l);
    let j = i + 1;
    if (kindOf(l) !== KIND_U) {
      // B (or a stray I/L): take I's and a closing L of the same type; a name cut off by the end
      // of the sentence ends at the last token
      while (j < labels.length && labels[j] === 1 + 4 * t + KIND_I) j++;
      if (j < labels.length && labels[j] === 1 + 4 * t + KIND_L) j++;
    }
    out.push({ start: i, end: j, type: NER_TYPES[t]! });
    i = j;
  }
  return out;
}

export function spansToLabels(n: number, spans: Span[]): number[] {
  const labels = new Array<number>(n).fill(0);
  for (const s of spans) {
    const base = 1 + 4 * NER_TYPES.indexOf(s.type);
    if (s.end - s.start === 1) {
      labels[s.start] = base + KIND_U;
      continue;
    }
    for (let k = s.start; k < s.end; k++) {
      labels[k] = base + (k === s.start ? KIND_B : k === s.end - 1 ? KIND_L : KIND_I);
    }
  }
  return labels;
}

export interface NerMeta {
  kind: "ner";
  version: 1;
  labels: string[];
  /** "viterbi": first-order model decoded with Viterbi; absent: greedy with two-label history */
  decoding?: "viterbi";
  /** false: trained with every tag NO_TAG (no UPOS features); absent: reads UPOS tags */
  tags?: false;
}

/**
 * What the Viterbi recogniser needs of one token, worked out once per distinct token string: its
 * word forms, slot scores, lexicon cues, transition table, and the hashes of the context features
 * that depend on this word alone. FNV-1a is sequential, so a pair feature continues from the
 * state after its first part. `emissions` pushes exactly the features of `visitNerContext`, in
 * the same order, so the scores are the same; one map look-up per token replaces about ten.
 */
interface NerWord {
  info: WordInfo;
  /** `info.key`, or the sentinel itself at the sentence edges */
  key: string;
  /** `info.short`, or the sentinel itself */
  short: string;
  vec: Float32Array;
  /** ORG_WORDS 1 | PLACE_WORDS 2 | EVENT_WORDS 4 | ROLE_WORDS 8 */
  cues: number;
  /** the gazetteer's entry for the word key alone (`Gazetteer.wordEntry`) */
  gazetteerEntry: number;
  /** transition scores into this word (see `transitionTable`) */
  transitions: Float64Array;
  after111: number;
  after112: number;
  after121: number;
  after122: number;
  after123: number;
  after134: number;
  final130: number;
  /** feature 142: [not sentence-initial, sentence-initial] */
  final142: [number, number];
  final132: number;
  final133: number;
  final135: number;
  final136: number;
}

/** Hash states of one UPOS tag (or sentinel) for the tag features 113–116. */
interface NerTag {
  tag: string;
  final113: number;
  after114: number;
  after115: number;
  after116: number;
}

const WORD_LIMIT = 100_000;
const RUN_POSITIONS = ["U", "B", "L", "I"] as const;
const finalOf = (h: number): number => hFinal(h);

export class PerceptronRecognizer implements EntityRecognizer {
  private readonly model: LinearModel;
  private readonly res: NerResources;
  private readonly tagger: () => PosTagger;
  private readonly buf = new FeatureBuffer(128);
  private readonly scores = new Float64Array(NL);

  private readonly vectors: WordVectorCache;

  private readonly structured: boolean;
  readonly readsTags: boolean;
  /** NO_TAG for each token of the longest sentence so far (models without UPOS features) */
  private noTags: string[] = [];
  /** transition scores of feature 150, (NL + 1) × NL */
  private readonly transitions: Float64Array;
  /** transition + (previous label, shape) scores per word shape */
  private readonly shapeTransitions = new Map<string, Float64Array>();
  private emit = new Float64Array(64 * NL);
  private readonly tables: Float64Array[] = [];
  private readonly words = new Map<string, NerWord>();
  private readonly tagRecords = new Map<string, NerTag>();
  private sentence: NerWord[] = [];
  /** each token's `gazetteerEntry`, for `Gazetteer.match` */
  private gazetteerEntries = new Int32Array(64);
  private startWord: NerWord | undefined;
  private endWord: NerWord | undefined;
  /** features 124, 125, 126 by gazetteer bit */
  private readonly gazetteerFinals = new Map<number, [number, number, number]>(
    GAZ_BITS.map((bit) => [
      bit,
      [finalOf(hInt(hStart(124), bit)), finalOf(hInt(hStart(125), bit)), finalOf(hInt(hStart(126), bit))],
    ]),
  );
  /** feature 131 by min(run length, 5) * 4 + position */
  private readonly runShape = Uint32Array.from({ length: 6 * 4 }, (_, k) =>
    finalOf(hStr(hInt(hStart(131), Math.floor(k / 4)), RUN_POSITIONS[k % 4]!)),
  );
  private readonly after137 = RUN_POSITIONS.map((pos) => hStr(hStart(137), pos));
  private readonly final138 = RUN_POSITIONS.map((pos) => finalOf(hStr(hStart(138), pos)));
  private readonly final139 = RUN_POSITIONS.map((pos) => finalOf(hStr(hStart(139), pos)));
  private readonly final140 = finalOf(hStart(140));

  constructor(
    model: LinearModel,
    res: NerResources,
    tagger: () => PosTagger,
    structured = false,
    readsTags = true,
  ) {
    this.structured = structured;
    this.readsTags = readsTags;
    this.transitions = new Float64Array((NL + 1) * NL);
    const one = new Uint32Array(1);
    const row = new Float64Array(NL);
    for (let p = -1; p < NL; p++) {
      one[0] = hFinal(hInt(hStart(150), p));
      row.fill(0);
      model.score(one, 1, row);
      this.transitions.set(row, (p + 1) * NL);
    }
    this.vectors = new WordVectorCache(model, NER_SLOTS, (token, slot, buf) =>
      nerSlotFeatures(token, slot, buf, res.clusters),
    );
    this.model = model;
    this.res = res;
    this.tagger = tagger;
  }

  private transitionTable(shape: string): Float64Array {
    let table = this.shapeTransitions.get(shape);
    if (table) return table;
    table = Float64Array.from(this.transitions);
    const one = new Uint32Array(1);
    const row = new Float64Array(NL);
    for (let p = -1; p < NL; p++) {
      one[0] = hFinal(hStr(hInt(hStart(152), p), shape));
      row.fill(0);
      this.model.score(one, 1, row);
      for (let l = 0; l < NL; l++) table[(p + 1) * NL + l]! += row[l]!;
    }
    if (this.shapeTransitions.size > 20_000) this.shapeTransitions.clear();
    this.shapeTransitions.set(shape, table);
    return table;
  }

  recognize(tokens: string[], tags?: string[]): Span[] {
    if (tokens.length === 0) return [];
    const upos = !this.readsTags
      ? this.constantTags(tokens.length)
      : tags && tags.length === tokens.length
        ? tags
        : this.tagger().tag(tokens);
    const n = tokens.length;
    if (this.structured) return this.recognizeViterbi(tokens, upos);
    const vecs: Float32Array[] = new Array(n + 4);
    vecs[0] = vecs[1] = this.vectors.get(SENT_START);
    vecs[n + 2] = vecs[n + 3] = this.vectors.get(SENT_END);
    for (let k = 0; k < n; k++) vecs[k + 2] = this.vectors.get(tokens[k]!);
    const labels: number[] = [];
    const scores = this.scores;
    let p1 = -1;
    let p2 = -2;
    visitNerContext(tokens, upos, this.res, this.buf, (i, buf) => {
      scores.fill(0);
      addSlot(scores, vecs[i + 2]!, 0, NL);
      addSlot(scores, vecs[i + 1]!, 1, NL);
      addSlot(scores, vecs[i + 3]!, 2, NL);
      addSlot(scores, vecs[i]!, 3, NL);
      addSlot(scores, vecs[i + 4]!, 4, NL);
      pushDynamic(buf, p1, p2, wordInfo(tokens[i]!).shape);
      this.model.score(buf.data, buf.length, scores);
      const l = argmax(scores, NL, p1 < 0 ? ALLOWED_START : ALLOWED[p1]);
      labels.push(l);
      p2 = p1;
      p1 = l;
    });
    return postprocessSpans(tokens, labelsToSpans(labels), this.res.gazetteer);
  }

  /** NO_TAG for n tokens (the feature code reads only the first n). */
  private constantTags(n: number): string[] {
    while (this.noTags.length < n) this.noTags.push(NO_TAG);
    return this.noTags;
  }

  private makeWord(token: string): NerWord {
    const edge = token === SENT_START || token === SENT_END;
    const info = wordInfo(token);
    const key = edge ? token : info.key;
    const short = edge ? token : info.short;
    const clusters = this.res.clusters;
    const cap = clusters.capitalisation(key) + 1;
    const cues =
      (ORG_WORDS.has(key) ? 1 : 0) |
      (PLACE_WORDS.has(key) ? 2 : 0) |
      (EVENT_WORDS.has(key) ? 4 : 0) |
      (ROLE_WORDS.has(key) ? 8 : 0);
    return {
      info,
      key,
      short,
      vec: this.vectors.compute(token),
      cues,
      gazetteerEntry: this.res.gazetteer.wordEntry(info.key),
      transitions: this.transitionTable(info.shape),
      after111: hStr(hStart(111), short),
      after112: hStr(hStart(112), short),
      after121: hStr(hStart(121), key),
      after122: hStr(hStart(122), key),
      after123: hStr(hStart(123), short),
      after134: hStr(hStart(134), key),
      final130: finalOf(hStr(hStart(130), short)),
      final142: [finalOf(hInt(hInt(hStart(142), 0), cap)), finalOf(hInt(hInt(hStart(142), 1), cap))],
      final132: finalOf(hStr(hStart(132), key)),
      final133: finalOf(hStr(hStart(133), key)),
      final135: finalOf(hStr(hStart(135), key)),
      final136: finalOf(hSlice(hStart(136), key, Math.max(0, key.length - 4), key.length)),
    };
  }

  private word(token: string): NerWord {
    let w = this.words.get(token);
    if (w === undefined) {
      w = this.makeWord(token);
      if (this.words.size >= WORD_LIMIT) this.words.clear();
      this.words.set(token, w);
    }
    return w;
  }

  private tagRecord(tag: string): NerTag {
    let t = this.tagRecords.get(tag);
    if (t === undefined) {
      t = {
        tag,
        final113: finalOf(hStr(hStart(113), tag)),
        after114: hStr(hStart(114), tag),
        after115: hStr(hStart(115), tag),
        after116: hStr(hStart(116), tag),
      };
      // tags are UPOS names; anything else is kept only while the table is small
      if (this.tagRecords.size < 1000) this.tagRecords.set(tag, t);
    }
    return t;
  }

  /**
   * Emission scores of every token into `this.emit` and the transition table into each token,
   * from the slot scores and the features of `visitNerContext` (same features, same order).
   */
  private emissions(tokens: string[], upos: string[], from = 0, to = tokens.length, runs?: Int32Array): void {
    const n = tokens.length;
    if (this.sentence.length < n) this.sentence = new Array(n * 2);
    const words = this.sentence;
    const keys: string[] = new Array(n);
    const forms: string[] = new Array(n);
    if (this.gazetteerEntries.length < n) this.gazetteerEntries = new Int32Array(n * 2);
    const entries = this.gazetteerEntries;
    // Tokens scored read their neighbours two either way; the rest of the sentence is needed only
    // for its name runs and gazetteer phrases, which take no word vectors (the costly part of a
    // word's record).
    const lo = Math.max(0, from - 2);
    const hi = Math.min(n, to + 2);
    for (let k = 0; k < n; k++) {
      if (k >= lo && k < hi) {
        const w = this.word(tokens[k]!);
        words[k] = w;
        keys[k] = w.info.key;
        forms[k] = w.info.form;
        entries[k] = w.gazetteerEntry;
      } else {
        const known = this.words.get(tokens[k]!);
        const info = known?.info ?? wordInfo(tokens[k]!);
        keys[k] = info.key;
        forms[k] = info.form;
        entries[k] = known ? known.gazetteerEntry : this.res.gazetteer.wordEntry(info.key);
      }
    }
    this.startWord ??= this.word(SENT_START);
    this.endWord ??= this.word(SENT_END);
    const start = this.startWord;
    const end = this.endWord;
    const startTag = this.tagRecord(SENT_START);
    const endTag = this.tagRecord(SENT_END);
    const gaz = this.res.gazetteer.match(keys, entries);
    // Quotation marks, all normalisation changes, are never name words: the tokens' runs are the forms'.
    runs ??= nameRuns(forms);
    if (this.emit.length < n * NL) this.emit = new Float64Array(n * NL * 2);
    const emit = this.emit;
    const scores = this.scores;
    const tables = this.tables;
    tables.length = to - from;
    const buf = this.buf;
    let prevTag = from > 0 ? this.tagRecord(upos[from - 1] ?? "X") : startTag;
    let tag = this.tagRecord(upos[from] ?? "X");
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      const prev = i > 0 ? words[i - 1]! : start;
      const next = i + 1 < n ? words[i + 1]! : end;
      const nextTag = i + 1 < n ? this.tagRecord(upos[i + 1] ?? "X") : endTag;
      sumWindowSlots(scores, words, i, n, start, end, NL);
      buf.clear();
      buf.push(hStr(prev.after111, w.short));
      buf.push(hStr(w.after112, next.short));
      buf.pushRaw(tag.final113);
      buf.push(hStr(prevTag.after114, tag.tag));
      buf.push(hStr(tag.after115, nextTag.tag));
      buf.push(hStr(tag.after116, w.short));
      buf.push(hStr(prev.after121, w.key));
      buf.push(hStr(w.after122, next.key));
      const g = gaz[i]!;
      const gp = i > 0 ? gaz[i - 1]! : 0;
      const gn = i + 1 < n ? gaz[i + 1]! : 0;
      if (g | gp | gn) {
        for (const bit of GAZ_BITS) {
          const finals = this.gazetteerFinals.get(bit)!;
          if (g & bit) buf.push(hInt(w.after123, bit));
          if (g & (bit << 4)) buf.pushRaw(finals[0]);
          if (gp & (bit | (bit << 4))) buf.pushRaw(finals[1]);
          if (gn & (bit | (bit << 4))) buf.pushRaw(finals[2]);
        }
      }
      if (i === 0) buf.pushRaw(w.final130);
      buf.pushRaw(w.final142[i === 0 ? 1 : 0]);
      const rs = runs[i * 2]!;
      const re = runs[i * 2 + 1]!;
      if (rs >= 0) {
        const len = re - rs;
        const pos = len === 1 ? 0 : i === rs ? 1 : i === re - 1 ? 2 : 3;
        const last = words[re - 1]!;
        buf.pushRaw(this.runShape[Math.min(len, 5) * 4 + pos]!);
        buf.pushRaw(last.final132);
        buf.pushRaw(words[rs]!.final133);
        buf.push(hStr((rs > 0 ? words[rs - 1]! : start).after134, RUN_POSITIONS[pos]!));
        buf.pushRaw((re < n ? words[re]! : end).final135);
        buf.pushRaw(last.final136);
        let cues = 0;
        for (let k = rs; k < re; k++) {
          cues |= words[k]!.cues;
          if (gaz[k]! & (GAZ_COUNTRY | GAZ_DEMONYM)) cues |= 16;
        }
        buf.push(hInt(this.after137[pos]!, cues));
        if (rs === 0) buf.pushRaw(this.final138[pos]!);
        if (rs > 0 && words[rs - 1]!.cues & 8) buf.pushRaw(this.final139[pos]!);
      } else buf.pushRaw(this.final140);
      this.model.score(buf.data, buf.length, scores);
      emit.set(scores, (i - from) * NL);
      tables[i - from] = w.transitions;
      prevTag = tag;
      tag = nextTag;
    }
  }

  private recognizeViterbi(tokens: string[], upos: string[]): Span[] {
    this.emissions(tokens, upos);
    const tables = this.tables;
    const labels = viterbi(tokens.length, this.emit, (i) => tables[i]!);
    return postprocessSpans(tokens, labelsToSpans(labels), this.res.gazetteer);
  }

  recognizeAround(tokens: string[], from: number, to: number, tags?: string[]): DecodedWindow {
    if (!this.structured) return { from: 0, to: tokens.length, spans: this.recognize(tokens, tags) };
    const runs = nameRuns(tokens);
    const [start, end] = decodingWindow(tokens, from, to, runs);
    const upos = !this.readsTags
      ? this.constantTags(tokens.length)
      : tags && tags.length === tokens.length
        ? tags
        : this.tagger().tag(tokens);
    this.emissions(tokens, upos, start, end, runs);
    const tables = this.tables;
    // The word before the window is outside any name (see decodingWindow): decode as after an O.
    const labels = viterbi(end - start, this.emit, (i) => tables[i]!, undefined, start > 0 ? 0 : undefined);
    const spans = labelsToSpans(labels).map((span) => ({
      ...span,
      start: span.start + start,
      end: span.end + start,
    }));
    return { from: start, to: end, spans: postprocessSpans(tokens, spans, this.res.gazetteer) };
  }

  encode(): Buffer {
    const meta: NerMeta = { kind: "ner", version: 1, labels: NER_LABELS };
    if (this.structured) meta.decoding = "viterbi";
    if (!this.readsTags) meta.tags = false;
    return encodeModels(meta, [this.model]);
  }

  static decode(gz: Uint8Array, res: NerResources, tagger: () => PosTagger): PerceptronRecognizer {
    return PerceptronRecognizer.fromFile(decodeModels<NerMeta>(gz), res, tagger);
  }

  /** Tables each model of the file is scored through (see table-cache.ts). */
  static readonly TABLES: readonly (readonly TableKind[])[] = [["sparse"]];

  static fromFile(
    { header, models }: ModelFile<NerMeta>,
    res: NerResources,
    tagger: () => PosTagger,
  ): PerceptronRecognizer {
    if (header.kind !== "ner") throw new Error("not a NER model");
    return new PerceptronRecognizer(
      models[0]!,
      res,
      tagger,
      header.decoding === "viterbi",
      header.tags !== false,
    );
  }
}

export interface NerTrainSentence {
  tokens: string[];
  tags: string[];
  spans: Span[];
  ignore?: { start: number; end: number }[];
}

export interface NerTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  log?: (msg: string) => void;
  /**
   * Structured perceptron over whole sentences, decoded with Viterbi (default); false: the
   * earlier greedy model with a two-label history, trained with exploration.
   */
  structured?: boolean;
  /**
   * false: no UPOS features (every sentence's tags are taken as NO_TAG, whatever `data` holds),
   * so the model never needs the tagger; default true.
   */
  tags?: boolean;
  /**
   * Structured perceptrons trained on differently shuffled data (seeds seed, seed + 1, …) whose
   * weights are averaged into the model (default 1: one perceptron).
   */
  bags?: number;
}

export function trainRecognizer(
  data: NerTrainSentence[],
  res: NerResources,
  tagger: () => PosTagger,
  opts: NerTrainOptions,
): PerceptronRecognizer {
  const p = new AveragedPerceptron(NL, 1 << 16);
  const readsTags = opts.tags !== false;
  const cached = data.map((s) => {
    const gold = spansToLabels(s.tokens.length, s.spans);
    const skip = new Uint8Array(s.tokens.length);
    for (const r of s.ignore ?? []) for (let k = r.start; k < r.end; k++) if (gold[k] === 0) skip[k] = 1;
    return {
      base: staticNerFeatures(s.tokens, readsTags ? s.tags : s.tokens.map(() => NO_TAG), res),
      shapes: s.tokens.map((t) => wordInfo(t).shape),
      gold,
      skip,
    };
  });
  const buf = new FeatureBuffer(128);
  const scores = new Float64Array(NL);
  const random = rng(opts.seed);
  const order = cached.map((_, i) => i);
  if (opts.structured !== false) {
    trainStructured(p, cached, random, opts);
    const bags = opts.bags ?? 1;
    if (bags <= 1) return new PerceptronRecognizer(p.finish(opts.minWeight), res, tagger, true, readsTags);
    // More perceptrons on other shuffles of the same data, averaged: the F1 of one training
    // run moves by about ±0.005 with the shuffle seed alone; the mean model is steadier.
    const models = [p.finish(0)];
    for (let k = 1; k < bags; k++) {
      const pk = new AveragedPerceptron(NL, 1 << 16);
      trainStructured(pk, cached, rng(opts.seed + k), opts);
      models.push(pk.finish(0));
    }
    return new PerceptronRecognizer(averageModels(models, opts.minWeight), res, tagger, true, readsTags);
  }
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let total = 0;
    for (const idx of order) {
      const c = cached[idx]!;
      let p1 = -1;
      let p2 = -2;
      for (let i = 0; i < c.gold.length; i++) {
        dynamic(c.base[i]!, buf, p1, p2, c.shapes[i]!);
        scores.fill(0);
        p.score(buf.data, buf.length, scores);
        const guess = argmax(scores, NL, p1 < 0 ? ALLOWED_START : ALLOWED[p1]);
        const gold = c.gold[i]!;
        if (!c.skip[i]) {
          p.update(buf.data, buf.length, gold, guess);
          if (gold !== guess) errors++;
          total++;
        }
        p.tick();
        p2 = p1;
        // follow gold history when it is a legal continuation (teacher forcing with the
        // model's own errors mixed in after the first epoch)
        p1 = epoch === 0 || random() < 0.5 ? gold : guess;
        if (c.skip[i]) p1 = guess;
      }
    }
    opts.log?.(`ner epoch ${epoch + 1}: token error ${(errors / Math.max(1, total)).toFixed(4)}`);
  }
  return new PerceptronRecognizer(p.finish(opts.minWeight), res, tagger, false, readsTags);
}

interface CachedNerSentence {
  base: Uint32Array[];
  shapes: string[];
  gold: number[];
  skip: Uint8Array;
}

/**
 * Structured perceptron (Collins 2002): each sentence is decoded with Viterbi exactly as at test
 * time, and where the best path differs from the gold path, the gold path's features are
 * rewarded and the predicted path's penalised. Tokens in ignored regions take whatever label
 * the best gold-consistent path gives them.
 */
function trainStructured(
  p: AveragedPerceptron,
  cached: CachedNerSentence[],
  random: () => number,
  opts: NerTrainOptions,
): void {
  const scores = new Float64Array(NL);
  const order = cached.map((_, i) => i);
  const trans = new Uint32Array(2);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let total = 0;
    for (const idx of order) {
      const c = cached[idx]!;
      const n = c.gold.length;
      const emit = new Float64Array(n * NL);
      const tables: Float64Array[] = new Array(n);
      for (let i = 0; i < n; i++) {
        scores.fill(0);
        p.score(c.base[i]!, c.base[i]!.length, scores);
        emit.set(scores, i * NL);
        const table = new Float64Array((NL + 1) * NL);
        for (let prev = -1; prev < NL; prev++) {
          transitionFeatures(prev, c.shapes[i]!, trans);
          scores.fill(0);
          p.score(trans, 2, scores);
          table.set(scores, (prev + 1) * NL);
        }
        tables[i] = table;
      }
      const guess = viterbi(n, emit, (i) => tables[i]!);
      // the gold path: gold labels, free inside ignored regions (best path the model finds there)
      let gold = viterbi(
        n,
        emit,
        (i) => tables[i]!,
        (i) => (c.skip[i] ? -1 : c.gold[i]!),
      );
      // (a gold sequence the constraints forbid, e.g. from overlapping corpus spans: taken as is)
      if (gold.some((l, i) => !c.skip[i] && l !== c.gold[i]))
        gold = c.gold.map((l, i) => (c.skip[i] ? 0 : l));
      for (let i = 0; i < n; i++) {
        if (!c.skip[i]) {
          total++;
          if (gold[i] !== guess[i]) errors++;
        }
        if (gold[i] !== guess[i]) p.update(c.base[i]!, c.base[i]!.length, gold[i]!, guess[i]!);
        const gp = i === 0 ? -1 : gold[i - 1]!;
        const pp = i === 0 ? -1 : guess[i - 1]!;
        if (gp !== pp || gold[i] !== guess[i]) {
          transitionFeatures(gp, c.shapes[i]!, trans);
          p.adjust(trans, 2, gold[i]!, 1);
          transitionFeatures(pp, c.shapes[i]!, trans);
          p.adjust(trans, 2, guess[i]!, -1);
        }
      }
      p.tick();
    }
    opts.log?.(`ner epoch ${epoch + 1}: token error ${(errors / Math.max(1, total)).toFixed(4)}`);
  }
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface NerEvalSentence {
  tokens: string[];
  tags?: string[];
  spans: Span[];
  ignore?: { start: number; end: number }[];
}

/** Exact-match span P/R/F1 per type and overall (micro). */
export function evaluateRecognizer(
  rec: Pick<EntityRecognizer, "recognize">,
  data: NerEvalSentence[],
): Record<string, PRF> {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const get = (t: string): { tp: number; fp: number; fn: number } => {
    counts[t] ??= { tp: 0, fp: 0, fn: 0 };
    return counts[t]!;
  };
  for (const t of [...NER_TYPES, "overall"]) get(t);
  for (const s of data) {
    const pred = rec.recognize(s.tokens, s.tags);
    const goldKeys = new Set(s.spans.map((g) => `${g.start}:${g.end}:${g.type}`));
    const predKeys = new Set(pred.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const g of s.spans) {
      const hit = predKeys.has(`${g.start}:${g.end}:${g.type}`);
      get(g.type)[hit ? "tp" : "fn"]++;
      get("overall")[hit ? "tp" : "fn"]++;
    }
    for (const p of pred) {
      if (goldKeys.has(`${p.start}:${p.end}:${p.type}`)) continue;
      const inIgnored = (s.ignore ?? []).some((r) => p.start < r.end && r.start < p.end);
      if (inIgnored) continue;
      get(p.type).fp++;
      get("overall").fp++;
    }
  }
  const out: Record<string, PRF> = {};
  for (const [t, c] of Object.entries(counts)) out[t] = prf(c.tp, c.fp, c.fn);
  return out;
}

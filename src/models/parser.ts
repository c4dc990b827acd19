/**
 * Transition-based dependency parser: arc-eager (Nivre 2003) with a greedy averaged-perceptron
 * classifier over the four unlabelled transitions, trained with the dynamic oracle of Goldberg &
 * Nivre (2012) (exploration: after the first epoch the parser follows its own prediction with
 * probability 0.9). Relation labels are assigned afterwards by a second perceptron that looks at
 * each (head, dependent) pair of the finished tree. Features follow Zhang & Nivre (2011), reduced.
 *
 * A virtual ROOT sits at the bottom of the stack; at the end, tokens left without a head are
 * attached to the root. If that leaves several root children, the first verb-like one (else the
 * first) stays the root and the others attach to it as `parataxis`, so the output is one tree.
 */
import type { WordClusters } from "./clusters";
import { FeatureBuffer, hMix, hSlice, hStart, hStr, rng, shuffle } from "./hash";
import type { InlineTable } from "./inline-table";
import {
  AveragedPerceptron,
  argmax,
  decodeModels,
  encodeModels,
  type LinearModel,
  type ModelFile,
} from "./perceptron";
import type { SparseTable } from "./sparse-table";
import type { TableKind } from "./table-cache";
import { wordKey } from "./tokens";

export interface Arc {
  /** 0-based index of the head token, -1 for the root. */
  head: number;
  /** UD relation label ("nsubj", "obl:tmod", ... "root"). */
  rel: string;
}

export interface DependencyParser {
  parse(tokens: string[], tags: string[]): Arc[];
  /** The same arcs, each labelled when its `rel` is first read. */
  parseLazily?(tokens: string[], tags: string[]): Arc[];
}

const SHIFT = 0;
const REDUCE = 1;
const LEFT = 2;
const RIGHT = 3;
const NT = 4;

/** Parser configuration. ROOT is token index n. */
class State {
  readonly n: number;
  readonly stack: number[];
  b: number;
  readonly heads: Int32Array;
  readonly lmost: Int32Array;
  readonly rmost: Int32Array;
  /** second-leftmost / second-rightmost dependents */
  readonly lmost2: Int32Array;
  readonly rmost2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = [n];
    this.b = 0;
    this.heads = new Int32Array(n + 1).fill(-2);
    this.lmost = new Int32Array(n + 1).fill(-1);
    this.rmost = new Int32Array(n + 1).fill(-1);
    this.lmost2 = new Int32Array(n + 1).fill(-1);
    this.rmost2 = new Int32Array(n + 1).fill(-1);
    this.nLeft = new Int32Array(n + 1);
    this.nRight = new Int32Array(n + 1);
  }

  get done(): boolean {
    return this.b >= this.n;
  }
  get s0(): number {
    return this.stack[this.stack.length - 1]!;
  }

  private addArc(h: number, d: number): void {
    this.heads[d] = h;
    if (d < h) {
      // left dependents arrive right-to-left in arc-eager, so each new one is the leftmost
      this.nLeft[h]++;
      this.lmost2[h] = this.lmost[h]!;
      this.lmost[h] = d;
    } else {
      // right dependents arrive left-to-right
      this.nRight[h]++;
      this.rmost2[h] = this.rmost[h]!;
      this.rmost[h] = d;
    }
  }

  valid(t: number): boolean {
    const s0 = this.s0;
    switch (t) {
      case SHIFT:
        return this.b < this.n;
      case REDUCE:
        return s0 !== this.n && this.heads[s0] !== -2;
      case LEFT:
        return this.b < this.n && s0 !== this.n && this.heads[s0] === -2;
      case RIGHT:
        return this.b < this.n;
      default:
        return false;
    }
  }

  apply(t: number): void {
    switch (t) {
      case SHIFT:
        this.stack.push(this.b++);
        break;
      case REDUCE:
        this.stack.pop();
        break;
      case LEFT:
        this.addArc(this.b, this.stack.pop()!);
        break;
      case RIGHT:
        this.addArc(this.s0, this.b);
        this.stack.push(this.b++);
        break;
    }
  }

  /** Dynamic-oracle cost of transition t given gold heads (ROOT = n). */
  cost(t: number, gold: Int32Array): number {
    const s0 = this.s0;
    const b = this.b;
    const n = this.n;
    let c = 0;
    switch (t) {
      case LEFT: {
        if (gold[s0] === n) c++;
        for (let k = b + 1; k < n; k++) if (gold[s0] === k) c++;
        for (let k = b; k < n; k++) if (gold[k] === s0) c++;
        return c;
      }
      case RIGHT: {
        const g = gold[b]!;
        if (g !== s0) {
          if (g > b) c++;
          else if (this.stack.includes(g)) c++;
        }
        for (const k of this.stack) if (k !== n && this.heads[k] === -2 && gold[k] === b) c++;
        return c;
      }
      case SHIFT: {
        const g = gold[b]!;
        if (g !== n && this.stack.includes(g)) c++;
        for (const k of this.stack) if (k !== n && this.heads[k] === -2 && gold[k] === b) c++;
        return c;
      }
      case REDUCE: {
        for (let k = b; k < n; k++) if (gold[k] === s0) c++;
        return c;
      }
      default:
        return 0;
    }
  }
}

/**
 * Per-sentence integer views of the tokens, hashed once so that the ~80 features of each
 * transition are a few integer mixes each. Arrays have n + 2 entries: index n is the virtual
 * ROOT and index n + 1 stands for "no such token".
 */
interface Ctx {
  n: number;
  tags: string[];
  word: Int32Array;
  tag: Int32Array;
  /** fine word-cluster id + 1 (0 = unknown word) */
  cluster: Int32Array;
  /** ambiguity class: bit set of the UPOS tags the word had in training (-1 unknown) */
  amb: Int32Array;
  suffix3: Int32Array;
  suffix2: Int32Array;
}

const TAG_IDS = new Map<string, number>(
  ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT"]
    .concat(["SCONJ", "SYM", "VERB", "X"])
    .map((t, i) => [t, i + 1]),
);
const UPOS_COUNT = TAG_IDS.size;
const T_ADP = TAG_IDS.get("ADP")!;
const T_AUX = TAG_IDS.get("AUX")!;
const T_SCONJ = TAG_IDS.get("SCONJ")!;
const T_PART = TAG_IDS.get("PART")!;
const T_DET = TAG_IDS.get("DET")!;
const T_PRON = TAG_IDS.get("PRON")!;
const T_NOUN = TAG_IDS.get("NOUN")!;
const T_PROPN = TAG_IDS.get("PROPN")!;
const ROOT_TAG = 100;
const NONE_TAG = 101;
const ROOT_WORD = hStr(hStart(1), "<root>") | 0;
const NONE_WORD = hStr(hStart(1), "<none>") | 0;

interface WordAtoms {
  word: number;
  suffix3: number;
  suffix2: number;
  cluster: number;
  amb: number;
}

const MEMO_LIMIT = 200_000;

function makeCtx(tokens: string[], tags: string[], atomsOf: (token: string) => WordAtoms): Ctx {
  const n = tokens.length;
  const ctx: Ctx = {
    n,
    tags,
    word: new Int32Array(n + 2),
    tag: new Int32Array(n + 2),
    cluster: new Int32Array(n + 2),
    amb: new Int32Array(n + 2),
    suffix3: new Int32Array(n + 2),
    suffix2: new Int32Array(n + 2),
  };
  for (let i = 0; i < n; i++) {
    const a = atomsOf(tokens[i]!);
    ctx.word[i] = a.word;
    ctx.suffix3[i] = a.suffix3;
    ctx.suffix2[i] = a.suffix2;
    ctx.cluster[i] = a.cluster;
    ctx.amb[i] = a.amb;
    const t = tags[i] ?? "";
    ctx.tag[i] = TAG_IDS.get(t) ?? hStr(hStart(2), t) | 0;
  }
  for (const [i, w, t, c] of [
    [n, ROOT_WORD, ROOT_TAG, -2],
    [n + 1, NONE_WORD, NONE_TAG, -1],
  ] as const) {
    ctx.word[i] = w;
    ctx.suffix3[i] = w;
    ctx.suffix2[i] = w;
    ctx.tag[i] = t;
    ctx.cluster[i] = c;
    ctx.amb[i] = c;
  }
  return ctx;
}

/** Memoised per-word atoms (news text repeats words; hashing them is most of makeCtx). */
function wordAtoms(clusters: WordClusters, amb: ReadonlyMap<string, number>): (token: string) => WordAtoms {
  const memo = new Map<string, WordAtoms>();
  return (token) => {
    let a = memo.get(token);
    if (a === undefined) {
      const w = wordKey(token);
      a = {
        word: hStr(hStart(1), w) | 0,
        suffix3: hSlice(hStart(3), w, Math.max(0, w.length - 3), w.length) | 0,
        suffix2: hSlice(hStart(4), w, Math.max(0, w.length - 2), w.length) | 0,
        cluster: clusters.fine(w) + 1,
        amb: amb.get(w) ?? -1,
      };
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(token, a);
    }
    return a;
  };
}

/** Ambiguity classes from gold-tagged training data: tags with ≥ 5% of a word's occurrences. */
export function ambiguityClasses(data: { tokens: string[]; tags: string[] }[]): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of data) {
    s.tokens.forEach((t, i) => {
      const w = wordKey(t);
      const m = counts.get(w) ?? new Map<string, number>();
      m.set(s.tags[i]!, (m.get(s.tags[i]!) ?? 0) + 1);
      counts.set(w, m);
    });
  }
  const tagIndex = new Map<string, number>();
  const out = new Map<string, number>();
  for (const [w, m] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    for (const n of m.values()) total += n;
    if (total < 2) continue;
    let bits = 0;
    for (const [t, n] of [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (!tagIndex.has(t)) tagIndex.set(t, tagIndex.size);
      if (n / total >= 0.05) bits |= 1 << tagIndex.get(t)!;
    }
    out.set(w, bits);
  }
  return out;
}

const SEED = 0x2f6b1d3a;
function f1(t: number, a: number): number {
  return hMix(hMix(SEED, t), a);
}
function f2(t: number, a: number, b: number): number {
  return hMix(hMix(hMix(SEED, t), a), b);
}
function f3(t: number, a: number, b: number, c: number): number {
  return hMix(hMix(hMix(hMix(SEED, t), a), b), c);
}
function f4(t: number, a: number, b: number, c: number, d: number): number {
  return hMix(hMix(hMix(hMix(hMix(SEED, t), a), b), c), d);
}

/** A token index, or the "no such token" slot n + 1 for -1. (Plain functions, not closures: the
 * hot loops would otherwise create one per call.) */
function orNone(i: number, none: number): number {
  return i < 0 ? none : i;
}

function inSentence(i: number, n: number): number {
  return i < 0 || i >= n ? n + 1 : i;
}

/** Distance buckets: exact up to 4, then 5–7, 8–12, farther. */
function distanceBucket(d: number): number {
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

/**
 * Positions whose features depend on that one token only (its word, tag, cluster, ambiguity
 * class). At parse time their summed weights are looked up once per (word, tag) and reused (see
 * `SlotVectors`); in training they are scored feature by feature. Both give the same sums.
 */
const S_S0 = 0;
const S_B0 = 1;
const S_B1 = 2;
const S_B2 = 3;
const S_S1 = 4;
/** s0's head, s0's leftmost and rightmost children, b0's leftmost child, s0's grand-head, second children */
const S_S0H = 5;
const SLOTS = 13;

/** Features of token `i` in slot `slot` (Zhang & Nivre 2011 unigrams, plus clusters and ambiguity classes). */
function slotFeatures(slot: number, i: number, ctx: Ctx, buf: FeatureBuffer): void {
  const w = ctx.word[i]!;
  const p = ctx.tag[i]!;
  switch (slot) {
    case S_S0:
      buf.push(f1(1, w));
      buf.push(f1(2, p));
      buf.push(f2(3, w, p));
      buf.push(f1(65, ctx.cluster[i]!));
      break;
    case S_B0:
      buf.push(f1(4, w));
      buf.push(f1(5, p));
      buf.push(f2(6, w, p));
      buf.push(f1(66, ctx.cluster[i]!));
      buf.push(f2(80, ctx.amb[i]!, p));
      break;
    case S_B1:
      buf.push(f1(7, w));
      buf.push(f1(8, p));
      buf.push(f2(9, w, p));
      buf.push(f1(67, ctx.cluster[i]!));
      buf.push(f2(81, ctx.amb[i]!, p));
      break;
    case S_B2:
      buf.push(f1(10, w));
      buf.push(f1(11, p));
      break;
    case S_S1:
      buf.push(f1(13, w));
      buf.push(f1(14, p));
      break;
    default: {
      // heads and children: word and tag (templates 43–58)
      const t = 43 + 2 * (slot - S_S0H);
      buf.push(f1(t, w));
      buf.push(f1(t + 1, p));
    }
  }
}

/**
 * Features of a configuration that combine several tokens or depend on the state (distance,
 * valency): the rest of Zhang & Nivre (2011) without label features (labels are assigned after
 * parsing), plus word clusters, suffixes, ambiguity classes (which stand in for the tag when the
 * tagger is wrong) and the words right before b0 and right after s0. Writes the token in each
 * slot to `at`.
 */
function extract(st: State, ctx: Ctx, buf: FeatureBuffer, at: Int32Array): void {
  const n = st.n;
  const none = n + 1;
  const W = ctx.word;
  const P = ctx.tag;
  const stack = st.stack;
  const heads = st.heads;
  const s0 = stack[stack.length - 1]!;
  const s1 = stack.length > 1 ? stack[stack.length - 2]! : none;
  const b0 = st.b;
  const b1 = b0 + 1 < n ? b0 + 1 : none;
  const b2 = b0 + 2 < n ? b0 + 2 : none;
  const s0IsWord = s0 !== n;
  const s0h = s0IsWord && heads[s0]! >= 0 ? heads[s0]! : none;
  const s0hh = s0h < n && heads[s0h]! >= 0 ? heads[s0h]! : none;
  const s0l = orNone(st.lmost[s0]!, none);
  const s0r = orNone(st.rmost[s0]!, none);
  const s0l2 = orNone(st.lmost2[s0]!, none);
  const s0r2 = orNone(st.rmost2[s0]!, none);
  const b0l = orNone(st.lmost[b0]!, none);
  const b0l2 = orNone(st.lmost2[b0]!, none);
  at[S_S0] = s0;
  at[S_B0] = b0;
  at[S_B1] = b1;
  at[S_B2] = b2;
  at[S_S1] = s1;
  at[S_S0H] = s0h;
  at[S_S0H + 1] = s0l;
  at[S_S0H + 2] = s0r;
  at[S_S0H + 3] = b0l;
  at[S_S0H + 4] = s0hh;
  at[S_S0H + 5] = s0l2;
  at[S_S0H + 6] = s0r2;
  at[S_S0H + 7] = b0l2;
  const s0w = W[s0]!;
  const s0p = P[s0]!;
  const b0w = W[b0]!;
  const b0p = P[b0]!;
  const b1w = W[b1]!;
  const b1p = P[b1]!;
  const b2p = P[b2]!;
  const d = s0IsWord ? distanceBucket(b0 - s0) : 0;
  const s0vl = Math.min(st.nLeft[s0]!, 4);
  const s0vr = Math.min(st.nRight[s0]!, 4);
  const b0vl = Math.min(st.nLeft[b0]!, 4);
  buf.clear();
  buf.push(f1(0, 0));
  // pairs
  buf.push(f4(15, s0w, s0p, b0w, b0p));
  buf.push(f3(16, s0w, s0p, b0w));
  buf.push(f3(17, s0w, b0w, b0p));
  buf.push(f3(18, s0w, s0p, b0p));
  buf.push(f3(19, s0p, b0w, b0p));
  buf.push(f2(20, s0w, b0w));
  buf.push(f2(21, s0p, b0p));
  buf.push(f2(22, b0p, b1p));
  // triples
  buf.push(f3(23, b0p, b1p, b2p));
  buf.push(f3(24, s0p, b0p, b1p));
  buf.push(f3(25, P[s0h]!, s0p, b0p));
  buf.push(f3(26, s0p, P[s0l]!, b0p));
  buf.push(f3(27, s0p, P[s0r]!, b0p));
  buf.push(f3(28, s0p, b0p, P[b0l]!));
  buf.push(f3(29, P[s1]!, s0p, b0p));
  buf.push(f2(30, P[s1]!, s0p));
  // distance
  buf.push(f2(31, s0w, d));
  buf.push(f2(32, s0p, d));
  buf.push(f2(33, b0w, d));
  buf.push(f2(34, b0p, d));
  buf.push(f3(35, s0w, b0w, d));
  buf.push(f3(36, s0p, b0p, d));
  // valency
  buf.push(f2(37, s0w, s0vr));
  buf.push(f2(38, s0p, s0vr));
  buf.push(f2(39, s0w, s0vl));
  buf.push(f2(40, s0p, s0vl));
  buf.push(f2(41, b0w, b0vl));
  buf.push(f2(42, b0p, b0vl));
  // third order
  buf.push(f3(59, s0p, P[s0l]!, P[s0l2]!));
  buf.push(f3(60, s0p, P[s0r]!, P[s0r2]!));
  buf.push(f3(61, P[s0hh]!, P[s0h]!, s0p));
  buf.push(f3(62, b0p, P[b0l]!, P[b0l2]!));
  // arc-eager specifics: whether s0 already has a head (REDUCE vs LEFT), stack depth
  buf.push(f3(63, s0p, b0p, s0IsWord && heads[s0] !== -2 ? 1 : 0));
  buf.push(f2(64, b0p, Math.min(stack.length, 5)));
  // word clusters
  const C = ctx.cluster;
  buf.push(f2(68, C[s0]!, C[b0]!));
  buf.push(f2(69, C[s0]!, b0p));
  buf.push(f2(70, s0p, C[b0]!));
  // lexical context
  buf.push(f3(71, s0w, b0p, b1p));
  buf.push(f3(72, s0p, b0w, b1p));
  buf.push(f2(73, b0w, b1w));
  buf.push(f2(74, s0w, P[s0r]!));
  buf.push(f2(75, W[s0l]!, s0p));
  // suffixes and ambiguity classes
  buf.push(f2(76, ctx.suffix3[s0]!, b0p));
  buf.push(f2(77, ctx.suffix3[b0]!, s0p));
  buf.push(f2(78, ctx.suffix2[s0]!, ctx.suffix2[b0]!));
  buf.push(f2(79, ctx.amb[s0]!, ctx.amb[b0]!));
  // linear context: punctuation and conjunctions right before b0 or right after s0 decide many
  // attachments
  const bm1 = b0 - 1 >= 0 && b0 - 1 !== s0 ? b0 - 1 : none;
  const s0p1 = s0IsWord && s0 + 1 < b0 ? s0 + 1 : none;
  const s0m1 = s0IsWord && s0 > 0 ? s0 - 1 : none;
  buf.push(f2(82, P[bm1]!, b0p));
  buf.push(f3(83, s0p, P[bm1]!, b0p));
  buf.push(f2(84, W[bm1]!, b0p));
  buf.push(f3(85, s0p, P[s0p1]!, b0p));
  buf.push(f3(86, P[s0m1]!, s0p, b0p));
}

/** Appends the slot features of the tokens in `at` (training scores every feature itself). */
function extractAll(st: State, ctx: Ctx, buf: FeatureBuffer, at: Int32Array): void {
  extract(st, ctx, buf, at);
  for (let slot = 0; slot < SLOTS; slot++) slotFeatures(slot, at[slot]!, ctx, buf);
}

/**
 * Parse-time cache of slot scores: for each (tag, word), the summed transition weights of its
 * features in every slot. News text repeats words, so most tokens cost a map lookup here and
 * 13 vector additions per transition instead of 34 feature lookups.
 */
class SlotVectors {
  /** token → slot vectors by tag id (UPOS ids 1–17; 0 holds ROOT / none / unknown tags by key) */
  private readonly cache = new Map<string, (Float64Array | undefined)[]>();
  private readonly buf = new FeatureBuffer(16);
  private readonly slotScores = new Float64Array(NT);

  constructor(
    private readonly table: InlineTable,
    private readonly limit = 100_000,
  ) {}

  /** Slot vectors of every position of `ctx` (tokens, ROOT, none). */
  of(tokens: string[], ctx: Ctx): Float64Array[] {
    const n = ctx.n;
    const out = new Array<Float64Array>(n + 2);
    for (let i = 0; i < n + 2; i++) {
      // keyed by the token, then the tag: no string is built per token
      const tag = ctx.tag[i]!;
      const known = tag > 0 && tag <= UPOS_COUNT;
      const key =
        i < n
          ? known
            ? tokens[i]!
            : `${ctx.tags[i]}\u0001${tokens[i]}`
          : i === n
            ? "\u0002root"
            : "\u0002none";
      let byTag = this.cache.get(key);
      if (byTag === undefined) {
        if (this.cache.size >= this.limit) this.cache.clear();
        byTag = new Array(UPOS_COUNT + 1);
        this.cache.set(key, byTag);
      }
      const t = known ? tag : 0;
      let v = byTag[t];
      if (v === undefined) {
        v = new Float64Array(SLOTS * NT);
        const slotScores = this.slotScores;
        for (let slot = 0; slot < SLOTS; slot++) {
          this.buf.clear();
          slotFeatures(slot, i, ctx, this.buf);
          // (into a reused row and copied: no subarray object per slot of every new word)
          slotScores.fill(0);
          this.table.score(this.buf.data, this.buf.length, slotScores);
          v.set(slotScores, slot * NT);
        }
        byTag[t] = v;
      }
      out[i] = v;
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Labeller

function labelFeatures(i: number, heads: number[], ctx: Ctx, kids: number[][], buf: FeatureBuffer): void {
  const n = ctx.n;
  const W = ctx.word;
  const P = ctx.tag;
  const h0 = heads[i]!;
  const h = h0 < 0 ? n : h0;
  const dw = W[i]!;
  const dp = P[i]!;
  const hw = W[h]!;
  const hp = P[h]!;
  const dir = h0 < 0 ? 0 : h0 < i ? 1 : 2;
  const dist = h0 < 0 ? 0 : Math.min(Math.abs(h0 - i), 7);
  const ch = kids[i]!;
  const first = ch.length > 0 ? ch[0]! : -1;
  const last = ch.length > 0 ? ch[ch.length - 1]! : -1;
  buf.clear();
  buf.push(f1(300, 0));
  buf.push(f1(301, dw));
  buf.push(f1(302, dp));
  buf.push(f1(303, hw));
  buf.push(f1(304, hp));
  buf.push(f3(305, dp, hp, dir));
  buf.push(f3(306, dw, hp, dir));
  buf.push(f3(307, dp, hw, dir));
  buf.push(f4(308, dp, hp, dir, dist));
  buf.push(f2(309, dp, first >= 0 && first < i ? W[first]! : NONE_WORD));
  buf.push(f2(310, dp, P[inSentence(first, n)]!));
  buf.push(f2(311, dp, P[inSentence(last, n)]!));
  buf.push(f2(312, dp, Math.min(ch.length, 4)));
  buf.push(f2(313, dp, h0 >= 0 ? P[heads[h0]! < 0 ? n : heads[h0]!]! : NONE_TAG));
  buf.push(f2(314, dp, ctx.suffix3[i]!));
  buf.push(f2(315, dp, P[inSentence(i - 1, n)]!));
  buf.push(f2(316, dp, P[inSentence(i + 1, n)]!));
  buf.push(f2(317, dp, W[inSentence(i - 1, n)]!));
  buf.push(f4(321, dp, hp, dir, ctx.cluster[i]!));
  // function-word children (case markers, auxiliaries, copulas) decide obl vs obj, csubj, ...
  for (const k of ch) {
    const kp = P[k]!;
    if (kp === T_ADP || kp === T_AUX || kp === T_SCONJ || kp === T_PART || kp === T_DET || kp === T_PRON) {
      buf.push(f3(318, dp, kp, W[k]!));
    }
  }
  // siblings to the left of the dependent between it and its head
  if (h0 >= 0) {
    const sib = kids[h0]!;
    let before = 0;
    let hasSubj = 0;
    for (const s of sib) {
      if (s < i && (h0 < i ? s > h0 : true)) before++;
      if (s < h0 && s !== i && (P[s] === T_PRON || P[s] === T_NOUN || P[s] === T_PROPN)) hasSubj = 1;
    }
    buf.push(f3(319, dp, hp, Math.min(before, 3)));
    buf.push(f4(320, dp, hp, dir, hasSubj));
  }
}

function childrenOf(heads: number[]): number[][] {
  const kids: number[][] = heads.map(() => []);
  heads.forEach((h, i) => {
    if (h >= 0) kids[h]!.push(i);
  });
  return kids;
}

/**
 * An arc whose label is worked out when first read. A class, not an object literal with its own
 * getter: every arc of every parse then shares one shape and one getter, where each literal made a
 * closure and an accessor of its own.
 */
class LazyArc implements Arc {
  private label: string | undefined;

  constructor(
    readonly head: number,
    private readonly index: number,
    private readonly labelOf: (i: number) => string,
  ) {}

  get rel(): string {
    this.label ??= this.labelOf(this.index);
    return this.label;
  }
}

export interface ParserMeta {
  kind: "dep-parser";
  /** 2: integer-mixed feature hashes (version 1 hashed feature strings; not readable any more) */
  version: 2;
  labels: string[];
  ambiguity: Record<string, number>;
}

export interface ParserOptions {
  /** reuse per-(word, tag) slot scores (default true); false scores every feature */
  slotCache?: boolean;
}

export class ArcEagerParser implements DependencyParser {
  private readonly model: LinearModel;
  private readonly transitions: InlineTable;
  /** undefined: score every feature of every transition (tests compare the two paths) */
  private readonly slotVectors: SlotVectors | undefined;
  private readonly at = new Int32Array(SLOTS);
  private readonly labeller: LinearModel;
  private readonly labelTable: SparseTable;
  private readonly labels: string[];
  private readonly buf = new FeatureBuffer(128);
  private readonly scores = new Float64Array(NT);
  private readonly lscores: Float64Array;
  private readonly rootLabel: number;
  private readonly ambiguity: Map<string, number>;
  private readonly atoms: (token: string) => WordAtoms;

  constructor(
    model: LinearModel,
    labeller: LinearModel,
    labels: string[],
    clusters: WordClusters,
    ambiguity: Map<string, number>,
    options: ParserOptions = {},
  ) {
    this.ambiguity = ambiguity;
    this.atoms = wordAtoms(clusters, ambiguity);
    this.model = model;
    this.transitions = model.inlineTable();
    this.slotVectors = options.slotCache === false ? undefined : new SlotVectors(this.transitions);
    this.labeller = labeller;
    // 51 labels, 6.6 non-zero weights per row on average: a dense table would be 7 MB
    this.labelTable = labeller.sparseTable();
    this.labels = labels;
    this.lscores = new Float64Array(labels.length);
    this.rootLabel = labels.indexOf("root");
  }

  private headsOf(tokens: string[], ctx: Ctx): number[] {
    const st = new State(ctx.n);
    const allowed = [false, false, false, false];
    const vectors = this.slotVectors?.of(tokens, ctx);
    const at = this.at;
    const scores = this.scores;
    while (!st.done) {
      scores.fill(0);
      if (vectors) {
        extract(st, ctx, this.buf, at);
        for (let slot = 0; slot < SLOTS; slot++) {
          const v = vectors[at[slot]!]!;
          const base = slot * NT;
          for (let c = 0; c < NT; c++) scores[c] += v[base + c]!;
        }
      } else {
        extractAll(st, ctx, this.buf, at);
      }
      this.transitions.score(this.buf.data, this.buf.length, scores);
      for (let t = 0; t < NT; t++) allowed[t] = st.valid(t);
      st.apply(argmax(this.scores, NT, allowed));
    }
    return finishHeads(st, ctx.tags);
  }

  /** Unlabelled heads (0-based, -1 root). */
  heads(tokens: string[], tags: string[]): number[] {
    if (tokens.length === 0) return [];
    return this.headsOf(tokens, makeCtx(tokens, tags, this.atoms));
  }

  parse(tokens: string[], tags: string[]): Arc[] {
    if (tokens.length === 0) return [];
    const ctx = makeCtx(tokens, tags, this.atoms);
    const heads = this.headsOf(tokens, ctx);
    const kids = childrenOf(heads);
    return heads.map((h, i) =>
      h < 0 ? { head: -1, rel: "root" } : { head: h, rel: this.label(i, heads, ctx, kids) },
    );
  }

  /**
   * The same arcs, each labelled when its `rel` is first read: a reader that asks for a few
   * tokens' relations (the relation rules read the children of a verb or of a name) skips the
   * labeller's scoring of the rest. The labels are those of `parse`.
   */
  parseLazily(tokens: string[], tags: string[]): Arc[] {
    if (tokens.length === 0) return [];
    const ctx = makeCtx(tokens, tags, this.atoms);
    const heads = this.headsOf(tokens, ctx);
    let kids: number[][] | undefined;
    const label = (i: number) => {
      kids ??= childrenOf(heads);
      return this.label(i, heads, ctx, kids);
    };
    return heads.map((h, i) => (h < 0 ? { head: -1, rel: "root" } : new LazyArc(h, i, label)));
  }

  private label(i: number, heads: number[], ctx: Ctx, kids: number[][]): string {
    labelFeatures(i, heads, ctx, kids, this.buf);
    this.lscores.fill(0);
    this.labelTable.score(this.buf.data, this.buf.length, this.lscores);
    if (this.rootLabel >= 0) this.lscores[this.rootLabel] = Number.NEGATIVE_INFINITY;
    return this.labels[argmax(this.lscores, this.labels.length)]!;
  }

  encode(): Buffer {
    const meta: ParserMeta = {
      kind: "dep-parser",
      version: 2,
      labels: this.labels,
      ambiguity: Object.fromEntries(this.ambiguity),
    };
    return encodeModels(meta, [this.model, this.labeller]);
  }

  static decode(gz: Uint8Array, clusters: WordClusters, options: ParserOptions = {}): ArcEagerParser {
    return ArcEagerParser.fromFile(decodeModels<ParserMeta>(gz), clusters, options);
  }

  /** Tables each model of the file is scored through (see table-cache.ts). */
  static readonly TABLES: readonly (readonly TableKind[])[] = [["inline"], ["sparse"]];

  static fromFile(
    { header, models }: ModelFile<ParserMeta>,
    clusters: WordClusters,
    options: ParserOptions = {},
  ): ArcEagerParser {
    if (header.kind !== "dep-parser") throw new Error("not a parser model");
    if (header.version !== 2)
      throw new Error(`parser model version ${header.version}; retrain (npm run train)`);
    return new ArcEagerParser(
      models[0]!,
      models[1]!,
      header.labels,
      clusters,
      new Map(Object.entries(header.ambiguity)),
      options,
    );
  }
}

const VERBISH = new Set(["VERB", "AUX"]);

/** Converts the final state to heads, making sure there is exactly one root. */
function finishHeads(st: State, tags: string[]): number[] {
  const n = st.n;
  const heads = new Array<number>(n);
  let roots = 0;
  let main = -1;
  for (let i = 0; i < n; i++) {
    const h = st.heads[i]!;
    heads[i] = h === -2 || h === n ? -1 : h;
    if (heads[i] === -1) {
      roots++;
      if (main === -1 || (!VERBISH.has(tags[main] ?? "") && VERBISH.has(tags[i] ?? ""))) main = i;
    }
  }
  if (roots > 1) for (let i = 0; i < n; i++) if (heads[i] === -1 && i !== main) heads[i] = main;
  return heads;
}

export interface ParserTrainSentence {
  tokens: string[];
  tags: string[];
  heads: number[];
  rels: string[];
}

export interface ParserTrainOptions {
  epochs: number;
  labelEpochs: number;
  seed: number;
  minWeight: number;
  explore: number;
  log?: (msg: string) => void;
}

export function trainParser(
  data: ParserTrainSentence[],
  clusters: WordClusters,
  opts: ParserTrainOptions,
): ArcEagerParser {
  const random = rng(opts.seed);
  const p = new AveragedPerceptron(NT, 1 << 16);
  const buf = new FeatureBuffer(64);
  const scores = new Float64Array(NT);
  const order = data.map((_, i) => i);
  const ambiguity = ambiguityClasses(data);
  const atoms = wordAtoms(clusters, ambiguity);
  const ctxs = data.map((s) => makeCtx(s.tokens, s.tags, atoms));
  const golds = data.map((s) => Int32Array.from(s.heads.map((h) => (h < 0 ? s.tokens.length : h))));
  const allowed = [false, false, false, false];
  const costs = [0, 0, 0, 0];
  const at = new Int32Array(SLOTS);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const idx of order) {
      const n = data[idx]!.tokens.length;
      const gold = golds[idx]!;
      const ctx = ctxs[idx]!;
      const st = new State(n);
      while (!st.done) {
        extractAll(st, ctx, buf, at);
        scores.fill(0);
        p.score(buf.data, buf.length, scores);
        let minCost = Number.POSITIVE_INFINITY;
        for (let t = 0; t < NT; t++) {
          allowed[t] = st.valid(t);
          costs[t] = allowed[t] ? st.cost(t, gold) : Number.POSITIVE_INFINITY;
          if (costs[t]! < minCost) minCost = costs[t]!;
        }
        const guess = argmax(scores, NT, allowed);
        // best-scoring zero-(min-)cost transition is the target
        let best = -1;
        for (let t = 0; t < NT; t++) {
          if (!allowed[t] || costs[t] !== minCost) continue;
          if (best < 0 || scores[t]! > scores[best]!) best = t;
        }
        if (costs[guess] !== minCost) p.update(buf.data, buf.length, best, guess);
        p.tick();
        const follow = epoch > 0 && random() < opts.explore ? guess : best;
        st.apply(follow);
      }
      const heads = finishHeads(st, ctx.tags);
      heads.forEach((h, i) => {
        if (h === data[idx]!.heads[i]) correct++;
        total++;
      });
    }
    opts.log?.(`parser epoch ${epoch + 1}: train UAS ${(correct / total).toFixed(4)}`);
  }
  const model = p.finish(opts.minWeight);

  // labeller on gold trees
  const labelSet = new Set<string>();
  for (const s of data) for (const r of s.rels) labelSet.add(r);
  const labels = [...labelSet].sort();
  const lp = new AveragedPerceptron(labels.length, 1 << 14);
  const lscores = new Float64Array(labels.length);
  const labelIdx = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelIdx.get("root") ?? -1;
  for (let epoch = 0; epoch < opts.labelEpochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const idx of order) {
      const s = data[idx]!;
      const kids = childrenOf(s.heads);
      for (let i = 0; i < s.tokens.length; i++) {
        if (s.heads[i]! < 0) continue;
        labelFeatures(i, s.heads, ctxs[idx]!, kids, buf);
        lscores.fill(0);
        lp.score(buf.data, buf.length, lscores);
        if (rootLabel >= 0) lscores[rootLabel] = Number.NEGATIVE_INFINITY;
        const guess = argmax(lscores, labels.length);
        const gold = labelIdx.get(s.rels[i]!)!;
        lp.update(buf.data, buf.length, gold, guess);
        lp.tick();
        if (guess === gold) correct++;
        total++;
      }
    }
    opts.log?.(`labeller epoch ${epoch + 1}: train acc ${(correct / total).toFixed(4)}`);
  }
  return new ArcEagerParser(model, lp.finish(opts.minWeight), labels, clusters, ambiguity);
}

export interface ParseScores {
  uas: number;
  las: number;
  tokens: number;
}

/** UAS/LAS over all tokens (punctuation included, as in the CoNLL 2018 shared task). */
export function evaluateParser(
  parser: DependencyParser,
  data: { tokens: string[]; tags: string[]; heads: number[]; rels: string[] }[],
): ParseScores {
  let u = 0;
  let l = 0;
  let total = 0;
  for (const s of data) {
    const arcs = parser.parse(s.tokens, s.tags);
    arcs.forEach((a, i) => {
      total++;
      if (a.head === s.heads[i]) {
        u++;
        if (a.rel === s.rels[i]) l++;
      }
    });
  }
  return { uas: total ? u / total : 0, las: total ? l / total : 0, tokens: total };
}

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
import { FeatureBuffer, hInt, hSlice, hStart, hStr, rng, shuffle } from "./hash";
import { AveragedPerceptron, argmax, decodeModels, encodeModels, type LinearModel } from "./perceptron";
import { wordKey } from "./tokens";

export interface Arc {
  /** 0-based index of the head token, -1 for the root. */
  head: number;
  /** UD relation label ("nsubj", "obl:tmod", ... "root"). */
  rel: string;
}

export interface DependencyParser {
  parse(tokens: string[], tags: string[]): Arc[];
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

interface Ctx {
  words: string[];
  tags: string[];
  /** ambiguity class: bit set of the UPOS tags the word had in training (-1 unknown) */
  ambs: Int32Array;
  /** fine word-cluster id + 1 (0 = unknown word) */
  clusters: Int32Array;
}

function makeCtx(
  tokens: string[],
  tags: string[],
  clusters: WordClusters,
  amb: ReadonlyMap<string, number>,
): Ctx {
  const words = tokens.map(wordKey);
  return {
    words,
    tags,
    ambs: Int32Array.from(words, (w) => amb.get(w) ?? -1),
    clusters: Int32Array.from(words, (w) => clusters.fine(w) + 1),
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

function extract(st: State, ctx: Ctx, buf: FeatureBuffer): void {
  const n = st.n;
  const W = (i: number): string => (i < 0 ? "<none>" : i === n ? "<root>" : ctx.words[i]!);
  const P = (i: number): string => (i < 0 ? "<none>" : i === n ? "<root>" : ctx.tags[i]!);
  const s0 = st.s0;
  const s1 = st.stack.length > 1 ? st.stack[st.stack.length - 2]! : -1;
  const b0 = st.b < n ? st.b : -1;
  const b1 = st.b + 1 < n ? st.b + 1 : -1;
  const b2 = st.b + 2 < n ? st.b + 2 : -1;
  const s0h = s0 !== n && st.heads[s0]! >= 0 ? st.heads[s0]! : -1;
  const s0l = st.lmost[s0]!;
  const s0r = st.rmost[s0]!;
  const b0l = b0 >= 0 ? st.lmost[b0]! : -1;
  const s0w = W(s0);
  const s0p = P(s0);
  const b0w = W(b0);
  const b0p = P(b0);
  const dist = b0 >= 0 && s0 !== n ? Math.min(b0 - s0, 6) : 0;
  buf.clear();
  buf.push(hStart(200));
  buf.push(hStr(hStart(201), s0w));
  buf.push(hStr(hStart(202), s0p));
  buf.push(hStr(hStr(hStart(203), s0w), s0p));
  buf.push(hStr(hStart(204), b0w));
  buf.push(hStr(hStart(205), b0p));
  buf.push(hStr(hStr(hStart(206), b0w), b0p));
  buf.push(hStr(hStart(207), W(b1)));
  buf.push(hStr(hStart(208), P(b1)));
  buf.push(hStr(hStr(hStart(209), W(b1)), P(b1)));
  buf.push(hStr(hStart(210), P(b2)));
  buf.push(hStr(hStart(211), P(s1)));
  buf.push(hStr(hStart(212), W(s1)));
  buf.push(hStr(hStr(hStart(213), s0w), b0w));
  buf.push(hStr(hStr(hStr(hStart(214), s0w), s0p), b0p));
  buf.push(hStr(hStr(hStr(hStart(215), s0p), b0w), b0p));
  buf.push(hStr(hStr(hStr(hStr(hStart(216), s0w), s0p), b0w), b0p));
  buf.push(hStr(hStr(hStart(217), s0p), b0p));
  buf.push(hStr(hStr(hStr(hStart(218), s0p), b0p), P(b1)));
  buf.push(hStr(hStr(hStr(hStart(219), b0p), P(b1)), P(b2)));
  buf.push(hStr(hStr(hStr(hStart(220), P(s1)), s0p), b0p));
  buf.push(hStr(hStr(hStr(hStart(221), P(s0h)), s0p), b0p));
  buf.push(hStr(hStr(hStr(hStart(222), s0p), P(s0l)), b0p));
  buf.push(hStr(hStr(hStr(hStart(223), s0p), P(s0r)), b0p));
  buf.push(hStr(hStr(hStr(hStart(224), s0p), b0p), P(b0l)));
  buf.push(hInt(hStr(hStr(hStart(225), s0p), b0p), dist));
  buf.push(hInt(hStr(hStart(226), s0w), dist));
  buf.push(hInt(hStr(hStart(227), b0w), dist));
  buf.push(hInt(hStr(hStart(228), s0p), Math.min(st.nLeft[s0]!, 4)));
  buf.push(hInt(hStr(hStart(229), s0p), Math.min(st.nRight[s0]!, 4)));
  buf.push(hInt(hStr(hStart(230), b0p), b0 >= 0 ? Math.min(st.nLeft[b0]!, 4) : 0));
  buf.push(hStr(hStart(231), W(s0h)));
  buf.push(hInt(hStr(hStr(hStart(232), s0p), b0p), s0 !== n && st.heads[s0] !== -2 ? 1 : 0));
  buf.push(hStr(hStart(233), W(b0l)));
  buf.push(hStr(hStart(234), W(s0r)));
  buf.push(hStr(hStr(hStart(235), s0w), P(s0r)));
  buf.push(hStr(hStr(hStart(236), P(s1)), s0p));
  buf.push(hInt(hStr(hStart(237), b0p), Math.min(st.stack.length, 5)));
  // word clusters (help with unknown words and tagging errors)
  const C = (i: number): number => (i < 0 ? -1 : i === n ? -2 : ctx.clusters[i]!);
  buf.push(hInt(hStart(238), C(s0)));
  buf.push(hInt(hStart(239), C(b0)));
  buf.push(hInt(hStart(240), C(b1)));
  buf.push(hInt(hInt(hStart(241), C(s0)), C(b0)));
  buf.push(hStr(hInt(hStart(242), C(s0)), b0p));
  buf.push(hInt(hStr(hStart(243), s0p), C(b0)));
  // second-order children
  const s0l2 = st.lmost2[s0]!;
  const s0r2 = st.rmost2[s0]!;
  const b0l2 = b0 >= 0 ? st.lmost2[b0]! : -1;
  buf.push(hStr(hStr(hStr(hStart(244), s0p), P(s0l)), P(s0l2)));
  buf.push(hStr(hStr(hStr(hStart(245), s0p), P(s0r)), P(s0r2)));
  buf.push(hStr(hStr(hStr(hStart(246), b0p), P(b0l)), P(b0l2)));
  const s0hh = s0h >= 0 && s0h !== n && st.heads[s0h]! >= 0 ? st.heads[s0h]! : -1;
  buf.push(hStr(hStr(hStr(hStart(247), P(s0hh)), P(s0h)), s0p));
  buf.push(hStr(hStr(hStart(248), W(s0l)), s0p));
  buf.push(hStr(hStr(hStr(hStart(249), s0w), b0p), P(b1)));
  buf.push(hStr(hStr(hStr(hStart(250), s0p), b0w), P(b1)));
  buf.push(hStr(hStr(hStart(251), b0w), W(b1)));
  // suffixes stand in for the tag when the tagger is wrong
  buf.push(hStr(hSlice(hStart(252), s0w, Math.max(0, s0w.length - 3), s0w.length), b0p));
  buf.push(hStr(hSlice(hStart(253), b0w, Math.max(0, b0w.length - 3), b0w.length), s0p));
  buf.push(
    hSlice(
      hSlice(hStart(254), s0w, Math.max(0, s0w.length - 2), s0w.length),
      b0w,
      Math.max(0, b0w.length - 2),
      b0w.length,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Labeller

function labelFeatures(i: number, heads: number[], ctx: Ctx, kids: number[][], buf: FeatureBuffer): void {
  const n = heads.length;
  const h = heads[i]!;
  const W = (k: number): string => (k < 0 ? "<root>" : k >= n ? "</s>" : ctx.words[k]!);
  const P = (k: number): string => (k < 0 ? "<root>" : k >= n ? "</s>" : ctx.tags[k]!);
  const dw = W(i);
  const dp = P(i);
  const hw = W(h);
  const hp = P(h);
  const dir = h < 0 ? 0 : h < i ? 1 : 2;
  const dist = h < 0 ? 0 : Math.min(Math.abs(h - i), 7);
  const ch = kids[i]!;
  const first = ch.length > 0 ? ch[0]! : -1;
  const last = ch.length > 0 ? ch[ch.length - 1]! : -1;
  buf.clear();
  buf.push(hStart(300));
  buf.push(hStr(hStart(301), dw));
  buf.push(hStr(hStart(302), dp));
  buf.push(hStr(hStart(303), hw));
  buf.push(hStr(hStart(304), hp));
  buf.push(hInt(hStr(hStr(hStart(305), dp), hp), dir));
  buf.push(hInt(hStr(hStr(hStart(306), dw), hp), dir));
  buf.push(hInt(hStr(hStr(hStart(307), dp), hw), dir));
  buf.push(hInt(hInt(hStr(hStr(hStart(308), dp), hp), dir), dist));
  buf.push(hStr(hStr(hStart(309), dp), first >= 0 && first < i ? W(first) : "<none>"));
  buf.push(hStr(hStr(hStart(310), dp), first >= 0 ? P(first) : "<none>"));
  buf.push(hStr(hStr(hStart(311), dp), last >= 0 ? P(last) : "<none>"));
  buf.push(hInt(hStr(hStart(312), dp), Math.min(ch.length, 4)));
  buf.push(hStr(hStr(hStart(313), dp), h >= 0 ? P(heads[h]!) : "<none>"));
  buf.push(hSlice(hStr(hStart(314), dp), dw, Math.max(0, dw.length - 3), dw.length));
  buf.push(hStr(hStr(hStart(315), dp), P(i - 1)));
  buf.push(hStr(hStr(hStart(316), dp), P(i + 1)));
  buf.push(hStr(hStr(hStart(317), dp), W(i - 1)));
  // function-word children (case markers, auxiliaries, copulas) decide obl vs obj, csubj, ...
  for (const k of ch) {
    const kp = ctx.tags[k]!;
    if (kp === "ADP" || kp === "AUX" || kp === "SCONJ" || kp === "PART" || kp === "DET" || kp === "PRON") {
      buf.push(hStr(hStr(hStr(hStart(318), dp), kp), ctx.words[k]!));
    }
  }
  // siblings to the left of the dependent between it and its head
  if (h >= 0) {
    const sib = kids[h]!;
    let before = 0;
    for (const s of sib) if (s < i && (h < i ? s > h : true)) before++;
    buf.push(hInt(hStr(hStr(hStart(319), dp), hp), Math.min(before, 3)));
    let hasSubj = 0;
    for (const s of sib)
      if (s < h && s !== i && (ctx.tags[s] === "PRON" || ctx.tags[s] === "NOUN" || ctx.tags[s] === "PROPN"))
        hasSubj = 1;
    buf.push(hInt(hInt(hStr(hStr(hStart(320), dp), hp), dir), hasSubj));
  }
}

function childrenOf(heads: number[]): number[][] {
  const kids: number[][] = heads.map(() => []);
  heads.forEach((h, i) => {
    if (h >= 0) kids[h]!.push(i);
  });
  return kids;
}

export interface ParserMeta {
  kind: "dep-parser";
  version: 1;
  labels: string[];
  ambiguity: Record<string, number>;
}

export class ArcEagerParser implements DependencyParser {
  private readonly model: LinearModel;
  private readonly labeller: LinearModel;
  private readonly labels: string[];
  private readonly buf = new FeatureBuffer(64);
  private readonly scores = new Float64Array(NT);
  private readonly lscores: Float64Array;
  private readonly rootLabel: number;

  private readonly clusters: WordClusters;
  private readonly ambiguity: Map<string, number>;

  constructor(
    model: LinearModel,
    labeller: LinearModel,
    labels: string[],
    clusters: WordClusters,
    ambiguity: Map<string, number>,
  ) {
    this.clusters = clusters;
    this.ambiguity = ambiguity;
    this.model = model;
    this.labeller = labeller;
    this.labels = labels;
    this.lscores = new Float64Array(labels.length);
    this.rootLabel = labels.indexOf("root");
  }

  /** Unlabelled heads (0-based, -1 root). */
  heads(tokens: string[], tags: string[]): number[] {
    const n = tokens.length;
    const ctx = makeCtx(tokens, tags, this.clusters, this.ambiguity);
    const st = new State(n);
    const allowed = [false, false, false, false];
    while (!st.done) {
      extract(st, ctx, this.buf);
      this.scores.fill(0);
      this.model.score(this.buf.data, this.buf.length, this.scores);
      for (let t = 0; t < NT; t++) allowed[t] = st.valid(t);
      st.apply(argmax(this.scores, NT, allowed));
    }
    return finishHeads(st, tags);
  }

  parse(tokens: string[], tags: string[]): Arc[] {
    if (tokens.length === 0) return [];
    const ctx = makeCtx(tokens, tags, this.clusters, this.ambiguity);
    const heads = this.heads(tokens, tags);
    const kids = childrenOf(heads);
    return heads.map((h, i) => {
      if (h < 0) return { head: -1, rel: "root" };
      labelFeatures(i, heads, ctx, kids, this.buf);
      this.lscores.fill(0);
      this.labeller.score(this.buf.data, this.buf.length, this.lscores);
      if (this.rootLabel >= 0) this.lscores[this.rootLabel] = Number.NEGATIVE_INFINITY;
      return { head: h, rel: this.labels[argmax(this.lscores, this.labels.length)]! };
    });
  }

  encode(): Buffer {
    const meta: ParserMeta = {
      kind: "dep-parser",
      version: 1,
      labels: this.labels,
      ambiguity: Object.fromEntries(this.ambiguity),
    };
    return encodeModels(meta, [this.model, this.labeller]);
  }

  static decode(gz: Uint8Array, clusters: WordClusters): ArcEagerParser {
    const { header, models } = decodeModels<ParserMeta>(gz);
    if (header.kind !== "dep-parser") throw new Error("not a parser model");
    return new ArcEagerParser(
      models[0]!,
      models[1]!,
      header.labels,
      clusters,
      new Map(Object.entries(header.ambiguity)),
    );
  }
}

const VERBISH = new Set(["VERB", "AUX"]);

/** Converts the final state to heads, making sure there is exactly one root. */
function finishHeads(st: State, tags: string[]): number[] {
  const n = st.n;
  const heads: number[] = [];
  for (let i = 0; i < n; i++) {
    const h = st.heads[i]!;
    heads.push(h === -2 || h === n ? -1 : h);
  }
  const roots = heads.flatMap((h, i) => (h === -1 ? [i] : []));
  if (roots.length > 1) {
    const main = roots.find((r) => VERBISH.has(tags[r] ?? "")) ?? roots[0]!;
    for (const r of roots) if (r !== main) heads[r] = main;
  }
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
  const ctxs = data.map((s) => makeCtx(s.tokens, s.tags, clusters, ambiguity));
  const golds = data.map((s) => Int32Array.from(s.heads.map((h) => (h < 0 ? s.tokens.length : h))));
  const allowed = [false, false, false, false];
  const costs = [0, 0, 0, 0];
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
        extract(st, ctx, buf);
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

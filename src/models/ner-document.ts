/**
 * Document-level evidence for the recogniser's second pass. A name usually keeps one type
 * through a document, and its clearest mention ("Governor Bob McDonnell", "the band Sweet")
 * tells how to read the bare ones ("McDonnell said", "Sweet released"). The first pass labels
 * every sentence on its own; these features tell the second pass, for each capitalised token,
 * what the first pass said about the same word and the same capitalised run in the OTHER
 * sentences of the document, and whether the word also appears lower-case there (a common noun
 * capitalised at the start of a sentence).
 *
 * Training must see first-pass labels as noisy as at test time, so the trainer computes them
 * with jackknifed first-pass models (each fold labelled by a model that did not train on it).
 */
import type { Span } from "../corpora/types";
import { hFinal, hInt, hStart, hStr } from "./hash";
import { isCapitalised, wordInfo } from "./tokens";

/** BILOU label ids as in ner.ts (0 = O; 1 + 4t + kind with kind B, I, L, U). */
function firstPassLabels(n: number, spans: readonly Span[]): Int8Array {
  const labels = new Int8Array(n);
  for (const span of spans) {
    const base = 1 + 4 * TYPE_INDEX[span.type];
    if (span.end - span.start === 1) labels[span.start] = base + 3;
    else
      for (let k = span.start; k < span.end; k++)
        labels[k] = base + (k === span.start ? 0 : k === span.end - 1 ? 2 : 1);
  }
  return labels;
}

const TYPE_INDEX: Record<Span["type"], number> = { person: 0, organisation: 1, place: 2, event: 3 };
const NTYPES = 4;

/** Counts per type, plus how often the word occurs outside any predicted name. */
interface WordEvidence {
  /** [sentence index, type or -1 for "not in a name"] per capitalised occurrence */
  sightings: number[];
  /** sentence indices where the word occurs lower-case */
  lower: number[];
}

const runKey = (keys: string[], start: number, end: number): string => keys.slice(start, end).join(" ");

/**
 * Per sentence, per token: extra feature hashes (finalised) from the first-pass spans of the
 * other sentences of the same document. `firstPass[s]` are the spans of sentence s.
 */
export function documentFeatures(
  sentences: readonly string[][],
  firstPass: readonly Span[][],
): Uint32Array[][] {
  const keys = sentences.map((tokens) => tokens.map((t) => wordInfo(t).key));
  const words = new Map<string, WordEvidence>();
  const runs = new Map<string, number[]>();
  const evidence = (w: string): WordEvidence => {
    let e = words.get(w);
    if (!e) {
      e = { sightings: [], lower: [] };
      words.set(w, e);
    }
    return e;
  };
  sentences.forEach((tokens, s) => {
    const inName = new Int8Array(tokens.length).fill(-1);
    for (const span of firstPass[s] ?? []) {
      const t = TYPE_INDEX[span.type];
      for (let k = span.start; k < span.end; k++) inName[k] = t;
      const rk = runKey(keys[s]!, span.start, span.end);
      let list = runs.get(rk);
      if (!list) runs.set(rk, (list = []));
      list.push(s, t);
    }
    tokens.forEach((tok, k) => {
      if (isCapitalised(tok)) {
        // a sentence-initial word outside any name says nothing about how the word is written
        if (k > 0 || inName[k]! >= 0) evidence(keys[s]![k]!).sightings.push(s, inName[k]!);
      } else if (/^\p{Ll}/u.test(tok)) evidence(keys[s]![k]!).lower.push(s);
    });
  });

  return sentences.map((tokens, s) => {
    const own = firstPass[s] ?? [];
    const ownLabel = new Int8Array(tokens.length).fill(-1);
    const ownSpan = new Int32Array(tokens.length * 2).fill(-1);
    for (const span of own) {
      for (let k = span.start; k < span.end; k++) {
        ownLabel[k] = TYPE_INDEX[span.type];
        ownSpan[k * 2] = span.start;
        ownSpan[k * 2 + 1] = span.end;
      }
    }
    const labels = firstPassLabels(tokens.length, own);
    const label = (k: number): number => (k < 0 ? -1 : k >= tokens.length ? -2 : labels[k]!);
    return tokens.map((tok, i) => {
      const out: number[] = [];
      // the first pass's labels here and around (the second pass sees no word features, so
      // everything it knows about the sentence comes through them, out-of-fold in training)
      out.push(hFinal(hStart(170)));
      out.push(hFinal(hInt(hStart(171), label(i))));
      out.push(hFinal(hInt(hInt(hStart(172), label(i)), label(i - 1))));
      out.push(hFinal(hInt(hInt(hStart(173), label(i)), label(i + 1))));
      out.push(hFinal(hInt(hInt(hInt(hStart(174), label(i)), label(i - 1)), label(i + 1))));
      out.push(hFinal(hStr(hInt(hStart(175), label(i)), wordInfo(tok).short)));
      if (!isCapitalised(tok)) return Uint32Array.from(out);
      const w = keys[s]![i]!;
      const e = words.get(w);
      const counts = new Int32Array(NTYPES);
      let outside = 0;
      if (e) {
        for (let k = 0; k < e.sightings.length; k += 2) {
          if (e.sightings[k] === s) continue;
          const t = e.sightings[k + 1]!;
          if (t < 0) outside++;
          else counts[t]!++;
        }
      }
      let best = -1;
      let total = 0;
      for (let t = 0; t < NTYPES; t++) {
        total += counts[t]!;
        if (counts[t]! > 0) out.push(hFinal(hInt(hStart(160), t)));
        if (counts[t]! > 0 && (best < 0 || counts[t]! > counts[best]!)) best = t;
      }
      const first = ownLabel[i]!;
      // stacking: the first pass's own reading, whose reliability the second pass learns from
      // jackknifed labels
      out.push(hFinal(hInt(hStart(167), first)));
      if (best >= 0) {
        const unanimous = counts[best] === total ? 1 : 0;
        out.push(hFinal(hInt(hInt(hStart(161), best), unanimous)));
        // agreement or disagreement with this sentence's own first-pass reading
        out.push(hFinal(hInt(hInt(hStart(162), best), first)));
      } else if (outside > 0) out.push(hFinal(hInt(hStart(163), first)));
      if (outside > 0 && best >= 0) out.push(hFinal(hStart(164)));
      if (e && e.lower.some((x) => x !== s))
        out.push(hFinal(hInt(hInt(hStart(165), i === 0 ? 1 : 0), first)));
      // the same span of words typed elsewhere: helps the edges as well as the type
      if (ownSpan[i * 2]! >= 0) {
        const list = runs.get(runKey(keys[s]!, ownSpan[i * 2]!, ownSpan[i * 2 + 1]!));
        if (list) {
          const seen = new Int32Array(NTYPES);
          for (let k = 0; k < list.length; k += 2) if (list[k] !== s) seen[list[k + 1]!]!++;
          for (let t = 0; t < NTYPES; t++)
            if (seen[t]! > 0) out.push(hFinal(hStr(hInt(hStart(166), t), first === t ? "same" : "other")));
        }
      }
      return Uint32Array.from(out);
    });
  });
}

const TYPES: readonly Span["type"][] = ["person", "organisation", "place", "event"];

/**
 * One sense per name and document: a span whose exact words are typed differently more often
 * elsewhere in the document takes the majority type, and a capitalised occurrence of a name
 * recognised elsewhere that the first pass missed is added with that name's type.
 */
export function harmoniseDocument(
  sentences: readonly string[][],
  spans: readonly Span[][],
  opts: { retype?: boolean; propagate?: boolean } = { retype: true, propagate: true },
): Span[][] {
  const keys = sentences.map((tokens) => tokens.map((t) => wordInfo(t).key));
  const votes = new Map<string, Int32Array>();
  spans.forEach((list, s) => {
    for (const span of list) {
      const k = runKey(keys[s]!, span.start, span.end);
      let v = votes.get(k);
      if (!v) votes.set(k, (v = new Int32Array(NTYPES)));
      v[TYPE_INDEX[span.type]]!++;
    }
  });
  const majority = (k: string): number => {
    const v = votes.get(k);
    if (!v) return -1;
    let best = -1;
    let tie = false;
    for (let t = 0; t < NTYPES; t++) {
      if (v[t]! === 0) continue;
      if (best < 0 || v[t]! > v[best]!) {
        best = t;
        tie = false;
      } else if (v[t]! === v[best]!) tie = true;
    }
    return tie ? -1 : best;
  };
  let maxLen = 1;
  for (const k of votes.keys()) maxLen = Math.max(maxLen, k.split(" ").length);
  return spans.map((list, s) => {
    const out = list.map((span) => {
      if (!opts.retype) return span;
      const t = majority(runKey(keys[s]!, span.start, span.end));
      return t >= 0 && TYPES[t] !== span.type ? { ...span, type: TYPES[t]! } : span;
    });
    if (!opts.propagate) return out;
    const tokens = sentences[s]!;
    const covered = new Uint8Array(tokens.length);
    for (const span of out) for (let k = span.start; k < span.end; k++) covered[k] = 1;
    const added: Span[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !isCapitalised(tokens[i]!)) continue;
      // longest match first; it must end at a capitalised word and overlap no span
      for (let len = Math.min(maxLen, tokens.length - i); len >= 1; len--) {
        let free = true;
        for (let k = i; k < i + len; k++) if (covered[k]) free = false;
        if (!free || !isCapitalised(tokens[i + len - 1]!)) continue;
        const t = majority(runKey(keys[s]!, i, i + len));
        if (t < 0) continue;
        // the match must not be part of a longer capitalised run
        if (i + len < tokens.length && isCapitalised(tokens[i + len]!)) continue;
        if (i > 0 && isCapitalised(tokens[i - 1]!)) continue;
        added.push({ start: i, end: i + len, type: TYPES[t]! });
        for (let k = i; k < i + len; k++) covered[k] = 1;
        i += len - 1;
        break;
      }
    }
    return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
  });
}

/**
 * Bridges the pipeline's tokens (tokenize.ts) and the UD English tokenisation the tagger and
 * parser were trained on. They disagree in two places that change parses:
 * - contractions stay whole in the pipeline ("don't", "I'm", "cannot") where UD splits them
 *   ("do" "n't", "I" "'m", "can" "not"), so the negation and the auxiliary get no arc of their own;
 * - abbreviations and initials lose their period ("Mr" "."; "J" ".") where UD keeps it ("Mr."),
 *   so a stray "." in mid-sentence looks like the end of a clause.
 * `toUdTokens` rewrites one sentence the UD way and records where every UD token came from;
 * `arcsOnPipelineTokens` maps the parser's arcs back, so that callers index their own tokens.
 */
import type { Arc } from "../models/parser";
import type { Token } from "../pipeline/types";
import { ABBREVIATIONS } from "./sentences";

export interface UdTokens {
  /** the sentence in UD tokenisation */
  tokens: string[];
  /** for each UD token, the index of the pipeline token it was cut from (or the first it joins) */
  origin: number[];
}

const NEGATION = /^(\p{L}+)(n['’]t)$/iu;
const CLITIC = /^(\p{L}+)(['’](?:m|re|ve|ll|d))$/iu;
const APOSTROPHE = /['’]/u;

/** UD pieces of one word ("don't" → "do" "n't", "cannot" → "can" "not"); the word itself otherwise. */
function splitWord(word: string): string[] {
  if (!APOSTROPHE.test(word))
    return word.toLowerCase() === "cannot" ? [word.slice(0, 3), word.slice(3)] : [word];
  const m = NEGATION.exec(word) ?? CLITIC.exec(word);
  return m ? [m[1]!, m[2]!] : [word];
}

/** True when `word` followed by an attached "." is written as one token in UD ("Mr.", "J.", "Inc."). */
function takesPeriod(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

export function toUdTokens(tokens: readonly Token[]): UdTokens {
  const out: UdTokens = { tokens: [], origin: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // the sentence-final period stays a token of its own: UD ends such sentences with "Inc." + "."
    // only when the writer typed two periods, so a final "Inc ." is left alone
    if (next && next.text === "." && next.start === t.end && i + 2 < tokens.length && takesPeriod(t.text)) {
      out.tokens.push(`${t.text}.`);
      out.origin.push(i);
      i++;
      continue;
    }
    for (const piece of splitWord(t.text)) {
      out.tokens.push(piece);
      out.origin.push(i);
    }
  }
  return out;
}

export interface PipelineParse {
  /** UPOS per pipeline token */
  tags: string[];
  /** head (pipeline token index, -1 for the root) and UD relation per pipeline token */
  arcs: Arc[];
}

/**
 * Tags and arcs over the pipeline tokens from those over their UD tokens. A split word takes the
 * tag and arc of its piece that attaches outside the word ("do" of "don't"); a period joined to an
 * abbreviation attaches to it as `punct`. The result is a tree with one root, like the parser's.
 */
export function onPipelineTokens(
  udTags: readonly string[],
  udArcs: readonly Arc[],
  ud: UdTokens,
  count: number,
): PipelineParse {
  // Most sentences (all but ~3%) have no contraction or abbreviation to rewrite: the UD tokens are
  // the pipeline's, and so are the parser's arcs (no getter object per arc reading through).
  let same = ud.origin.length === count;
  for (let u = 0; same && u < count; u++) same = ud.origin[u] === u;
  if (same) return { tags: udTags.slice(), arcs: udArcs.slice() };
  const attachesOutside = (u: number): boolean => {
    const head = udArcs[u]!.head;
    return head === -1 || ud.origin[head] !== ud.origin[u];
  };
  const representative = new Array<number>(count).fill(-1);
  ud.origin.forEach((p, u) => {
    const current = representative[p]!;
    if (current === -1 || (!attachesOutside(current) && attachesOutside(u))) representative[p] = u;
  });
  const out: PipelineParse = { tags: [], arcs: [] };
  for (let p = 0; p < count; p++) {
    const u = representative[p]!;
    if (u === -1) {
      // the period folded into the abbreviation before it
      out.tags.push("PUNCT");
      out.arcs.push({ head: p - 1, rel: "punct" });
      continue;
    }
    const arc = udArcs[u]!;
    const head = arc.head;
    out.tags.push(udTags[u]!);
    // The label is read through, not copied: a lazily labelled arc stays unlabelled until asked.
    out.arcs.push({
      head: head === -1 ? -1 : ud.origin[head]!,
      get rel() {
        return arc.rel;
      },
    });
  }
  return out;
}

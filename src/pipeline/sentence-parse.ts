/**
 * One sentence's dependency parse (src/models), indexed for reading relations: children by
 * relation, each mention's head token, and which mention a token belongs to. Token indices are
 * the pipeline tokeniser's, so every token keeps its character offsets into the article.
 */
import type { Arc } from "../models";
import { parseSentence } from "./dependency-parse";
import type { FoundMention } from "./mention-types";
import type { Token } from "./types";

export class SentenceParse {
  readonly tags: string[];
  readonly arcs: Arc[];
  private readonly children: number[][];
  /** For each token, the sentence mention (index into the article's mentions) covering it. */
  private readonly mentionOfToken: (number | undefined)[];
  private readonly headOfMention = new Map<number, number>();

  /** `analysis` is the tagged and parsed sentence; by default the shipped models make it. */
  constructor(
    readonly tokens: readonly Token[],
    private readonly mentions: readonly FoundMention[],
    here: readonly number[],
    analysis: { tags: string[]; arcs: Arc[] } = parseSentence(tokens),
  ) {
    this.tags = analysis.tags;
    this.arcs = analysis.arcs;
    this.children = tokens.map(() => []);
    this.arcs.forEach((arc, i) => {
      if (arc.head >= 0) this.children[arc.head]!.push(i);
    });
    this.mentionOfToken = tokens.map(() => undefined);
    for (const i of here) {
      const m = mentions[i]!;
      const inside: number[] = [];
      tokens.forEach((t, k) => {
        if (t.start >= m.start && t.end <= m.end) inside.push(k);
      });
      if (inside.length === 0) continue;
      for (const k of inside) if (this.mentionOfToken[k] === undefined) this.mentionOfToken[k] = i;
      // The span's head: the token whose head lies outside the span (a name's first word in UD's
      // flat names, "forces" in "Ukrainian forces").
      const head = inside.find((k) => !inside.includes(this.arcs[k]!.head)) ?? inside[inside.length - 1]!;
      this.headOfMention.set(i, head);
    }
  }

  isPerson(mention: number): boolean {
    return this.mentions[mention]?.type === "person";
  }

  rel(k: number): string {
    return this.arcs[k]?.rel ?? "";
  }

  head(k: number): number {
    return this.arcs[k]?.head ?? -1;
  }

  lower(k: number): string {
    return this.tokens[k]?.text.toLowerCase() ?? "";
  }

  /** Children of `k` whose relation is one of `rels` (a relation matches its subtypes too). */
  childrenOf(k: number, ...rels: string[]): number[] {
    // Asked many times for every parsed sentence: no closure per call, no "rel:" string per test.
    const out: number[] = [];
    for (const c of this.children[k] ?? []) {
      const rel = this.arcs[c]!.rel;
      for (const r of rels)
        if (rel === r || (rel.charCodeAt(r.length) === 58 && rel.startsWith(r))) {
          out.push(c);
          break;
        }
    }
    return out;
  }

  /** The preposition (case marker) of a nominal: "by", "in", "according"… ("" if none). */
  caseOf(k: number): string {
    const marker = this.childrenOf(k, "case")[0];
    return marker === undefined ? "" : this.lower(marker);
  }

  /** The mention a token belongs to, if any. */
  mentionAt(k: number): number | undefined {
    return this.mentionOfToken[k];
  }

  /** The head token of a mention of this sentence. */
  headTokenOf(mention: number): number | undefined {
    return this.headOfMention.get(mention);
  }

  /** `k` and the tokens conjoined with it ("X and Y" → both), in sentence order. */
  withConjuncts(k: number): number[] {
    return [k, ...this.childrenOf(k, "conj")];
  }

  /** The first and last token index of the subtree under `k`. */
  subtreeRange(k: number): [number, number] {
    let low = k;
    let high = k;
    const stack = [k];
    while (stack.length > 0) {
      const node = stack.pop()!;
      low = Math.min(low, node);
      high = Math.max(high, node);
      stack.push(...(this.children[node] ?? []));
    }
    return [low, high];
  }
}

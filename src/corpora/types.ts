/** Shared shapes for converted corpora. */

export type EntityType = "person" | "organisation" | "place" | "event";
export const ENTITY_TYPES: readonly EntityType[] = ["person", "organisation", "place", "event"];

/** A token span inside one sentence, end exclusive. */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

/** A sentence with a dependency tree (UD). Heads are 0-based token indices, -1 for the root. */
export interface TreeSentence {
  id: string;
  doc: string;
  tokens: string[];
  upos: string[];
  heads: number[];
  rels: string[];
  /** Raw FEATS column ("Number=Plur|..."), "_" when empty. */
  feats: string[];
  /** true when no space follows the token in the original text (CoNLL-U SpaceAfter=No). */
  noSpaceAfter: boolean[];
  /** Raw MISC column, kept for converters that read more from it (GUM entities). */
  misc: string[];
}

/** A sentence annotated with entity spans for NER training/evaluation. */
export interface NerSentence {
  id: string;
  doc: string;
  source: string;
  tokens: string[];
  /** Gold UPOS if the corpus has it (GUM); otherwise the trainer tags with the POS model. */
  upos?: string[];
  spans: Span[];
  /**
   * Token ranges whose labels are unknown (descriptive or untyped annotations we chose not to
   * map). Training makes no update on these tokens; evaluation ignores predictions overlapping
   * them.
   */
  ignore?: { start: number; end: number }[];
}

/**
 * Data passed between pipeline stages. Every offset is a character offset into the article's
 * decoded text, so evidence, annotate output and the clean report all point at the same string.
 * Per-article results are plain JSON so they can cross worker threads and live in the cache.
 */
import type { NodeType, RelationType } from "../schema";

export interface Article {
  id: string;
  /** File names (relative to the input folder) this text was read from. */
  files: string[];
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

export type BlockVerdict = "main" | "boilerplate";

export interface Block {
  start: number;
  end: number;
  text: string;
  verdict: BlockVerdict;
  /** Why the block was dropped (empty for kept blocks). */
  reasons: string[];
}

export interface CleanedArticle {
  article: Article;
  blocks: Block[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Mention {
  /** Index of the mention within its article. */
  id: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: NodeType;
  /** Local entity (within the article) this mention belongs to, set by resolution. */
  entity: number;
}

export interface LocalEntity {
  id: number;
  type: NodeType;
  /** Fullest name seen in the article. */
  label: string;
  aliases: string[];
  mentions: number[];
  /** Role words seen with it (president, spokesman…): context for cross-article merging. */
  roles: string[];
  date?: string;
  lat?: number;
  lng?: number;
  /** Gazetteer id when the entity is a known place (country code, state or city id). */
  geo?: string;
  /** Country the entity belongs to, from demonyms, possessors or the gazetteer. */
  country?: string;
  /** Key resolution uses to merge this entity with others across articles. */
  key: string;
  /** Seen only as a demonym or pronoun: kept only if a relation needs it. */
  weak?: boolean;
  /**
   * Some mention's type came from a cue in the text (a title, a head word, a post, the gazetteer),
   * not only from the name's shape or the recogniser: across articles such a reading outweighs.
   */
  cued?: boolean;
  /** For events: the class and the place entity they are anchored in. */
  eventClass?: string;
  anchor?: number;
}

export interface LocalRelation {
  type: RelationType;
  source: number;
  target: number;
  sentence: number;
  quote?: string;
  speech?: "direct" | "reported";
  /**
   * A quotation across sentences: the first and last sentence it spans (`sentence` is the one
   * that names the speaker). The evidence is their text, and grounding reads all of them.
   */
  firstSentence?: number;
  lastSentence?: number;
  /**
   * An earlier sentence the relation also rests on ("chief executive X" in one sentence, the
   * company it is about in the lead): the evidence is that sentence, " … ", and `sentence`.
   */
  contextSentence?: number;
  /** "gazetteer" when the fact comes from a data package, not from the sentence. */
  origin: "text" | "gazetteer";
}

export interface ArticleExtraction {
  article: Omit<Article, "text">;
  sentences: Sentence[];
  mentions: Mention[];
  entities: LocalEntity[];
  relations: LocalRelation[];
  dropped: { start: number; end: number; text: string; reasons: string[] }[];
  /** Capitals the article counts or owns ("PCs", "your PC.") and prizes it names ("Oscar-winning"): no body. */
  things?: string[];
  /** Titles the article introduces with a work noun ("the film X"): no entity. */
  works?: string[];
}

/**
 * The one typed schema of the graph: node types, relation types, their colours, labels and the
 * endpoint types each relation accepts. Legends, filters, edge styles, GEXF attributes and the
 * grounding checks all derive from here, so nothing else repeats these lists.
 */

export const NODE_TYPES = ["person", "organisation", "place", "event"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface NodeTypeSpec {
  label: string;
  plural: string;
  color: string;
}

export const NODE_TYPE_SPECS: Record<NodeType, NodeTypeSpec> = {
  person: { label: "Person", plural: "People", color: "#e4572e" },
  organisation: { label: "Organisation", plural: "Organisations", color: "#4c72b0" },
  place: { label: "Place", plural: "Places", color: "#3a9d5d" },
  event: { label: "Event", plural: "Events", color: "#9b59b6" },
};

export const RELATION_TYPES = [
  "said",
  "commands",
  "attacked",
  "located-in",
  "leads",
  "member-of",
  "captured",
  "visited",
  "participant-in",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeSpec {
  label: string;
  /** Sentence a reader can say aloud: "<source> <verb> <target>". */
  verb: string;
  color: string;
  /** Endpoint types the relation accepts; anything else is a extraction error and is dropped. */
  sources: readonly NodeType[];
  targets: readonly NodeType[];
}

const ACTORS: readonly NodeType[] = ["person", "organisation", "place"];

export const RELATION_TYPE_SPECS: Record<RelationType, RelationTypeSpec> = {
  said: {
    label: "said",
    verb: "spoke about",
    color: "#f0a202",
    sources: ["person", "organisation", "place"],
    targets: ["person", "organisation", "place", "event"],
  },
  commands: {
    label: "commands",
    verb: "commands",
    color: "#c0392b",
    sources: ["person"],
    targets: ["organisation"],
  },
  attacked: {
    label: "attacked",
    verb: "attacked",
    color: "#8b0000",
    sources: ACTORS,
    targets: ["place", "organisation", "person"],
  },
  "located-in": {
    label: "located in",
    verb: "is located in",
    color: "#2e8b57",
    sources: ["place", "event", "organisation"],
    targets: ["place"],
  },
  leads: {
    label: "leads",
    verb: "leads",
    color: "#1f618d",
    sources: ["person"],
    targets: ["organisation", "place"],
  },
  "member-of": {
    label: "member of",
    verb: "is a member of",
    color: "#5dade2",
    sources: ["person", "organisation"],
    targets: ["organisation"],
  },
  captured: {
    label: "captured",
    verb: "captured",
    color: "#6c3483",
    sources: ACTORS,
    targets: ["place", "organisation", "person"],
  },
  visited: {
    label: "visited",
    verb: "visited",
    color: "#17a589",
    sources: ["person", "organisation"],
    targets: ["place"],
  },
  "participant-in": {
    label: "participant in",
    verb: "took part in",
    color: "#a569bd",
    sources: ACTORS,
    targets: ["event"],
  },
};

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === "string" && (NODE_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && (RELATION_TYPES as readonly string[]).includes(value);
}

/** Where a node or an edge was found: the article id and the sentence index within it. */
export interface Evidence {
  article: string;
  sentence: number;
  text: string;
  /** For `said`: the quoted or reported words. */
  quote?: string;
  /** For `said`: whether the words were quoted directly or reported. */
  speech?: "direct" | "reported";
  /** Set when the fact comes from a gazetteer rather than from the sentence. */
  source?: "gazetteer";
}

export interface NodeAttributes {
  label: string;
  type: NodeType;
  aliases: string[];
  mentions: number;
  articles: string[];
  evidence: Evidence[];
  x: number;
  y: number;
  size: number;
  color: string;
  date?: string;
  lat?: number;
  lng?: number;
  description?: string;
}

export interface EdgeAttributes {
  type: RelationType;
  label: string;
  weight: number;
  articles: string[];
  evidence: Evidence[];
  size?: number;
  color?: string;
}

export interface GraphAttributes {
  name?: string;
  generator?: string;
  builtAt?: string;
  articles?: ArticleInfo[];
}

/** Article metadata kept on the graph so a viewer can show where evidence comes from. */
export interface ArticleInfo {
  id: string;
  /** File names the article was read from (duplicates keep every name). */
  files: string[];
  title?: string;
  date?: string;
  url?: string;
}

export function nodeKey(type: NodeType, slug: string): string {
  return `${type}:${slug}`;
}

export function edgeKey(type: RelationType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/** Lower-case ASCII slug; non-Latin names keep their letters so two names never collide on "". */
export function slugify(text: string): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return ascii || "unnamed";
}

export function nodeSize(mentions: number): number {
  return Math.round((4 + 3 * Math.sqrt(mentions)) * 100) / 100;
}

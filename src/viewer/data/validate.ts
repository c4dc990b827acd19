/**
 * Validation at the edge: turns untrusted JSON (a graphology `graph.export()` or a GEXF coerced to
 * that shape) into the canonical typed dataset graph, or throws a `GraphFileError` that says what
 * is wrong in words a user can act on. Optional fields are defaulted; structure is strict.
 */
import { MultiDirectedGraph } from "graphology";
import {
  type ArticleInfo,
  type EdgeAttributes,
  type Evidence,
  edgeKey,
  type GraphAttributes,
  isNodeType,
  isRelationType,
  NODE_TYPE_SPECS,
  NODE_TYPES,
  type NodeAttributes,
  nodeSize,
  RELATION_TYPE_SPECS,
  RELATION_TYPES,
} from "../../schema";

export type DatasetGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export class GraphFileError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "GraphFileError";
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function finite(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

/** Arrays may arrive as arrays, JSON strings ("[...]") or GEXF 1.2 pipe lists ("a|b"). */
export function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value !== "string" || value.trim() === "") return [];
  const text = value.trim();
  if (text.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return stringList(parsed);
    } catch {
      return text
        .slice(1, -1)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    }
  }
  return text
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);
}

function evidenceList(value: unknown): Evidence[] {
  let raw: unknown = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(raw)) return [];
  const out: Evidence[] = [];
  for (const item of raw) {
    if (!isObject(item) || typeof item.text !== "string") continue;
    const evidence: Evidence = {
      article: typeof item.article === "string" ? item.article : "",
      sentence: finite(item.sentence) ?? 0,
      text: item.text,
    };
    if (typeof item.quote === "string") evidence.quote = item.quote;
    if (item.speech === "direct" || item.speech === "reported") evidence.speech = item.speech;
    if (item.source === "gazetteer") evidence.source = "gazetteer";
    out.push(evidence);
  }
  return out;
}

function articleList(value: unknown): ArticleInfo[] {
  if (!Array.isArray(value)) return [];
  const out: ArticleInfo[] = [];
  for (const item of value) {
    if (!isObject(item) || typeof item.id !== "string") continue;
    const info: ArticleInfo = { id: item.id, files: stringList(item.files) };
    if (typeof item.title === "string") info.title = item.title;
    if (typeof item.date === "string") info.date = item.date;
    if (typeof item.url === "string") info.url = item.url;
    out.push(info);
  }
  return out;
}

const MAX_PROBLEMS = 5;

/** What a validated file gave us, plus whether it carried a usable layout. */
export interface ValidatedGraph {
  graph: DatasetGraph;
  hasLayout: boolean;
}

export function validateSerializedGraph(input: unknown): ValidatedGraph {
  if (!isObject(input) || !Array.isArray(input.nodes)) {
    throw new GraphFileError(
      "This is not a graph file: expected a graphology JSON export with a “nodes” list, or a GEXF file.",
    );
  }
  const edgesIn = input.edges === undefined ? [] : input.edges;
  if (!Array.isArray(edgesIn)) throw new GraphFileError("The graph file’s “edges” is not a list.");

  const problems: string[] = [];
  const problem = (text: string) => {
    problems.push(text);
  };
  const graph: DatasetGraph = new MultiDirectedGraph();
  const attrs = isObject(input.attributes) ? input.attributes : {};
  const graphAttributes: GraphAttributes = {};
  if (typeof attrs.name === "string") graphAttributes.name = attrs.name;
  if (typeof attrs.generator === "string") graphAttributes.generator = attrs.generator;
  if (typeof attrs.builtAt === "string") graphAttributes.builtAt = attrs.builtAt;
  const articles = articleList(attrs.articles);
  if (articles.length) graphAttributes.articles = articles;
  graph.replaceAttributes(graphAttributes);

  let positioned = 0;
  input.nodes.forEach((raw: unknown, index: number) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (!isObject(raw) || (typeof raw.key !== "string" && typeof raw.key !== "number")) {
      problem(`node #${index + 1} has no key`);
      return;
    }
    const key = String(raw.key);
    const a = isObject(raw.attributes) ? raw.attributes : {};
    const type = a.type;
    if (!isNodeType(type)) {
      problem(
        `node “${key}” has type “${String(type ?? "(none)")}”; expected one of ${NODE_TYPES.join(", ")}`,
      );
      return;
    }
    if (graph.hasNode(key)) {
      problem(`node “${key}” appears twice`);
      return;
    }
    const mentions = Math.max(0, finite(a.mentions) ?? 1);
    const x = finite(a.x);
    const y = finite(a.y);
    if (x !== undefined && y !== undefined) positioned++;
    const node: NodeAttributes = {
      label: typeof a.label === "string" && a.label.trim() ? a.label : key,
      type,
      aliases: stringList(a.aliases),
      mentions,
      articles: stringList(a.articles),
      evidence: evidenceList(a.evidence),
      x: x ?? 0,
      y: y ?? 0,
      size: finite(a.size) ?? nodeSize(mentions),
      color: NODE_TYPE_SPECS[type].color,
    };
    if (typeof a.date === "string" && a.date) node.date = a.date;
    const lat = finite(a.lat);
    const lng = finite(a.lng);
    if (lat !== undefined) node.lat = lat;
    if (lng !== undefined) node.lng = lng;
    if (typeof a.description === "string" && a.description) node.description = a.description;
    graph.addNode(key, node);
  });

  edgesIn.forEach((raw: unknown, index: number) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (!isObject(raw)) {
      problem(`edge #${index + 1} is not an object`);
      return;
    }
    const source = String(raw.source ?? "");
    const target = String(raw.target ?? "");
    if (!graph.hasNode(source) || !graph.hasNode(target)) {
      problem(`edge #${index + 1} joins “${source}” to “${target}”, but one of them is not a node`);
      return;
    }
    const a = isObject(raw.attributes) ? raw.attributes : {};
    const type = a.type ?? a.relation ?? a.label ?? a.kind;
    if (!isRelationType(type)) {
      problem(
        `edge “${source} → ${target}” has relation “${String(type ?? "(none)")}”; expected one of ${RELATION_TYPES.join(", ")}`,
      );
      return;
    }
    const key = raw.key === undefined ? edgeKey(type, source, target) : String(raw.key);
    if (graph.hasEdge(key)) {
      problem(`edge “${key}” appears twice`);
      return;
    }
    const evidence = evidenceList(a.evidence);
    const edge: EdgeAttributes = {
      type,
      label: typeof a.label === "string" && a.label ? a.label : RELATION_TYPE_SPECS[type].label,
      weight: finite(a.weight) ?? Math.max(1, evidence.length),
      articles: stringList(a.articles),
      evidence,
    };
    graph.addDirectedEdgeWithKey(key, source, target, edge);
  });

  if (problems.length) {
    const more = problems.length >= MAX_PROBLEMS ? " (and maybe more)" : "";
    throw new GraphFileError(`The graph file has problems${more}: ${problems.join("; ")}.`, problems);
  }
  return { graph, hasLayout: graph.order > 0 && positioned === graph.order };
}

/**
 * The whole view state as one typed object, and its round trip through the URL query string:
 * parse (syntax only) → clean against the dataset (drop what does not exist) → serialise (defaults
 * dropped), so a shared link reproduces the view and stays short.
 */
import {
  isNodeType,
  isRelationType,
  NODE_TYPES,
  type NodeType,
  RELATION_TYPES,
  type RelationType,
} from "../../schema";
import type { Dataset } from "../data/dataset";

export type Selection = { kind: "none" } | { kind: "node"; key: string } | { kind: "edge"; key: string };

export type SizeBy = "mentions" | "degree";

export interface Filters {
  hiddenNodeTypes: NodeType[];
  hiddenRelations: RelationType[];
  /** Show only what this article supports. */
  article: string | null;
  minMentions: number;
  hideIsolated: boolean;
  /** Inclusive ISO date bounds for dated nodes; undated nodes are never filtered by date. */
  dateFrom: string | null;
  dateTo: string | null;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ViewState {
  /** Graph URL; null means the default `graph.json` next to the page. */
  graph: string | null;
  selection: Selection;
  search: string;
  filters: Filters;
  sizeBy: SizeBy;
  camera: CameraView | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenNodeTypes: [],
  hiddenRelations: [],
  article: null,
  minMentions: 0,
  hideIsolated: false,
  dateFrom: null,
  dateTo: null,
};

export const DEFAULT_VIEW_STATE: ViewState = {
  graph: null,
  selection: { kind: "none" },
  search: "",
  filters: DEFAULT_FILTERS,
  sizeBy: "mentions",
  camera: null,
};

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_MENTIONS = 1_000_000;

function list(value: string | null): string[] {
  return value ? value.split(",").filter(Boolean) : [];
}

function uniqueSorted<T extends string>(values: T[], order: readonly T[]): T[] {
  return order.filter((v) => values.includes(v));
}

function parseCamera(value: string | null): CameraView | null {
  if (!value) return null;
  const parts = value.split(",").map(Number);
  if (parts.length < 3 || parts.length > 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio, angle = 0] = parts as [number, number, number, number?];
  if (ratio <= 0) return null;
  return { x, y, ratio, angle };
}

/** Syntax only: anything malformed falls back to its default. */
export function parseViewState(query: string | URLSearchParams): ViewState {
  const p = typeof query === "string" ? new URLSearchParams(query) : query;
  const node = p.get("node");
  const edge = p.get("edge");
  const selection: Selection = node
    ? { kind: "node", key: node }
    : edge
      ? { kind: "edge", key: edge }
      : { kind: "none" };
  const min = Number(p.get("min"));
  const from = p.get("from");
  const to = p.get("to");
  return {
    graph: p.get("graph") || null,
    selection,
    search: p.get("q") ?? "",
    filters: {
      hiddenNodeTypes: uniqueSorted(list(p.get("hideTypes")).filter(isNodeType), NODE_TYPES),
      hiddenRelations: uniqueSorted(list(p.get("hideRelations")).filter(isRelationType), RELATION_TYPES),
      article: p.get("article") || null,
      minMentions: Number.isInteger(min) && min > 0 ? Math.min(min, MAX_MENTIONS) : 0,
      hideIsolated: p.get("isolated") === "hide",
      dateFrom: from && ISO_DATE.test(from) ? from : null,
      dateTo: to && ISO_DATE.test(to) ? to : null,
    },
    sizeBy: p.get("size") === "degree" ? "degree" : "mentions",
    camera: parseCamera(p.get("camera")),
  };
}

/** Against the data: unknown nodes, edges and articles are dropped; a reversed date range is swapped. */
export function cleanViewState(state: ViewState, dataset: Dataset): ViewState {
  const { graph } = dataset;
  const sel = state.selection;
  const selection: Selection =
    (sel.kind === "node" && graph.hasNode(sel.key)) || (sel.kind === "edge" && graph.hasEdge(sel.key))
      ? sel
      : { kind: "none" };
  const f = state.filters;
  let { dateFrom, dateTo } = f;
  if (!dataset.dateExtent) {
    dateFrom = null;
    dateTo = null;
  } else if (dateFrom && dateTo && dateFrom > dateTo) {
    [dateFrom, dateTo] = [dateTo, dateFrom];
  }
  return {
    ...state,
    selection,
    filters: {
      ...f,
      article: f.article && dataset.articleIds.includes(f.article) ? f.article : null,
      minMentions: Math.min(f.minMentions, dataset.maxMentions),
      dateFrom,
      dateTo,
    },
  };
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** Defaults are dropped, so the default view serialises to "". Keys come out in a fixed order. */
export function serialiseViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.graph) p.set("graph", state.graph);
  if (state.selection.kind !== "none") p.set(state.selection.kind, state.selection.key);
  if (state.search) p.set("q", state.search);
  const f = state.filters;
  if (f.hiddenNodeTypes.length) p.set("hideTypes", uniqueSorted(f.hiddenNodeTypes, NODE_TYPES).join(","));
  if (f.hiddenRelations.length)
    p.set("hideRelations", uniqueSorted(f.hiddenRelations, RELATION_TYPES).join(","));
  if (f.article) p.set("article", f.article);
  if (f.minMentions > 0) p.set("min", String(f.minMentions));
  if (f.hideIsolated) p.set("isolated", "hide");
  if (f.dateFrom) p.set("from", f.dateFrom);
  if (f.dateTo) p.set("to", f.dateTo);
  if (state.sizeBy !== "mentions") p.set("size", state.sizeBy);
  if (state.camera) {
    const c = state.camera;
    const parts = [round(c.x, 4), round(c.y, 4), round(c.ratio, 4)];
    if (Math.abs(c.angle) > 1e-6) parts.push(round(c.angle, 4));
    p.set("camera", parts.join(","));
  }
  // `,` `:` and `/` are legal in a query; leaving them readable keeps shared links legible.
  return p.toString().replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
}

export function filtersEqual(a: Filters, b: Filters): boolean {
  return (
    a.hiddenNodeTypes.join() === b.hiddenNodeTypes.join() &&
    a.hiddenRelations.join() === b.hiddenRelations.join() &&
    a.article === b.article &&
    a.minMentions === b.minMentions &&
    a.hideIsolated === b.hideIsolated &&
    a.dateFrom === b.dateFrom &&
    a.dateTo === b.dateTo
  );
}

/**
 * The filtered graph as GEXF 1.3, with the layout on screen, valid against the official schema
 * (graphology-gexf's writer is not: it adds xsi:schemaLocation and unknown <meta> children).
 * Same columns and encodings as the pipeline's writer on main (src/export/gexf.ts): declared typed
 * attributes, the relation type as edge label, lists as "a|b" liststrings, evidence as JSON text,
 * viz colour as r/g/b. Once both branches meet, this should call that writer instead.
 */
import { type EdgeAttributes, type NodeAttributes, RELATION_TYPE_SPECS } from "../../schema";
import type { DatasetGraph } from "../data/validate";
import type { Positions } from "../graph/sigma-graph";

type AttrType = "string" | "integer" | "double" | "liststring";

interface Column<A> {
  id: string;
  type: AttrType;
  value: (attributes: A) => string | number | undefined;
}

const list = (values: readonly string[]) => values.map((v) => v.replaceAll("|", "/")).join("|");

const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: "type", type: "string", value: (a) => a.type },
  { id: "aliases", type: "liststring", value: (a) => list(a.aliases) },
  { id: "mentions", type: "integer", value: (a) => a.mentions },
  { id: "articles", type: "liststring", value: (a) => list(a.articles) },
  { id: "evidence", type: "string", value: (a) => JSON.stringify(a.evidence) },
  { id: "date", type: "string", value: (a) => a.date },
  { id: "lat", type: "double", value: (a) => a.lat },
  { id: "lng", type: "double", value: (a) => a.lng },
  { id: "description", type: "string", value: (a) => a.description },
];

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { id: "type", type: "string", value: (a) => a.type },
  { id: "weight", type: "integer", value: (a) => a.weight },
  { id: "articles", type: "liststring", value: (a) => list(a.articles) },
  { id: "evidence", type: "string", value: (a) => JSON.stringify(a.evidence) },
];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Characters XML 1.0 forbids: C0 controls other than tab/newline/return, U+FFFE/F, lone surrogates. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(value: string): string {
  return value.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function rgb(hex: string | undefined): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  const n = match ? Number.parseInt(match[1]!, 16) : 0x999999;
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

const num = (value: number) => (Number.isFinite(value) ? String(value) : "0");

function attvalues<A>(columns: Column<A>[], attributes: A): string {
  const parts: string[] = [];
  for (const column of columns) {
    const value = column.value(attributes);
    if (value === undefined || value === "") continue;
    parts.push(`<attvalue for="${column.id}" value="${xmlEscape(String(value))}"/>`);
  }
  return parts.length ? `<attvalues>${parts.join("")}</attvalues>` : "";
}

function declarations<A>(kind: "node" | "edge", columns: Column<A>[]): string {
  const rows = columns.map((c) => `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`);
  return `    <attributes class="${kind}">\n${rows.join("\n")}\n    </attributes>\n`;
}

export function toGexf(graph: DatasetGraph, positions: Positions, description = "newsgraph view"): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
    `  <meta><creator>newsgraph viewer</creator><description>${xmlEscape(description)}</description></meta>\n`,
    '  <graph defaultedgetype="directed" mode="static">\n',
    declarations("node", NODE_COLUMNS),
    declarations("edge", EDGE_COLUMNS),
    `    <nodes count="${graph.order}">\n`,
  ];
  graph.forEachNode((node, a) => {
    const at = positions.get(node) ?? a;
    out.push(
      `      <node id="${xmlEscape(node)}" label="${xmlEscape(a.label)}">${attvalues(NODE_COLUMNS, a)}<viz:color ${rgb(a.color)}/><viz:size value="${num(a.size)}"/><viz:position x="${num(at.x)}" y="${num(at.y)}" z="0"/></node>\n`,
    );
  });
  out.push(`    </nodes>\n    <edges count="${graph.size}">\n`);
  graph.forEachEdge((edge, a, source, target) => {
    out.push(
      `      <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${xmlEscape(a.type)}" weight="${num(a.weight)}">${attvalues(EDGE_COLUMNS, a)}<viz:color ${rgb(a.color ?? RELATION_TYPE_SPECS[a.type].color)}/><viz:thickness value="${num(a.size ?? 1)}"/></edge>\n`,
    );
  });
  out.push("    </edges>\n  </graph>\n</gexf>\n");
  return out.join("");
}

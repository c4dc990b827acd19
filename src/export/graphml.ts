/**
 * GraphML for yEd, Cytoscape, Gephi, igraph and NetworkX. graphology-graphml only parses, so this
 * writes the format itself: every attribute is declared once with a `<key>` and a type (int when
 * every value is an integer, else double), lists are joined with `|`, evidence is JSON text, and
 * the graph is a directed multigraph whose edges keep their keys as ids.
 */
import type { NewsGraph } from "../graph";
import type { ArticleInfo, EdgeAttributes, NodeAttributes } from "../schema";
import { escapeXml, escapeXmlAttribute } from "./xml-text";

type Domain = "node" | "edge" | "graph";
type Value = string | number;
type XmlType = "string" | "int" | "double";

interface Column<A> {
  name: string;
  kind: "string" | "number";
  get: (attributes: A) => Value | undefined;
}

export const LIST_SEPARATOR = "|";

const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { name: "label", kind: "string", get: (a) => a.label },
  { name: "type", kind: "string", get: (a) => a.type },
  { name: "aliases", kind: "string", get: (a) => a.aliases.join(LIST_SEPARATOR) },
  { name: "mentions", kind: "number", get: (a) => a.mentions },
  { name: "articles", kind: "string", get: (a) => a.articles.join(LIST_SEPARATOR) },
  { name: "evidence", kind: "string", get: (a) => JSON.stringify(a.evidence) },
  { name: "x", kind: "number", get: (a) => a.x },
  { name: "y", kind: "number", get: (a) => a.y },
  { name: "size", kind: "number", get: (a) => a.size },
  { name: "color", kind: "string", get: (a) => a.color },
  { name: "date", kind: "string", get: (a) => a.date },
  { name: "lat", kind: "number", get: (a) => a.lat },
  { name: "lng", kind: "number", get: (a) => a.lng },
  { name: "description", kind: "string", get: (a) => a.description },
];

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { name: "type", kind: "string", get: (a) => a.type },
  { name: "label", kind: "string", get: (a) => a.label },
  { name: "weight", kind: "number", get: (a) => a.weight },
  { name: "articles", kind: "string", get: (a) => a.articles.join(LIST_SEPARATOR) },
  { name: "evidence", kind: "string", get: (a) => JSON.stringify(a.evidence) },
  { name: "color", kind: "string", get: (a) => a.color },
];

interface GraphMeta {
  name?: string;
  generator?: string;
  builtAt?: string;
  articles?: ArticleInfo[];
}

const GRAPH_COLUMNS: Column<GraphMeta>[] = [
  { name: "name", kind: "string", get: (a) => a.name },
  { name: "generator", kind: "string", get: (a) => a.generator },
  { name: "builtAt", kind: "string", get: (a) => a.builtAt },
  { name: "articles", kind: "string", get: (a) => (a.articles ? JSON.stringify(a.articles) : undefined) },
];

function present(value: Value | undefined): value is Value {
  return typeof value === "string" ? value !== "" : typeof value === "number" && Number.isFinite(value);
}

function xmlType<A>(column: Column<A>, rows: A[]): XmlType {
  if (column.kind === "string") return "string";
  return rows.every((row) => {
    const value = column.get(row);
    return !present(value) || Number.isInteger(value);
  })
    ? "int"
    : "double";
}

function keyId(domain: Domain, name: string): string {
  return `${domain[0]}_${name}`;
}

function dataLines<A>(domain: Domain, columns: Column<A>[], attributes: A, indent: string): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const value = column.get(attributes);
    if (!present(value)) continue;
    lines.push(`${indent}<data key="${keyId(domain, column.name)}">${escapeXml(String(value))}</data>`);
  }
  return lines;
}

export function toGraphml(graph: NewsGraph): string {
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, attributes, source, target }));
  const meta = graph.getAttributes() as GraphMeta;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const declare = <A>(domain: Domain, columns: Column<A>[], rows: A[]): void => {
    for (const column of columns) {
      if (!rows.some((row) => present(column.get(row)))) continue;
      lines.push(
        `  <key id="${keyId(domain, column.name)}" for="${domain}" attr.name="${column.name}" attr.type="${xmlType(column, rows)}"/>`,
      );
    }
  };
  declare("graph", GRAPH_COLUMNS, [meta]);
  declare(
    "node",
    NODE_COLUMNS,
    nodes.map((n) => n.attributes),
  );
  declare(
    "edge",
    EDGE_COLUMNS,
    edges.map((e) => e.attributes),
  );
  lines.push('  <graph id="G" edgedefault="directed">');
  lines.push(...dataLines("graph", GRAPH_COLUMNS, meta, "    "));
  for (const { key, attributes } of nodes) {
    lines.push(`    <node id="${escapeXmlAttribute(key)}">`);
    lines.push(...dataLines("node", NODE_COLUMNS, attributes, "      "));
    lines.push("    </node>");
  }
  for (const { key, attributes, source, target } of edges) {
    lines.push(
      `    <edge id="${escapeXmlAttribute(key)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}">`,
    );
    lines.push(...dataLines("edge", EDGE_COLUMNS, attributes, "      "));
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

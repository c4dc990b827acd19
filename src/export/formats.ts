/**
 * The export formats a build can write, as a registry: each name maps to a pure renderer from the
 * graph to the files it produces (paths relative to the output folder). `parseFormats` turns a
 * `--format gexf,graphml` value into names, rejecting unknown ones with the list of known ones.
 */
import type { NewsGraph } from "../graph";
import { toCypher } from "./cypher";
import { toGexf } from "./gexf";
import { toGraphml } from "./graphml";
import { toGraphologyJson } from "./json";
import { toNeo4jCsv } from "./neo4j-csv";

export interface ExportFormat {
  description: string;
  /** The files the format writes, relative to the output folder. */
  files: readonly string[];
  render: (graph: NewsGraph) => Record<string, string>;
}

export const EXPORT_FORMATS = {
  json: {
    description: "graphology JSON, the viewer's input",
    files: ["graph.json"],
    render: (graph) => ({ "graph.json": toGraphologyJson(graph) }),
  },
  gexf: {
    description: "GEXF 1.3 for Gephi",
    files: ["graph.gexf"],
    render: (graph) => ({ "graph.gexf": toGexf(graph) }),
  },
  graphml: {
    description: "GraphML for yEd, Cytoscape, igraph, NetworkX",
    files: ["graph.graphml"],
    render: (graph) => ({ "graph.graphml": toGraphml(graph) }),
  },
  csv: {
    description: "Neo4j bulk-import CSV (neo4j-admin database import full)",
    files: ["neo4j/nodes.csv", "neo4j/relationships.csv"],
    render: (graph) => {
      const csv = toNeo4jCsv(graph);
      return { "neo4j/nodes.csv": csv["nodes.csv"], "neo4j/relationships.csv": csv["relationships.csv"] };
    },
  },
  cypher: {
    description: "Cypher MERGE script for cypher-shell",
    files: ["neo4j/graph.cypher"],
    render: (graph) => ({ "neo4j/graph.cypher": toCypher(graph) }),
  },
} as const satisfies Record<string, ExportFormat>;

export type FormatName = keyof typeof EXPORT_FORMATS;

export const FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as FormatName[];

/** What a build writes when `--format` is not given: the viewer's JSON and the GEXF. */
export const DEFAULT_FORMATS: readonly FormatName[] = ["json", "gexf"];

/** A bad `--format` value (a usage error: exit code 1). */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormatError";
  }
}

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/**
 * `"gexf,graphml"` → `["gexf", "graphml"]`: case- and space-insensitive, duplicates dropped, order
 * kept; `"all"` is every format; undefined or empty gives `DEFAULT_FORMATS`.
 */
export function parseFormats(spec: string | undefined): FormatName[] {
  if (spec === undefined || spec.trim() === "") return [...DEFAULT_FORMATS];
  const names: FormatName[] = [];
  const unknown: string[] = [];
  for (const raw of spec.split(",")) {
    const name = raw.trim().toLowerCase();
    if (name === "") continue;
    if (name === "all") {
      for (const known of FORMAT_NAMES) if (!names.includes(known)) names.push(known);
    } else if (isFormatName(name)) {
      if (!names.includes(name)) names.push(name);
    } else unknown.push(raw.trim());
  }
  if (unknown.length > 0) {
    const list = unknown.map((name) => `"${name}"`).join(", ");
    throw new FormatError(
      `unknown export format${unknown.length > 1 ? "s" : ""} ${list}: choose from ${FORMAT_NAMES.join(", ")} (or all)`,
    );
  }
  if (names.length === 0)
    throw new FormatError(`no export format in "${spec}": choose from ${FORMAT_NAMES.join(", ")}`);
  return names;
}

/** Renders every requested format into one `{relative path: content}` map for `writeOutputsAtomic`. */
export function renderFormats(graph: NewsGraph, formats: readonly FormatName[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of formats) Object.assign(files, EXPORT_FORMATS[name].render(graph));
  return files;
}

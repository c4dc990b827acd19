/**
 * A Cypher script (`cypher-shell -f graph.cypher`, or `< graph.cypher`) that MERGEs the graph into
 * Neo4j: nodes by `id` under the `Entity` label plus their type label, relationships by `key`.
 * Values travel as literal maps in `UNWIND` batches, never spliced into the query text: every
 * string is a single-quoted literal in which quotes, backslashes, semicolons, backticks and
 * control characters are \u escapes, so no label can end the literal, the statement or the script.
 * Labels and relationship types come from the schema and are checked against an identifier pattern.
 */
import type { NewsGraph } from "../graph";
import type { Evidence, NodeType, RelationType } from "../schema";
import { ENTITY_LABEL, neo4jLabel, neo4jRelationshipType } from "./neo4j-csv";

const BATCH_SIZE = 200;

/** A number that must stay a float in Neo4j even when it is whole (coordinates, sizes). */
class CypherFloat {
  constructor(readonly value: number | undefined) {}
}

type CypherValue =
  | string
  | number
  | boolean
  | undefined
  | CypherFloat
  | CypherValue[]
  | { [key: string]: CypherValue };

function float(value: number | undefined): CypherFloat {
  return new CypherFloat(value);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what gets escaped.
const ESCAPED = /^[\u0000-\u001F\u007F'"\\;`\u2028\u2029]$/;

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, "0").toUpperCase()}`;
}

/** A Cypher string literal: single-quoted, with every risky character as a \uXXXX escape. */
export function cypherString(text: string): string {
  let body = "";
  // Array.from walks code points, so a surrogate pair stays whole and a lone one stands alone.
  for (const char of Array.from(text)) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) body += unicodeEscape(0xfffd);
    else if (ESCAPED.test(char)) body += unicodeEscape(code);
    else body += char;
  }
  return `'${body}'`;
}

function identifier(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a safe Cypher identifier: ${name}`);
  return `\`${name}\``;
}

export function cypherValue(value: CypherValue): string {
  if (value === undefined) return "null";
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (value instanceof CypherFloat) {
    const v = value.value;
    if (v === undefined || !Number.isFinite(v)) return "null";
    return Number.isInteger(v) ? v.toFixed(1) : String(v);
  }
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(", ")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${identifier(k)}: ${cypherValue(v)}`).join(", ")}}`;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) out.push(items.slice(i, i + BATCH_SIZE));
  return out;
}

function evidenceJson(evidence: Evidence[]): string {
  return JSON.stringify(evidence);
}

export function toCypher(graph: NewsGraph): string {
  const lines = [
    "// newsgraph export: run with `cypher-shell -f graph.cypher` (or `cypher-shell < graph.cypher`).",
    `CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:${identifier(ENTITY_LABEL)}) REQUIRE n.id IS UNIQUE;`,
  ];
  const nodesByType = new Map<NodeType, CypherValue[]>();
  graph.forEachNode((key, a) => {
    const props: CypherValue = {
      label: a.label,
      type: a.type,
      aliases: a.aliases,
      mentions: a.mentions,
      articles: a.articles,
      evidence: evidenceJson(a.evidence),
      x: float(a.x),
      y: float(a.y),
      size: float(a.size),
      color: a.color,
      date: a.date,
      lat: float(a.lat),
      lng: float(a.lng),
      description: a.description,
    };
    const rows = nodesByType.get(a.type) ?? [];
    rows.push({ id: key, props });
    nodesByType.set(a.type, rows);
  });
  for (const [type, rows] of nodesByType) {
    for (const batch of batches(rows)) {
      lines.push(
        `UNWIND ${cypherValue(batch)} AS row`,
        `MERGE (n:${identifier(ENTITY_LABEL)} {id: row.id})`,
        `SET n += row.props, n:${identifier(neo4jLabel(type))};`,
      );
    }
  }
  const edgesByType = new Map<RelationType, CypherValue[]>();
  graph.forEachEdge((key, a, source, target) => {
    const props: CypherValue = {
      label: a.label,
      weight: a.weight,
      articles: a.articles,
      evidence: evidenceJson(a.evidence),
      color: a.color,
    };
    const rows = edgesByType.get(a.type) ?? [];
    rows.push({ source, target, key, props });
    edgesByType.set(a.type, rows);
  });
  for (const [type, rows] of edgesByType) {
    for (const batch of batches(rows)) {
      lines.push(
        `UNWIND ${cypherValue(batch)} AS row`,
        `MATCH (a:${identifier(ENTITY_LABEL)} {id: row.source}), (b:${identifier(ENTITY_LABEL)} {id: row.target})`,
        `MERGE (a)-[r:${identifier(neo4jRelationshipType(type))} {key: row.key}]->(b)`,
        "SET r += row.props;",
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

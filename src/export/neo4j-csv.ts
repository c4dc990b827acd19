/**
 * CSV for `neo4j-admin database import full`: `nodes.csv` and `relationships.csv` with typed
 * headers (`id:ID`, `:LABEL`, `mentions:int`, `aliases:string[]`, `:START_ID`, `:END_ID`, `:TYPE`).
 * Every node has the label `Entity` plus its type's (Person, Organisation, Place, Event); each
 * relationship's type is the relation in upper snake case (located-in → LOCATED_IN). Arrays use
 * neo4j's default `;` delimiter, so a `;` inside an element becomes `,`. Evidence is JSON text.
 * Fields with newlines are quoted: import with `--multiline-fields=true`.
 */
import type { NewsGraph } from "../graph";
import { NODE_TYPE_SPECS, type NodeType, type RelationType } from "../schema";
import { type CsvValue, csvTable } from "./csv";

export const NEO4J_ARRAY_DELIMITER = ";";
export const ENTITY_LABEL = "Entity";

export const NODE_HEADER = [
  "id:ID",
  ":LABEL",
  "label",
  "type",
  "aliases:string[]",
  "mentions:int",
  "articles:string[]",
  "evidence",
  "x:double",
  "y:double",
  "size:double",
  "color",
  "date",
  "lat:double",
  "lng:double",
  "description",
];

export const RELATIONSHIP_HEADER = [
  ":START_ID",
  ":END_ID",
  ":TYPE",
  "key",
  "label",
  "weight:int",
  "articles:string[]",
  "evidence",
];

/** Neo4j label for a node type: the schema's display label without spaces (Person, Organisation…). */
export function neo4jLabel(type: NodeType): string {
  return NODE_TYPE_SPECS[type].label.replace(/[^A-Za-z0-9_]/g, "");
}

/** Neo4j relationship type: upper snake case of the relation type (located-in → LOCATED_IN). */
export function neo4jRelationshipType(type: RelationType): string {
  return type.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

function array(values: readonly string[]): string {
  return values.map((value) => value.replaceAll(NEO4J_ARRAY_DELIMITER, ",")).join(NEO4J_ARRAY_DELIMITER);
}

function integer(value: number): number | undefined {
  return Number.isFinite(value) ? Math.round(value) : undefined;
}

export function toNeo4jCsv(graph: NewsGraph): { "nodes.csv": string; "relationships.csv": string } {
  const nodes: CsvValue[][] = graph.mapNodes((key, a) => [
    key,
    `${ENTITY_LABEL}${NEO4J_ARRAY_DELIMITER}${neo4jLabel(a.type)}`,
    a.label,
    a.type,
    array(a.aliases),
    integer(a.mentions),
    array(a.articles),
    JSON.stringify(a.evidence),
    a.x,
    a.y,
    a.size,
    a.color,
    a.date,
    a.lat,
    a.lng,
    a.description,
  ]);
  const relationships: CsvValue[][] = graph.mapEdges((key, a, source, target) => [
    source,
    target,
    neo4jRelationshipType(a.type),
    key,
    a.label,
    integer(a.weight),
    array(a.articles),
    JSON.stringify(a.evidence),
  ]);
  return {
    "nodes.csv": csvTable(NODE_HEADER, nodes),
    "relationships.csv": csvTable(RELATIONSHIP_HEADER, relationships),
  };
}

/**
 * Neo4j bulk-import CSV: typed headers, one row per node and relationship, labels and types derived
 * from the schema, and RFC 4180 quoting that survives commas, quotes and newlines (checked with a
 * strict parser here and with Python's csv module).
 */
import { describe, expect, it } from "vitest";
import { csvField } from "../../src/export/csv";
import {
  NODE_HEADER,
  neo4jRelationshipType,
  RELATIONSHIP_HEADER,
  toNeo4jCsv,
} from "../../src/export/neo4j-csv";
import { RELATION_TYPES } from "../../src/schema";
import { parseCsv } from "./csv-reader";
import { available, hasPythonModule, runPython } from "./external-tools";
import { addEdge, addNode, sampleGraph } from "./sample-graph";

const canPython = available(hasPythonModule("csv"), "/usr/bin/python3");

function nastyGraph() {
  const graph = sampleGraph();
  const odd = addNode(graph, "person", 'Comma, "Quote"\nNewline', {
    aliases: ["a;b", "c,d", 'e"f'],
    description: "line one\r\nline two",
  });
  addEdge(graph, "visited", odd, "place:novoselivka", {
    evidence: [{ article: "a,1", sentence: 0, text: 'She said "hi",\nthen left' }],
  });
  return graph;
}

describe("Neo4j CSV export", () => {
  it("quotes fields with commas, quotes and newlines", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("has one typed header and one row per node and relationship, surviving a strict parse", () => {
    const graph = nastyGraph();
    const files = toNeo4jCsv(graph);
    const nodes = parseCsv(files["nodes.csv"]);
    const rels = parseCsv(files["relationships.csv"]);
    expect(nodes[0]).toEqual(NODE_HEADER);
    expect(rels[0]).toEqual(RELATIONSHIP_HEADER);
    expect(nodes).toHaveLength(graph.order + 1);
    expect(rels).toHaveLength(graph.size + 1);
    for (const row of nodes) expect(row).toHaveLength(NODE_HEADER.length);
    for (const row of rels) expect(row).toHaveLength(RELATIONSHIP_HEADER.length);

    const col = (name: string) => NODE_HEADER.indexOf(name);
    const odd = nodes.find((row) => row[col("id:ID")] === "person:comma-quote-newline")!;
    expect(odd[col(":LABEL")]).toBe("Entity;Person");
    expect(odd[col("label")]).toBe('Comma, "Quote"\nNewline');
    expect(odd[col("aliases:string[]")]).toBe('a,b;c,d;e"f');
    expect(odd[col("description")]).toBe("line one\r\nline two");
    expect(JSON.parse(odd[col("evidence")]!)).toEqual(
      graph.getNodeAttribute("person:comma-quote-newline", "evidence"),
    );

    const rcol = (name: string) => RELATIONSHIP_HEADER.indexOf(name);
    const visit = rels.find((row) => row[rcol(":START_ID")] === "person:comma-quote-newline")!;
    expect(visit[rcol(":TYPE")]).toBe("VISITED");
    expect(JSON.parse(visit[rcol("evidence")]!)).toEqual([
      { article: "a,1", sentence: 0, text: 'She said "hi",\nthen left' },
    ]);
    const labels = new Set(nodes.slice(1).map((row) => row[col(":LABEL")]));
    expect(labels).toEqual(new Set(["Entity;Person", "Entity;Organisation", "Entity;Place", "Entity;Event"]));
  });

  it("names relationship types in upper snake case", () => {
    expect(RELATION_TYPES.map(neo4jRelationshipType)).toEqual([
      "SAID",
      "COMMANDS",
      "ATTACKED",
      "LOCATED_IN",
      "LEADS",
      "MEMBER_OF",
      "CAPTURED",
      "VISITED",
      "PARTICIPANT_IN",
    ]);
  });

  it.skipIf(!canPython)("parses with Python's csv module to the same rows", () => {
    const files = toNeo4jCsv(nastyGraph());
    const code = `
import sys, csv, io, json
data = json.load(sys.stdin)
print(json.dumps({name: list(csv.reader(io.StringIO(text, newline=""), strict=True)) for name, text in data.items()}))`;
    const result = runPython(code, JSON.stringify(files)) as Record<string, string[][]>;
    expect(result["nodes.csv"]).toEqual(parseCsv(files["nodes.csv"]));
    expect(result["relationships.csv"]).toEqual(parseCsv(files["relationships.csv"]));
  });
});

/**
 * Cypher script: MERGE statements whose values are escaped literals. A small lexer reads every
 * string literal back (it must decode to the original text) and checks that, with literals taken
 * out, each statement is one of the fixed templates: no label can inject Cypher.
 */
import { describe, expect, it } from "vitest";
import { cypherString, toCypher } from "../../src/export/cypher";
import { lexCypher as lex } from "./cypher-lexer";
import { addNode, sampleGraph } from "./sample-graph";

const NODE_STATEMENT =
  /^UNWIND \[.*\] AS row\nMERGE \(n:`Entity` \{id: row\.id\}\)\nSET n \+= row\.props, n:`(Person|Organisation|Place|Event)`$/s;
const EDGE_STATEMENT =
  /^UNWIND \[.*\] AS row\nMATCH \(a:`Entity` \{id: row\.source\}\), \(b:`Entity` \{id: row\.target\}\)\nMERGE \(a\)-\[r:`[A-Z_]+` \{key: row\.key\}\]->\(b\)\nSET r \+= row\.props$/s;
// Outside literals, a row list holds only maps, keys, numbers, lists and nulls.
const ROW_LIST = /^\[[\s{}[\]`\w:,.$+-]*\]$/;

describe("Cypher export", () => {
  it("escapes every risky character as \\u and decodes back to the same text", () => {
    const nasty = "a'b\"c\\d;e`f\ng\u0000h 😀 Львів";
    const literal = cypherString(nasty);
    expect(literal).toBe("'a\\u0027b\\u0022c\\u005Cd\\u003Be\\u0060f\\u000Ag\\u0000h 😀 Львів'");
    expect(lex(literal).literals).toEqual([nasty]);
    expect(cypherString("lone \ud800 surrogate")).toBe("'lone \\uFFFD surrogate'");
  });

  it("is only constraint and MERGE templates, with every value in a literal", () => {
    const graph = sampleGraph();
    addNode(graph, "person", "x'}) DETACH DELETE n; MATCH (m) //");
    const { statements, literals } = lex(toCypher(graph));
    expect(statements[0]).toBe(
      "CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:`Entity`) REQUIRE n.id IS UNIQUE",
    );
    const rest = statements.slice(1);
    for (const statement of rest) {
      expect(NODE_STATEMENT.test(statement) || EDGE_STATEMENT.test(statement), statement).toBe(true);
      const rows = /^UNWIND (\[.*\]) AS row/s.exec(statement)![1]!;
      expect(rows).toMatch(ROW_LIST);
      expect(rows).not.toMatch(/DELETE|MATCH/);
    }
    expect(rest.filter((s) => NODE_STATEMENT.test(s))).toHaveLength(4);
    expect(rest.filter((s) => EDGE_STATEMENT.test(s))).toHaveLength(
      new Set(graph.mapEdges((_k, a) => a.type)).size,
    );
    expect(literals).toContain("x'}) DETACH DELETE n; MATCH (m) //");
    for (const key of graph.nodes()) expect(literals).toContain(key);
    for (const key of graph.edges()) expect(literals).toContain(key);
  });

  it("keeps coordinates as floats and drops undefined optional properties", () => {
    const script = toCypher(sampleGraph());
    expect(script).toContain("`x`: 0.0");
    expect(script).not.toContain("undefined");
    expect(script).not.toContain("NaN");
  });
});

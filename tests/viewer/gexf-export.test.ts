/** The GEXF export is valid GEXF 1.3 (RelaxNG, when xmllint is installed) and escapes hostile text. */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateSerializedGraph } from "../../src/viewer/data/validate";
import { toGexf } from "../../src/viewer/export/gexf";
import { available, gexfSchema, hasCommand } from "../export/external-tools";
import { buildXssGraph } from "../fixtures/small-graph";
import { OUTPUT } from "./harness";

const SCHEMA = gexfSchema();
// Missing tools skip with a note, and fail under CI (as in tests/export).
const canValidate =
  available(hasCommand("xmllint", ["--version"]), "xmllint (apt-get install libxml2-utils)") &&
  available(SCHEMA !== undefined, "the GEXF 1.3 schema in ../shared/schemas");

describe("toGexf", () => {
  const graph = validateSerializedGraph(buildXssGraph().export()).graph;
  const gexf = toGexf(graph, new Map([["place:kostrin", { x: 1.5, y: -2 }]]), "test <view>");

  it("writes every node and edge with our typed attributes and the layout on screen", () => {
    expect(gexf.match(/<node /g)).toHaveLength(graph.order);
    expect(gexf.match(/<edge /g)).toHaveLength(graph.size);
    expect(gexf).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(gexf).toContain('label="located-in"');
    expect(gexf).toMatch(/<node id="place:kostrin"[^\n]*<viz:position x="1.5" y="-2" z="0"\/>/);
  });

  it("escapes markup from the data", () => {
    expect(gexf).not.toContain("<img");
    expect(gexf).not.toContain("<script");
    expect(gexf).toContain("&lt;img src=x onerror=");
    expect(gexf).toContain("test &lt;view&gt;");
  });

  it.runIf(canValidate)("validates against the GEXF 1.3 RelaxNG schema", () => {
    mkdirSync(OUTPUT, { recursive: true });
    const file = resolve(OUTPUT, "export-check.gexf");
    writeFileSync(file, gexf);
    const result = spawnSync("xmllint", ["--noout", "--relaxng", SCHEMA!, file], {
      encoding: "utf8",
    });
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });
});

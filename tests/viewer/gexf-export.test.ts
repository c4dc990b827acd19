/** The GEXF export is valid GEXF 1.3 (RelaxNG, when xmllint is installed) and escapes hostile text. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateSerializedGraph } from "../../src/viewer/data/validate";
import { toGexf } from "../../src/viewer/export/gexf";
import { buildXssGraph } from "../fixtures/small-graph";
import { OUTPUT, ROOT } from "./harness";

// The shared schemas sit beside the repository (../shared), or two levels up from a worktree.
const SCHEMA =
  ["../shared", "../../shared"]
    .map((dir) => resolve(ROOT, dir, "schemas/gexf-1.3/gexf.rng"))
    .find((path) => existsSync(path)) ?? "";

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

  it.skipIf(!existsSync("/usr/bin/xmllint") || !SCHEMA)(
    "validates against the GEXF 1.3 RelaxNG schema",
    () => {
      mkdirSync(OUTPUT, { recursive: true });
      const file = resolve(OUTPUT, "export-check.gexf");
      writeFileSync(file, gexf);
      const result = spawnSync("/usr/bin/xmllint", ["--noout", "--relaxng", SCHEMA, file], {
        encoding: "utf8",
      });
      expect(result.stderr).toContain("validates");
      expect(result.status).toBe(0);
    },
  );
});

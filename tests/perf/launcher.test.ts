/**
 * The command-line launcher (scripts/run.mjs): runs a script from its cached bundle, checked by the
 * same plain-JavaScript record the worker bundles use, and keeps the script's arguments and exit
 * code; a module's own directory still reads as its source's.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { reusableBundle } from "../../src/parallel/bundle-record.mjs";
import { bundleModule } from "../../src/parallel/worker-bundle";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("the launcher's bundle check", () => {
  it("finds the bundle bundleModule made, and none once a source changes", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-launch-"));
    const entry = path.join(dir, "entry.ts");
    const helper = path.join(dir, "helper.ts");
    writeFileSync(
      entry,
      'import { word } from "./helper";\nexport const here: string = import.meta.dirname;\nexport { word };\n',
    );
    writeFileSync(helper, 'export const word: string = "first";\n');
    const cache = path.join(dir, "cache");
    const bundle = await bundleModule(entry, cache);
    expect(reusableBundle(entry, cache)).toBe(bundle);
    // import.meta.dirname is the source's folder in the bundle too.
    const loaded = (await import(pathToFileURL(bundle).href)) as { here: string; word: string };
    expect(loaded.here).toBe(dir);
    writeFileSync(helper, 'export const word: string = "second";\n');
    expect(reusableBundle(entry, cache)).toBeUndefined();
  });
});

describe("node scripts/run.mjs", () => {
  it("runs a script with its own arguments and exit code", () => {
    const help = spawnSync(process.execPath, ["scripts/run.mjs", "scripts/build-graph.ts", "--help"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("usage: npm run graph");
    const bad = spawnSync(
      process.execPath,
      ["scripts/run.mjs", "scripts/build-graph.ts", "--format", "nonsense"],
      {
        cwd: repoRoot,
        encoding: "utf8",
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/nonsense/);
  });

  it("says how to use it when no script is named", () => {
    const none = spawnSync(process.execPath, ["scripts/run.mjs"], { cwd: repoRoot, encoding: "utf8" });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("usage: node scripts/run.mjs");
  });
});

/**
 * The batch JIT settings name flags this Node's V8 knows, with the defaults they restore equal to
 * this V8's own (setFlagsFromString ignores unknown flags silently, so a renamed flag would quietly
 * undo the tuning, and a wrong default would leave a watching process mistuned after a batch);
 * NEWSGRAPH_JIT_TUNING=0 turns them off.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { batchJitFlags, tuneJitForBatch, V8_DEFAULTS } from "../../src/parallel/jit-tuning";

const v8Options = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });

describe("batch JIT tuning", () => {
  it("uses only integer flags this V8 lists", () => {
    const flags = batchJitFlags({});
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      const [name, value] = flag.split("=");
      expect(v8Options).toMatch(new RegExp(`^\\s+${name}\\b.*\\n\\s+type: int\\b`, "m"));
      expect(Number(value)).toBeGreaterThan(0);
    }
  });

  it("restores this V8's own defaults", () => {
    for (const [name, value] of Object.entries(V8_DEFAULTS))
      expect(v8Options).toContain(`default: --${name}=${value}\n`);
    expect(Object.keys(V8_DEFAULTS)).toEqual(batchJitFlags({}).map((f) => f.slice(2).split("=")[0]));
  });

  it("is off when NEWSGRAPH_JIT_TUNING=0", () => {
    expect(batchJitFlags({ NEWSGRAPH_JIT_TUNING: "0" })).toEqual([]);
    const release = tuneJitForBatch({ NEWSGRAPH_JIT_TUNING: "0" });
    expect(() => release()).not.toThrow();
  });

  it("is accepted by node on the command line (no 'bad option' error)", () => {
    const out = execFileSync(process.execPath, [...batchJitFlags({}), "-e", "process.stdout.write('ok')"], {
      encoding: "utf8",
    });
    expect(out).toBe("ok");
  });
});

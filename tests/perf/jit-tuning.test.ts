/**
 * The batch JIT settings name flags this Node's V8 knows (setFlagsFromString ignores unknown ones
 * silently, so a renamed flag would quietly undo the tuning), and NEWSGRAPH_JIT_TUNING=0 turns
 * them off.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { batchJitFlags } from "../../src/parallel/jit-tuning";

describe("batch JIT tuning", () => {
  it("uses only flags this V8 lists, with values of the right type", () => {
    const known = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
    const flags = batchJitFlags({});
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      const [name, value] = flag.split("=");
      expect(known).toMatch(new RegExp(`^\\s+${name}\\b.*\\n\\s+type: int\\b`, "m"));
      expect(Number(value)).toBeGreaterThan(0);
    }
  });

  it("is off when NEWSGRAPH_JIT_TUNING=0", () => {
    expect(batchJitFlags({ NEWSGRAPH_JIT_TUNING: "0" })).toEqual([]);
  });

  it("is accepted by node on the command line (no 'bad option' error)", () => {
    const out = execFileSync(process.execPath, [...batchJitFlags({}), "-e", "process.stdout.write('ok')"], {
      encoding: "utf8",
    });
    expect(out).toBe("ok");
  });
});

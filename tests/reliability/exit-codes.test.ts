/** Exit codes from ingest problems: only skipped input makes a build partial. */
import { describe, expect, it } from "vitest";
import { EXIT_BUILT, EXIT_PARTIAL, exitCodeForBuild } from "../../src/io/exit-codes";
import type { IngestProblem } from "../../src/pipeline/ingest";

const duplicate: IngestProblem = {
  file: "b.txt",
  severity: "warning",
  message: "same text as a.txt",
  skipped: false,
};
const binary: IngestProblem = {
  file: "c.txt",
  severity: "error",
  message: "skipped: binary file",
  skipped: true,
};
const badLine: IngestProblem = {
  file: "f.jsonl:3",
  severity: "warning",
  message: "skipped: not JSON",
  skipped: true,
};

describe("exitCodeForBuild", () => {
  it("is 0 with no problems or only notes", () => {
    expect(exitCodeForBuild([])).toBe(EXIT_BUILT);
    expect(exitCodeForBuild([duplicate])).toBe(EXIT_BUILT);
  });

  it("is 2 when a file or a JSON line was skipped", () => {
    expect(exitCodeForBuild([duplicate, binary])).toBe(EXIT_PARTIAL);
    expect(exitCodeForBuild([badLine])).toBe(EXIT_PARTIAL);
  });
});

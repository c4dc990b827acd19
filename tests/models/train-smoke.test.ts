import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/corpora/index";
import { loadParser, loadRecognizer, loadTagger, MODEL_FILES } from "../../src/models/index";
import { CORPORA } from "./corpora-available";

describe.skipIf(!CORPORA)("npm run train -- --smoke", () => {
  const out = mkdtempSync(join(tmpdir(), "newsgraph-smoke-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("trains every model on tiny slices, writes loadable files, cards and scores", () => {
    execFileSync(
      process.execPath,
      ["--import", "tsx", join(REPO_ROOT, "scripts/train.ts"), "--smoke", "--out", out],
      {
        cwd: REPO_ROOT,
        stdio: "pipe",
        timeout: 120_000,
      },
    );
    for (const f of Object.values(MODEL_FILES)) expect(existsSync(join(out, f)), f).toBe(true);
    for (const card of ["pos-tagger.card.md", "ner.card.md", "dep-parser.card.md", "clusters.card.md"]) {
      expect(readFileSync(join(out, card), "utf8")).toMatch(/Trained: \d{4}-\d\d-\d\d \(SMOKE/);
    }
    const scores = JSON.parse(readFileSync(join(out, "scores.json"), "utf8"));
    expect(scores.mode).toBe("smoke");
    // even 400 sentences and one epoch must beat a most-frequent-tag baseline (~0.2)
    expect(scores.tagger.ewtTestAccuracy).toBeGreaterThan(0.75);
    expect(scores.parser.ewtTest.uas).toBeGreaterThan(0.4);
    expect(scores.ner.heldOut.all.overall.f1).toBeGreaterThan(0.1);
    const tokens = ["Mykyta", "Kovalskyi", "visited", "Poltava", "."];
    const tags = loadTagger(out).tag(tokens);
    expect(tags).toHaveLength(tokens.length);
    const arcs = loadParser(out).parse(tokens, tags);
    expect(arcs.filter((a) => a.head === -1)).toHaveLength(1);
    for (const s of loadRecognizer(out).recognize(tokens, tags)) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(tokens.length);
    }
  }, 180_000);

  it("is deterministic: a second run with the same seed writes byte-identical models", () => {
    const again = mkdtempSync(join(tmpdir(), "newsgraph-smoke-"));
    try {
      execFileSync(
        process.execPath,
        ["--import", "tsx", join(REPO_ROOT, "scripts/train.ts"), "--smoke", "--out", again],
        { cwd: REPO_ROOT, stdio: "pipe", timeout: 120_000 },
      );
      for (const f of Object.values(MODEL_FILES)) {
        expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 180_000);
});

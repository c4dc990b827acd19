/**
 * `npm run graph -- --watch`: builds, then rebuilds when an article in the input folder changes,
 * redoing that article only (the rest from memory), and keeps the previous outputs on a failure.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/shared";

describe("graph --watch", () => {
  it("rebuilds after an edit with only that article extracted", async () => {
    const input = mkdtempSync(path.join(os.tmpdir(), "newsgraph-watch-in-"));
    const out = mkdtempSync(path.join(os.tmpdir(), "newsgraph-watch-out-"));
    const source = path.join(repoRoot, "graph-data/articles");
    for (const name of readdirSync(source).slice(0, 3))
      copyFileSync(path.join(source, name), path.join(input, name));
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/build-graph.ts", "--input", input, "--out", out, "--json", "--watch"],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    const summaries: { articles: number; nodes: number; cache: { hits: number; misses: number } }[] = [];
    let buffered = "";
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const next = (count: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no build ${count} within 60 s; stderr: ${stderr}`)),
          60_000,
        );
        const check = () => {
          if (summaries.length >= count) {
            clearTimeout(timer);
            resolve();
          } else setTimeout(check, 50);
        };
        check();
      });
    child.stdout.on("data", (chunk) => {
      buffered += String(chunk);
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) if (line.startsWith("{")) summaries.push(JSON.parse(line));
    });
    try {
      await next(1);
      expect(summaries[0]).toMatchObject({ articles: 3, cache: { hits: 0, misses: 3 } });
      const file = path.join(input, readdirSync(input).sort()[0]!);
      writeFileSync(
        file,
        `${readFileSync(file, "utf8")}\nPolish President Marek Wolny visited Riga on Monday.\n`,
      );
      await next(2);
      expect(summaries[1]).toMatchObject({ articles: 3, cache: { hits: 2, misses: 1 } });
      const graph = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as {
        nodes: { attributes: { label: string } }[];
      };
      expect(graph.nodes.some((n) => n.attributes.label === "Marek Wolny")).toBe(true);
      // Every article removed: the rebuild fails, says why, and the last graph stays.
      for (const name of readdirSync(input)) unlinkSync(path.join(input, name));
      const deadline = Date.now() + 30_000;
      while (!/input folder is empty/.test(stderr) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(stderr).toMatch(/input folder is empty.*previous outputs are unchanged/);
      expect(readFileSync(path.join(out, "graph.json"), "utf8")).toContain("Marek Wolny");
    } finally {
      child.kill();
    }
  }, 120_000);
});

/**
 * An interrupted or failed build must leave the previous outputs whole: a child process writing
 * with `writeOutputsAtomic` is SIGKILLed part way, and every target must still hold either its
 * complete old content or its complete new content, never a truncated mix.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeOutputsAtomic } from "../../src/io/atomic-write";
import { makeTempDir } from "./fixtures";

const HELPER = path.join(import.meta.dirname, "helpers", "slow-writer.ts");
const TARGETS = ["graph.json", "graph.gexf", "neo4j/nodes.csv"];
const OLD = "old complete content\n";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir("atomic-"));
  mkdirSync(path.join(dir, "neo4j"));
  for (const target of TARGETS) writeFileSync(path.join(dir, target), OLD);
});
afterEach(() => cleanup());

function startWriter(label: string, megabytes: number, mode?: "pause"): ChildProcess {
  const args = ["--import", "tsx", HELPER, dir, label, String(megabytes), ...(mode ? [mode] : [])];
  return spawn(process.execPath, args, { cwd: path.resolve(import.meta.dirname, "../.."), stdio: "pipe" });
}

function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(line)) resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`writer exited (${code}) before ${line}: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.on("exit", () => resolve());
  });
}

function expectWholeContent(label: string, megabytes: number): "old" | "new" {
  const states = TARGETS.map((target) => {
    const content = readFileSync(path.join(dir, target), "utf8");
    if (content === OLD) return "old";
    expect(content.length, `${target} is truncated`).toBe(megabytes * 1024 * 1024);
    expect(content.startsWith(`${label}:`)).toBe(true);
    return "new";
  });
  return states.includes("new") ? "new" : "old";
}

describe("writeOutputsAtomic", () => {
  it("leaves the previous outputs intact when the writer is killed after writing its temp files", async () => {
    const child = startWriter("NEW", 2, "pause");
    await waitForLine(child, "READY");
    // Every temp file is complete on disk now; the renames have not started.
    expect(readdirSync(dir).some((name) => name.includes(".tmp-"))).toBe(true);
    child.kill("SIGKILL");
    await exited(child);
    for (const target of TARGETS) expect(readFileSync(path.join(dir, target), "utf8")).toBe(OLD);

    // The next run cleans the dead writer's temp files and writes the new outputs.
    await writeOutputsAtomic(dir, { "graph.json": "next", "graph.gexf": "next", "neo4j/nodes.csv": "next" });
    for (const target of TARGETS) expect(readFileSync(path.join(dir, target), "utf8")).toBe("next");
    const leftovers = [...readdirSync(dir), ...readdirSync(path.join(dir, "neo4j"))].filter((n) =>
      n.includes(".tmp-"),
    );
    expect(leftovers).toEqual([]);
  }, 30_000);

  it("never leaves a half-written target when killed at any moment of a big write", async () => {
    const megabytes = 48;
    const outcomes: string[] = [];
    for (const delay of [0, 5, 10, 20, 40, 80, 160, 320]) {
      const child = startWriter(`RUN${delay}`, megabytes);
      const done = exited(child);
      await waitForLine(child, "START");
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await done;
      outcomes.push(expectWholeContent(`RUN${delay}`, megabytes));
      // Reset for the next round so "old" is measurable again.
      for (const target of TARGETS) writeFileSync(path.join(dir, target), OLD);
    }
    expect(outcomes).toContain("old");
  }, 60_000);

  it("throws and keeps the previous outputs when one output cannot be written", async () => {
    mkdirSync(path.join(dir, "graph.graphml"));
    await expect(
      writeOutputsAtomic(dir, { "graph.json": "new", "graph.graphml": "new", "neo4j/nodes.csv": "new" }),
    ).rejects.toThrow(/a folder is in the way/);
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(OLD);
    expect(readFileSync(path.join(dir, "neo4j/nodes.csv"), "utf8")).toBe(OLD);
  });

  it("removes its temp files when writing one of them fails", async () => {
    writeFileSync(path.join(dir, "blocker"), "a file where a folder is needed");
    await expect(
      writeOutputsAtomic(dir, { "graph.json": "new", "blocker/graph.gexf": "new" }),
    ).rejects.toThrow();
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(OLD);
    expect(readdirSync(dir).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("writes chunked content (a generator, e.g. gexfChunks) and creates missing folders", async () => {
    function* chunks() {
      yield "<a>";
      for (let i = 0; i < 1000; i++) yield `<b>${i}</b>`;
      yield "</a>";
    }
    await writeOutputsAtomic(path.join(dir, "new", "deep"), { "graph.gexf": chunks() });
    const written = readFileSync(path.join(dir, "new", "deep", "graph.gexf"), "utf8");
    expect(written.startsWith("<a><b>0</b>")).toBe(true);
    expect(written.endsWith("<b>999</b></a>")).toBe(true);
  });

  it("writes a list of byte pieces in order, more than one gathered write holds", async () => {
    const pieces = Array.from({ length: 2500 }, (_, i) => Buffer.from(`<b>${i}</b>`));
    await writeOutputsAtomic(dir, {
      "graph.gexf": { buffers: [Buffer.from("<a>"), ...pieces, Buffer.from("</a>")] },
    });
    const expected = `<a>${pieces.map((p) => p.toString()).join("")}</a>`;
    expect(readFileSync(path.join(dir, "graph.gexf"), "utf8")).toBe(expected);
  });

  it("refuses paths outside the output folder", async () => {
    await expect(writeOutputsAtomic(dir, { "../escape.txt": "x" })).rejects.toThrow(
      /outside the output folder/,
    );
    expect(existsSync(path.join(dir, "..", "escape.txt"))).toBe(false);
  });
});

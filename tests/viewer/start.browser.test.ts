/**
 * `npm start` end to end: it builds a folder of articles, serves the viewer, and keeps watching;
 * an article edited while the viewer is open is rebuilt and shown in place, with the selection
 * kept. Then a bad edit (the folder emptied) leaves the graph on screen as it was.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { launchBrowser, OUTPUT, ROOT } from "./harness";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves with the first match of `pattern` in what the process printed to `log` (ANSI colours removed). */
function printed(pattern: RegExp, seconds: number, log: { text: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`nothing matching ${pattern} within ${seconds} s; output:\n${log.text}`)),
      seconds * 1000,
    );
    const check = () => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing terminal colour codes
      const match = pattern.exec(log.text.replace(/\u001b\[[0-9;]*m/g, ""));
      if (match) {
        clearTimeout(timer);
        resolve(match[1] ?? match[0]);
      } else setTimeout(check, 50);
    };
    check();
  });
}

interface GraphFile {
  nodes: { key: string; attributes: { label: string; type: string } }[];
}

let child: ChildProcess | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  child?.kill();
});

describe("npm start", () => {
  it("serves the built graph and shows an edited article's rebuild in place, keeping the selection", async () => {
    const input = mkdtempSync(path.join(os.tmpdir(), "newsgraph-start-in-"));
    const out = mkdtempSync(path.join(os.tmpdir(), "newsgraph-start-out-"));
    const source = path.join(ROOT, "graph-data/articles");
    const names = readdirSync(source).sort().slice(0, 2);
    for (const name of names) copyFileSync(path.join(source, name), path.join(input, name));
    const port = await freePort();
    const log = { text: "" };
    child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/start.ts", "--input", input, "--out", out, "--port", String(port)],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    child.stdout!.on("data", (chunk) => {
      log.text += String(chunk);
    });
    child.stderr!.on("data", (chunk) => {
      log.text += String(chunk);
    });
    const url = await printed(/Local:\s+(http:\/\/\S+)/, 90, log);

    const before = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as GraphFile;
    const chosen = before.nodes.find((n) => n.attributes.type === "person")!;
    browser = await launchBrowser();
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${url}?node=${encodeURIComponent(chosen.key)}`);
    await page.waitForSelector("body[data-status=ready]", { timeout: 30_000 });
    await page.waitForFunction(() => (window as unknown as { newsgraphProbe?: unknown }).newsgraphProbe);
    const hasNode = (key: string) =>
      page.evaluate(
        (k) =>
          (
            window as unknown as { newsgraphProbe: { nodeViewport(key: string): unknown } }
          ).newsgraphProbe.nodeViewport(k) !== null,
        key,
      );
    const newKey = "person:halvard-teige";
    expect(await hasNode(chosen.key)).toBe(true);
    expect(await hasNode(newKey)).toBe(false);
    expect(await page.textContent("#panel")).toContain(chosen.attributes.label);

    // An invented person added to one article, while the page is open.
    const edited = path.join(input, names[0]!);
    writeFileSync(
      edited,
      `${readFileSync(edited, "utf8")}\nDefence Minister Halvard Teige said on Tuesday that talks would resume.\n`,
    );
    await page.waitForFunction(
      () => document.querySelector("#message-text")?.textContent?.startsWith("Rebuilt from the articles"),
      undefined,
      { timeout: 30_000 },
    );
    expect(await hasNode(newKey)).toBe(true);
    const after = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as GraphFile;
    expect(await page.textContent("#message-text")).toContain(`${after.nodes.length} nodes`);
    // The view is kept: the same node selected, in the panel and in the address.
    expect(new URL(page.url()).searchParams.get("node")).toBe(chosen.key);
    expect(await page.textContent("#panel")).toContain(chosen.attributes.label);
    await page.screenshot({ path: path.join(OUTPUT, "start-rebuilt.png") });

    // Every article removed: the build fails, and the graph on screen stays as it was.
    for (const name of readdirSync(input)) unlinkSync(path.join(input, name));
    await printed(/(input folder is empty)/, 30, log);
    await page.waitForTimeout(500);
    expect(await hasNode(newKey)).toBe(true);
    expect(errors).toEqual([]);
  }, 180_000);
});

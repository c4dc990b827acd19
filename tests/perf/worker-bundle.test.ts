/**
 * The worker bundle: one JavaScript file whose modules still see their own source URL, reused while
 * its sources are unchanged and made again when one changes; the extraction pool runs it.
 */
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { extractWorkerScript } from "../../src/parallel/extract-pool";
import { bundleModule, defaultBundleDir } from "../../src/parallel/worker-bundle";

function project() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-bundle-"));
  const entry = path.join(dir, "entry.ts");
  const helper = path.join(dir, "helper.ts");
  writeFileSync(
    entry,
    'import { helperUrl, label } from "./helper";\nexport const entryUrl: string = import.meta.url;\nexport { helperUrl, label };\n',
  );
  writeFileSync(
    helper,
    'export const helperUrl: string = import.meta.url;\nexport const label: string = "first";\n',
  );
  return { dir, entry, helper, cache: path.join(dir, "cache") };
}

const load = async (file: string) =>
  (await import(`${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`)) as {
    entryUrl: string;
    helperUrl: string;
    label: string;
  };

describe("worker bundle", () => {
  it("inlines TypeScript modules, each keeping its own source URL", async () => {
    const p = project();
    const bundle = await bundleModule(p.entry, p.cache);
    expect(path.dirname(bundle)).toBe(p.cache);
    const loaded = await load(bundle);
    expect(loaded.entryUrl).toBe(pathToFileURL(p.entry).href);
    expect(loaded.helperUrl).toBe(pathToFileURL(p.helper).href);
    expect(loaded.label).toBe("first");
  });

  it("is reused while the sources are unchanged and made again when one changes", async () => {
    const p = project();
    const bundle = await bundleModule(p.entry, p.cache);
    const madeAt = statSync(bundle).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await bundleModule(p.entry, p.cache)).toBe(bundle);
    expect(statSync(bundle).mtimeMs).toBe(madeAt);

    writeFileSync(
      p.helper,
      'export const helperUrl: string = import.meta.url;\nexport const label: string = "second";\n',
    );
    expect(await bundleModule(p.entry, p.cache)).toBe(bundle);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(madeAt);
    expect((await load(bundle)).label).toBe("second");
  });

  it("is found in the cache before anything is awaited, so workers start before the input is read", async () => {
    const p = project();
    const bundle = await bundleModule(p.entry, p.cache);
    let found: string | undefined;
    const pending = bundleModule(p.entry, p.cache).then((file) => {
      found = file;
    });
    // A few microtask turns: no I/O callback or module load can complete in between.
    for (let turn = 0; turn < 3; turn++) await Promise.resolve();
    expect(found).toBe(bundle);
    await pending;
  });

  it("is what the extraction pool's workers run, unless NEWSGRAPH_WORKER_BUNDLE=0", async () => {
    const script = fileURLToPath(await extractWorkerScript());
    expect(path.dirname(script)).toBe(defaultBundleDir());
    expect(script).toMatch(/extract-worker-[0-9a-f]+\.mjs$/);
    process.env.NEWSGRAPH_WORKER_BUNDLE = "0";
    try {
      expect(fileURLToPath(await extractWorkerScript())).toMatch(/src[/\\]parallel[/\\]extract-worker\.mjs$/);
    } finally {
      delete process.env.NEWSGRAPH_WORKER_BUNDLE;
    }
  });
});

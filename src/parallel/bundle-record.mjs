/**
 * Where a cached bundle of a module lives and whether it is still current. Plain JavaScript, so
 * the command-line launcher (scripts/run.mjs) can check a bundle before any TypeScript loader
 * starts; worker-bundle.ts makes the bundles and uses the same checks.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Bumped when the way bundles are made changes, so older cached bundles are not reused. */
export const BUNDLE_FORMAT = 3;

const require = createRequire(import.meta.url);

/** Hash of files' contents, in order. */
export function digestOf(contents) {
  const hash = createHash("sha1");
  for (const text of contents) hash.update(`${text.length}\n`).update(text);
  return hash.digest("hex");
}

/** The installed esbuild's version, read without loading esbuild (throws when it is missing). */
export function installedEsbuildVersion() {
  return JSON.parse(readFileSync(require.resolve("esbuild/package.json"), "utf8")).version;
}

/** Where bundles are kept: beside the project's packages, so the bundle's bare imports resolve. */
export function defaultBundleDir() {
  const packagesDir = path.dirname(path.dirname(require.resolve("esbuild/package.json")));
  return path.join(packagesDir, ".cache", "newsgraph");
}

/** The bundle's code file and the record of what it was made from. */
export function bundleFiles(entry, dir) {
  const name = `${path.basename(entry).replace(/\.[^.]+$/, "")}-${createHash("sha1").update(entry).digest("hex").slice(0, 12)}`;
  return { code: path.join(dir, `${name}.mjs`), record: path.join(dir, `${name}.json`) };
}

/** The cached bundle of `entry` when every input still has the contents it was made from. */
export function reusableBundle(entry, dir = defaultBundleDir()) {
  const files = bundleFiles(entry, dir);
  try {
    const record = JSON.parse(readFileSync(files.record, "utf8"));
    if (record.format !== BUNDLE_FORMAT || record.esbuild !== installedEsbuildVersion()) return undefined;
    if (digestOf(record.inputs.map((file) => readFileSync(file, "utf8"))) !== record.digest) return undefined;
    return existsSync(files.code) ? files.code : undefined;
  } catch {
    return undefined; // no record, an input gone, no esbuild: bundle again (or fail there)
  }
}

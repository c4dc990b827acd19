/**
 * What the last build was made from, and what it wrote: `<out>/.cache/build.json`. A build whose
 * input (every article's text, metadata, id and files), code, models, data and options are those
 * of the last build, and whose outputs are still the files that build wrote (same size and time),
 * would write the same bytes again (positions are kept from graph.json): it can stop after reading
 * the input. Without a manifest, or when anything differs, the build runs as usual.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../io/atomic-write";

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface OutputStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

export interface BuildManifest<Summary> {
  /** Input, code and options (see `buildFingerprint`). */
  fingerprint: string;
  outputs: OutputStamp[];
  /** What the build reported about the graph, for a build that stops early to report again. */
  summary: Summary;
}

const manifestFile = (out: string) => path.join(out, ".cache", "build.json");

let codeHash: string | undefined;

/**
 * Every source file (merge, layout and export code change outputs as much as extraction does) and
 * the locked package versions. Hashed once per process: a running process runs the code it loaded.
 */
function codeFingerprint(): string {
  if (codeHash !== undefined) return codeHash;
  const hash = createHash("sha1");
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else hash.update(path.relative(srcDir, file)).update("\0").update(readFileSync(file));
    }
  };
  walk(srcDir);
  try {
    hash.update(readFileSync(path.resolve(srcDir, "..", "package-lock.json")));
  } catch {
    hash.update("no lock file");
  }
  codeHash = hash.digest("hex");
  return codeHash;
}

/** Hash of the input (keys, ids and files in order), the extraction fingerprint, the code and options. */
export function buildFingerprint(
  articles: readonly { key: string; id: string; files: readonly string[] }[],
  extraction: string,
  options: Record<string, unknown>,
): string {
  const hash = createHash("sha1");
  hash.update(codeFingerprint()).update("\n").update(extraction).update("\n").update(JSON.stringify(options));
  for (const { key, id, files } of articles) hash.update(`\n${key}\0${id}\0${files.join("\0")}`);
  return hash.digest("hex");
}

export async function stampOutputs(files: readonly string[]): Promise<OutputStamp[]> {
  return Promise.all(
    files.map(async (file) => {
      const info = await stat(file);
      return { file, size: info.size, mtimeMs: info.mtimeMs };
    }),
  );
}

/** The last build's manifest when it matches `fingerprint` and its outputs are still as it left them. */
export async function upToDate<Summary>(
  out: string,
  fingerprint: string,
): Promise<BuildManifest<Summary> | undefined> {
  let manifest: BuildManifest<Summary>;
  try {
    manifest = JSON.parse(await readFile(manifestFile(out), "utf8")) as BuildManifest<Summary>;
  } catch {
    return undefined;
  }
  if (manifest.fingerprint !== fingerprint || !Array.isArray(manifest.outputs)) return undefined;
  for (const stamp of manifest.outputs) {
    try {
      const info = statSync(stamp.file);
      if (info.size !== stamp.size || info.mtimeMs !== stamp.mtimeMs) return undefined;
    } catch {
      return undefined;
    }
  }
  return manifest;
}

export async function saveManifest<Summary>(out: string, manifest: BuildManifest<Summary>): Promise<void> {
  await writeFileAtomic(manifestFile(out), JSON.stringify(manifest));
}

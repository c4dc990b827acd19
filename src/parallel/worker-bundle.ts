/**
 * A worker's TypeScript code as one plain JavaScript file. Under tsx a worker thread loads ~50
 * modules through tsx's loader (transpiling, resolving, a request to the loader thread per
 * module): ~0.6 s of CPU before it can extract, once per worker and build. esbuild bundles the
 * same modules in ~0.1 s; the bundle is kept in `node_modules/.cache/newsgraph/` and reused while
 * every file it was made from has the contents it was made from, so a worker then starts in
 * ~0.35 s. Each module's `import.meta.url` becomes its source file's URL, so the paths it builds
 * (models/, packages through createRequire) are the ones it builds when run from source.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../io/atomic-write";

/** Bumped when the way bundles are made changes, so older cached bundles are not reused. */
const BUNDLE_FORMAT = 2;

const require = createRequire(import.meta.url);

interface BundleRecord {
  format: number;
  esbuild: string;
  /** Absolute paths of the files the bundle was made from. */
  inputs: string[];
  /** Hash of their contents, in that order. */
  digest: string;
}

const LOADERS: Record<string, "ts" | "js" | "json"> = {
  ".ts": "ts",
  ".mts": "ts",
  ".js": "js",
  ".mjs": "js",
  ".json": "json",
};

function digestOf(contents: readonly string[]): string {
  const hash = createHash("sha1");
  for (const text of contents) hash.update(`${text.length}\n`).update(text);
  return hash.digest("hex");
}

/** The installed esbuild's version, read without loading esbuild (throws when it is missing). */
function installedEsbuildVersion(): string {
  return (JSON.parse(readFileSync(require.resolve("esbuild/package.json"), "utf8")) as { version: string })
    .version;
}

/** Where bundles are kept: beside the project's packages, so the bundle's bare imports resolve. */
export function defaultBundleDir(): string {
  const packagesDir = path.dirname(path.dirname(require.resolve("esbuild/package.json")));
  return path.join(packagesDir, ".cache", "newsgraph");
}

function bundleFiles(entry: string, dir: string) {
  const name = `${path.basename(entry).replace(/\.[^.]+$/, "")}-${createHash("sha1").update(entry).digest("hex").slice(0, 12)}`;
  return { code: path.join(dir, `${name}.mjs`), record: path.join(dir, `${name}.json`) };
}

/** The cached bundle of `entry` when every input still has the contents it was made from. */
function reusable(entry: string, dir: string, esbuildVersion: string): string | undefined {
  const files = bundleFiles(entry, dir);
  try {
    const record = JSON.parse(readFileSync(files.record, "utf8")) as BundleRecord;
    if (record.format !== BUNDLE_FORMAT || record.esbuild !== esbuildVersion) return undefined;
    if (digestOf(record.inputs.map((file) => readFileSync(file, "utf8"))) !== record.digest) return undefined;
    return existsSync(files.code) ? files.code : undefined;
  } catch {
    return undefined; // no record, an input gone: bundle again
  }
}

/**
 * The path of a bundle of `entry` (a module of this project) with its project imports inlined and
 * packages left as imports; made with esbuild when no cached bundle matches the sources.
 */
export async function bundleModule(entry: string, dir = defaultBundleDir()): Promise<string> {
  // The cached bundle is checked before anything is awaited: the caller's next await (a build
  // reading its input) then lets the workers start at once, not after the input is read.
  const cached = reusable(entry, dir, installedEsbuildVersion());
  if (cached) return cached;
  const esbuild = (await import("esbuild")) as typeof import("esbuild");
  const read = new Map<string, string>();
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // esbuild counts every \p{…} escape as unsupported on Node and rewrites each such literal
    // into a `new RegExp(…)` built again at every call (~90 ns each; the name rules test dozens
    // per capitalised word). Node 20 has them all.
    supported: { "regexp-unicode-property-escapes": true },
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "source-meta-url",
        setup(build) {
          build.onLoad({ filter: /\.(?:[cm]?[jt]s|json)$/ }, (args) => {
            const text = readFileSync(args.path, "utf8");
            read.set(args.path, text);
            const loader = LOADERS[path.extname(args.path)] ?? "js";
            if (loader === "json") return { contents: text, loader };
            const url = JSON.stringify(pathToFileURL(args.path).href);
            return { contents: text.replaceAll("import.meta.url", url), loader };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild wrote no bundle for ${entry}`);
  const inputs = [...read.keys()].sort();
  const record: BundleRecord = {
    format: BUNDLE_FORMAT,
    esbuild: esbuild.version,
    inputs,
    digest: digestOf(inputs.map((file) => read.get(file)!)),
  };
  const files = bundleFiles(entry, dir);
  // The code first: a record always describes a bundle that is there.
  await writeFileAtomic(files.code, code);
  await writeFileAtomic(files.record, `${JSON.stringify(record)}\n`);
  return files.code;
}

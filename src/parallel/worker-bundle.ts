/**
 * A worker's TypeScript code as one plain JavaScript file. Under tsx a worker thread loads ~50
 * modules through tsx's loader (transpiling, resolving, a request to the loader thread per
 * module): ~0.6 s of CPU before it can extract, once per worker and build. esbuild bundles the
 * same modules in ~0.1 s; the bundle is kept in `node_modules/.cache/newsgraph/` and reused while
 * every file it was made from has the contents it was made from, so a worker then starts in
 * ~0.35 s. Each module's `import.meta.url` becomes its source file's URL, so the paths it builds
 * (models/, packages through createRequire) are the ones it builds when run from source.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeFileAtomic } from "../io/atomic-write";
import { BUNDLE_FORMAT, bundleFiles, defaultBundleDir, digestOf, reusableBundle } from "./bundle-record.mjs";

export { defaultBundleDir };

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

/**
 * The path of a bundle of `entry` (a module of this project) with its project imports inlined and
 * packages left as imports; made with esbuild when no cached bundle matches the sources.
 */
export async function bundleModule(entry: string, dir = defaultBundleDir()): Promise<string> {
  // The cached bundle is checked before anything is awaited: the caller's next await (a build
  // reading its input) then lets the workers start at once, not after the input is read.
  const cached = reusableBundle(entry, dir);
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
            // The module's own location, as when run from source (paths to models/, to packages).
            const url = JSON.stringify(pathToFileURL(args.path).href);
            // (Patterns, not strings: this module is bundled too, and its own text must not match.)
            const contents = text
              .replace(/\bimport\.meta\.url\b/g, url)
              .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(path.dirname(args.path)))
              .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path));
            return { contents, loader };
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

/**
 * What a worker thread runs: the bundle of `entry`, or `bootstrap` (which runs the TypeScript
 * sources through tsx) when no bundle can be made (esbuild missing, a read-only cache folder) or
 * NEWSGRAPH_WORKER_BUNDLE=0 asks for the sources.
 */
export async function workerScript(entry: URL, bootstrap: URL): Promise<URL> {
  if (process.env.NEWSGRAPH_WORKER_BUNDLE === "0") return bootstrap;
  const cached = cachedWorkerScript(entry);
  if (cached) return cached;
  try {
    return pathToFileURL(await bundleModule(fileURLToPath(entry)));
  } catch {
    return bootstrap;
  }
}

/**
 * The current cached bundle of `entry`, found without awaiting anything (undefined when there is
 * none or NEWSGRAPH_WORKER_BUNDLE=0): a thread started from it begins loading at once, even when
 * the caller then runs for a while without awaiting.
 */
export function cachedWorkerScript(entry: URL): URL | undefined {
  if (process.env.NEWSGRAPH_WORKER_BUNDLE === "0") return undefined;
  const cached = reusableBundle(fileURLToPath(entry), defaultBundleDir());
  return cached ? pathToFileURL(cached) : undefined;
}

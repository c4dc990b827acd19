/**
 * Incremental build cache: every article's extraction, keyed by a hash of its text and metadata,
 * as one JSON line of `<out>/.cache/extract-<version>/pack.jsonl` (one file: creating thousands of
 * small files cost ~1.3 s per cold build here; lines are parsed only when asked for). The version
 * folder is named by a fingerprint of PIPELINE_VERSION, the gazetteer data package versions and
 * the extraction source code itself: a forgotten PIPELINE_VERSION bump must not serve stale
 * results. Folders of other versions are removed when a build opens the cache. The pack is written
 * atomically (temp file + rename) after extraction; a line that does not parse or does not carry
 * its own key is a miss, and the entry is written again. */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gazetteerDataVersion } from "../nlp/city-index";
import { PIPELINE_VERSION } from "../pipeline/extract";
import type { Article, ArticleExtraction } from "../pipeline/types";

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Hash of the source files extraction runs: extract-job.ts and everything it imports, transitively
 * (relative imports only; packages are covered by their versions). Merge-stage code (resolve,
 * assemble, layout) is not part of it, so changing that keeps the cache.
 */
function sourceFingerprint(): string {
  const hash = createHash("sha1");
  const seen = new Set<string>();
  const queue = [path.join(srcDir, "parallel", "extract-job.ts")];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let code: string;
    try {
      code = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    hash.update(path.relative(srcDir, file)).update("\0").update(code);
    for (const match of code.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+)"/g)) {
      const target = path.resolve(path.dirname(file), match[1]!);
      // "../models" is a folder: its index.ts.
      const imported = /\.[cm]?[jt]s$/.test(target)
        ? target
        : existsSync(`${target}.ts`)
          ? `${target}.ts`
          : path.join(target, "index.ts");
      queue.push(imported);
    }
  }
  return hash.digest("hex");
}

/** The trained models and learned lexicon extraction reads: a change to any retrains the cache. */
function modelFingerprint(): string {
  const hash = createHash("sha1");
  const dir = path.resolve(srcDir, "..", "models");
  const walk = (folder: string) => {
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!name.endsWith(".md")) hash.update(name).update("\0").update(readFileSync(file));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

const fingerprints = new Map<string, string>();

/**
 * What a cached extraction depends on besides the article: PIPELINE_VERSION, data, code, models.
 * Computed once per process (hashing the code and 6 MB of models each time cost a watching
 * process ~30 ms per rebuild; and a running process keeps running the code it loaded).
 */
export function extractionFingerprint(pipelineVersion = PIPELINE_VERSION, models = true): string {
  const memo = `${pipelineVersion}\n${models}`;
  let fingerprint = fingerprints.get(memo);
  if (fingerprint === undefined) {
    fingerprint = computeFingerprint(pipelineVersion, models);
    fingerprints.set(memo, fingerprint);
  }
  return fingerprint;
}

function computeFingerprint(pipelineVersion: string, models: boolean): string {
  return createHash("sha1")
    .update(
      `${pipelineVersion}\n${gazetteerDataVersion()}\n${sourceFingerprint()}\n${models ? modelFingerprint() : "no-models"}`,
    )
    .digest("hex")
    .slice(0, 16);
}

/** The key of an article: its text and every field extraction may read, but not its id or files. */
export function articleKey(article: Article): string {
  const { id: _id, files: _files, text, ...meta } = article;
  return createHash("sha1").update(JSON.stringify(meta)).update("\n").update(text).digest("hex");
}

interface Entry {
  key: string;
  extraction: ArticleExtraction;
}

export interface CacheStats {
  hits: number;
  misses: number;
  corrupt: number;
  written: number;
}

export interface ExtractionCache {
  readonly dir: string;
  readonly stats: CacheStats;
  /** Whether the previous build stored this key (not parsed: `get` may still find it unusable). */
  has(key: string): boolean;
  /**
   * Keeps a stored entry in the next pack without parsing it (its result came from elsewhere);
   * false when there is no such entry.
   */
  keep(key: string): boolean;
  get(key: string): ArticleExtraction | undefined;
  put(key: string, extraction: ArticleExtraction): void;
  /** Writes the pack (temp file + rename) when anything changed; never rejects. */
  flush(): Promise<void>;
  /** The pack as this build left it, for the next build in the same process (after `flush`). */
  memory(): PackMemory | undefined;
}

/** A pack's lines kept in memory, valid while the file still has the size and time it was left with. */
export interface PackMemory {
  file: string;
  size: number;
  mtimeMs: number;
  /** Each line's bytes, newline included: written again as they are, decoded only when parsed. */
  lines: ReadonlyMap<string, Buffer>;
}

function isExtraction(value: unknown): value is ArticleExtraction {
  if (typeof value !== "object" || value === null) return false;
  const x = value as Record<string, unknown>;
  return (
    typeof x.article === "object" &&
    x.article !== null &&
    ["sentences", "mentions", "entities", "relations", "dropped"].every((k) => Array.isArray(x[k]))
  );
}

const PACK = "pack.jsonl";
/** `{"key":"<40 hex>",` — every line starts so, which lets the pack be indexed without parsing. */
const LINE_HEAD = /^\{"key":"([0-9a-f]{40})",/;
const HEAD_BYTES = 50;
const NEWLINE = 0x0a;

/** The pack's lines (newline included, views into `bytes`), without decoding the whole file. */
function packLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline < 0 ? bytes.length : newline + 1;
    if (end - start > 1) lines.push(bytes.subarray(start, end));
    start = end;
  }
  return lines;
}

/** Whether `cacheRoot` holds a pack for this fingerprint (a build could then find hits in it). */
export function hasExtractionPack(cacheRoot: string, fingerprint = extractionFingerprint()): boolean {
  return existsSync(path.join(cacheRoot, `extract-${fingerprint}`, PACK));
}

export async function openExtractionCache(
  cacheRoot: string,
  fingerprint = extractionFingerprint(),
  previous?: PackMemory,
): Promise<ExtractionCache> {
  const dir = path.join(cacheRoot, `extract-${fingerprint}`);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(cacheRoot)) {
    if (name.startsWith("extract-") && name !== path.basename(dir))
      await rm(path.join(cacheRoot, name), { recursive: true, force: true });
  }
  const stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, written: 0 };
  const packFile = path.join(dir, PACK);
  // The previous build's entries, one JSON line each, indexed by key; parsed only when asked for.
  let stored = new Map<string, Buffer>();
  const unchanged = (memory: PackMemory) => {
    try {
      const info = statSync(memory.file);
      return memory.file === packFile && info.size === memory.size && info.mtimeMs === memory.mtimeMs;
    } catch {
      return false;
    }
  };
  if (previous && unchanged(previous)) stored = new Map(previous.lines);
  else {
    let bytes = Buffer.alloc(0);
    try {
      bytes = readFileSync(packFile);
    } catch {
      // No pack yet: every article is a miss.
    }
    for (const line of packLines(bytes)) {
      const head = LINE_HEAD.exec(line.toString("latin1", 0, HEAD_BYTES));
      // A torn last line (no newline) is left out: it cannot be whole.
      if (head && line[line.length - 1] === NEWLINE) stored.set(head[1]!, line);
      else stats.corrupt++;
    }
  }
  let memory: PackMemory | undefined;
  const remember = (lines: Map<string, Buffer>) => {
    try {
      const info = statSync(packFile);
      memory = { file: packFile, size: info.size, mtimeMs: info.mtimeMs, lines };
    } catch {
      memory = undefined;
    }
  };
  /** The lines the next pack keeps: entries this build used or made, in use order. */
  const kept = new Map<string, Buffer>();
  let changed = stats.corrupt > 0;
  return {
    dir,
    stats,
    has: (key) => stored.has(key),
    keep(key) {
      const line = stored.get(key);
      if (line === undefined) return false;
      kept.set(key, line);
      stats.hits++;
      return true;
    },
    get(key) {
      const line = stored.get(key);
      if (line === undefined) {
        stats.misses++;
        return undefined;
      }
      try {
        const entry = JSON.parse(line.toString("utf8")) as Partial<Entry>;
        if (entry.key === key && isExtraction(entry.extraction)) {
          stats.hits++;
          kept.set(key, line);
          return entry.extraction;
        }
      } catch {
        // Fall through: a torn or foreign line is a miss, and the build writes the entry again.
      }
      stats.corrupt++;
      stats.misses++;
      changed = true;
      return undefined;
    },
    put(key, extraction) {
      kept.set(key, Buffer.from(`${JSON.stringify({ key, extraction } satisfies Entry)}\n`));
      stats.written++;
      changed = true;
    },
    async flush() {
      // Entries of texts no longer in the input are dropped: the pack mirrors the last build.
      if (!changed && kept.size === stored.size) {
        remember(stored);
        return;
      }
      const temp = `${packFile}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
      try {
        // With the thread pool: the build's merge and outputs go on meanwhile (see build.ts).
        // The lines' bytes as they are: no string of the whole pack, no re-encoding (a rebuild in
        // a watching process rewrote 14 MB of strings for one changed line).
        await writeFile(temp, Buffer.concat([...kept.values()]));
        await rename(temp, packFile);
        remember(kept);
      } catch {
        // A cache that cannot be written only costs the next build time.
        await rm(temp, { force: true });
      }
    },
    memory: () => memory,
  };
}

/**
 * Incremental build cache: one file per article extraction under `<out>/.cache/extract-<version>/`,
 * keyed by a hash of the article's text and metadata. The version folder is named by a fingerprint
 * of PIPELINE_VERSION, the gazetteer data package versions and the extraction source code itself:
 * a forgotten PIPELINE_VERSION bump must not serve stale results. Folders of other versions are
 * removed when a build opens the cache. Entries are written atomically (temp file + rename); an
 * entry that does not parse or does not carry its own key is treated as a miss and rewritten.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
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
      queue.push(/\.[cm]?[jt]s$/.test(target) ? target : `${target}.ts`);
    }
  }
  return hash.digest("hex");
}

/** What a cached extraction depends on besides the article: PIPELINE_VERSION, data, code. */
export function extractionFingerprint(pipelineVersion = PIPELINE_VERSION): string {
  return createHash("sha1")
    .update(`${pipelineVersion}\n${gazetteerDataVersion()}\n${sourceFingerprint()}`)
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
  get(key: string): ArticleExtraction | undefined;
  /** Writes in the background; `flush()` waits for every write. */
  put(key: string, extraction: ArticleExtraction): void;
  flush(): Promise<void>;
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

export async function openExtractionCache(
  cacheRoot: string,
  fingerprint = extractionFingerprint(),
): Promise<ExtractionCache> {
  const dir = path.join(cacheRoot, `extract-${fingerprint}`);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(cacheRoot)) {
    if (name.startsWith("extract-") && name !== path.basename(dir))
      await rm(path.join(cacheRoot, name), { recursive: true, force: true });
  }
  const stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, written: 0 };
  const writes: Promise<void>[] = [];
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  return {
    dir,
    stats,
    get(key) {
      let text: string;
      try {
        text = readFileSync(fileOf(key), "utf8");
      } catch {
        stats.misses++;
        return undefined;
      }
      try {
        const entry = JSON.parse(text) as Partial<Entry>;
        if (entry.key === key && isExtraction(entry.extraction)) {
          stats.hits++;
          return entry.extraction;
        }
      } catch {
        // Fall through: a torn or foreign file is a miss, and the build rewrites it.
      }
      stats.corrupt++;
      stats.misses++;
      return undefined;
    },
    put(key, extraction) {
      const file = fileOf(key);
      const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
      writes.push(
        writeFile(temp, JSON.stringify({ key, extraction } satisfies Entry))
          .then(() => rename(temp, file))
          .then(() => {
            stats.written++;
          })
          .catch(async () => {
            // A cache that cannot be written only costs the next build time.
            await rm(temp, { force: true });
          }),
      );
    },
    async flush() {
      await Promise.all(writes.splice(0));
    },
  };
}

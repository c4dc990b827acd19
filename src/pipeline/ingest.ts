/**
 * Ingest: read a folder of articles into `Article`s. Identical texts are read once and keep every
 * file name, so provenance still names both files. Problems are reported per file, never thrown
 * for one bad file, so the build can go past it unless the caller is strict.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Article } from "./types";

export interface IngestProblem {
  file: string;
  severity: "warning" | "error";
  message: string;
}

export interface IngestResult {
  articles: Article[];
  problems: IngestProblem[];
}

export class InputError extends Error {}

const TEXT_EXTENSIONS = new Set([".txt", ".md"]);

/** Article id: the file name without extension; stable across runs so cache keys and URLs hold. */
export function articleIdFromFile(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}

export async function readArticles(dir: string): Promise<IngestResult> {
  let entries: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new InputError(`${dir}: not a folder`);
    entries = (await readdir(dir)).sort();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${dir}: cannot read the input folder (${(error as Error).message})`);
  }
  const problems: IngestProblem[] = [];
  const byHash = new Map<string, Article>();
  for (const name of entries) {
    if (name.startsWith(".")) continue;
    const ext = path.extname(name).toLowerCase();
    if (!TEXT_EXTENSIONS.has(ext)) {
      problems.push({ file: name, severity: "warning", message: `skipped: unsupported file type "${ext}"` });
      continue;
    }
    const text = (await readFile(path.join(dir, name), "utf8"))
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n");
    if (text.trim() === "") {
      problems.push({ file: name, severity: "warning", message: "skipped: the file is empty" });
      continue;
    }
    const hash = createHash("sha1").update(text).digest("hex");
    const seen = byHash.get(hash);
    if (seen) {
      seen.files.push(name);
      problems.push({
        file: name,
        severity: "warning",
        message: `duplicate of ${seen.files[0]}: counted once`,
      });
      continue;
    }
    byHash.set(hash, { id: articleIdFromFile(name), files: [name], text });
  }
  if (byHash.size === 0) throw new InputError(`${dir}: no readable articles in the input folder`);
  return { articles: [...byHash.values()], problems };
}

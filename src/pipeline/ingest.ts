/**
 * Ingest: read a folder of articles (.txt, .md, .html/.htm, .jsonl) into `Article`s. Bytes are
 * sniffed (binary files skipped), decoded (BOMs, UTF-8, UTF-16, legacy encodings) and normalised;
 * identical texts are read once and keep every file name, so provenance still names both files.
 * Problems are reported per file (one line each), never thrown for one bad file, so the build goes
 * past it, unless the caller is strict: then the first skipped file throws an `InputError`.
 */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { decodeBytes, decodeCharacterReferences, normaliseText } from "../ingest/decode";
import { declaredCharset, extractHtml } from "../ingest/html";
import { parseJsonl } from "../ingest/jsonl";
import { parseMarkdown } from "../ingest/markdown";
import { DEFAULT_MAX_FILE_BYTES, readInputFile } from "../ingest/read-file";
import { binaryReason } from "../ingest/sniff";
import type { Article } from "./types";

export { DEFAULT_MAX_FILE_BYTES } from "../ingest/read-file";

export interface IngestProblem {
  /** File name relative to the input folder; `name.jsonl:12` for one line of a JSON Lines file. */
  file: string;
  /** `error`: the file could not be used at all; `warning`: skipped harmlessly or read with a note. */
  severity: "warning" | "error";
  /** One line: what happened and why. */
  message: string;
  /** True when content was left out (the file, or a line of it): the build is then partial (exit 2). */
  skipped: boolean;
}

export interface IngestResult {
  articles: Article[];
  problems: IngestProblem[];
}

export interface IngestOptions {
  /** Throw an `InputError` on the first file (or JSON line) that has to be skipped. */
  strict?: boolean;
  /** Files larger than this are skipped unread; default `DEFAULT_MAX_FILE_BYTES` (20 MiB). */
  maxFileBytes?: number;
  /**
   * What earlier reads in this process made of each single-article file (watch mode): a file with
   * the same size and modification time is not read and decoded again. Updated by the read.
   */
  memo?: Map<string, ReadMemo>;
}

/** One single-article file as last read: its stat and what it yielded. */
export interface ReadMemo {
  size: number;
  mtimeMs: number;
  notes: string[];
  extracted: Extracted;
}

/** The input cannot be used: missing or empty folder, nothing readable, or a bad file under `strict`. */
export class InputError extends Error {
  readonly file: string | undefined;
  /** Problems found before giving up, so a caller can still print them. */
  readonly problems: IngestProblem[];
  constructor(message: string, file?: string, problems: IngestProblem[] = []) {
    super(message);
    this.name = "InputError";
    this.file = file;
    this.problems = problems;
  }
}

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"] as const;
const SUPPORTED = new Set<string>(SUPPORTED_EXTENSIONS);

/** Article id: the file name without extension; stable across runs so cache keys and URLs hold. */
export function articleIdFromFile(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}

/** `file: message` on one line, whatever the file name or message contains. */
export function formatProblem(problem: IngestProblem): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: file names may hold control characters.
  const file = /[\u0000-\u001F\u007F]/.test(problem.file) ? JSON.stringify(problem.file) : problem.file;
  return `${problem.severity}: ${file}: ${problem.message.replace(/\s+/g, " ")}`;
}

/** True when some file or line was left out, i.e. a build from this input is partial (exit code 2). */
export function hasSkippedInput(problems: readonly IngestProblem[]): boolean {
  return problems.some((problem) => problem.skipped);
}

export interface Extracted {
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

class Collector {
  readonly problems: IngestProblem[] = [];
  private readonly byHash = new Map<string, Article>();
  private readonly usedIds = new Set<string>();

  constructor(private readonly strict: boolean) {}

  report(file: string, severity: IngestProblem["severity"], message: string, skipped: boolean): void {
    const problem: IngestProblem = { file, severity, message: message.replace(/\s+/g, " ").trim(), skipped };
    if (skipped && this.strict) {
      // The message names the file; `problems` holds only the earlier ones, so nothing prints twice.
      const name = formatProblem(problem).replace(/^\w+: /, "");
      throw new InputError(`${name} (strict mode: nothing built)`, file, [...this.problems]);
    }
    this.problems.push(problem);
  }

  /** Adds an article unless the same text was seen; the id is made unique with the given fallbacks. */
  add(file: string, ids: string[], extracted: Extracted): void {
    const hash = createHash("sha256").update(extracted.text).digest("hex");
    const seen = this.byHash.get(hash);
    if (seen) {
      seen.files.push(file);
      seen.title ??= extracted.title;
      seen.date ??= extracted.date;
      seen.url ??= extracted.url;
      this.report(
        file,
        "warning",
        `same text as ${seen.files[0]}: counted once (article "${seen.id}")`,
        false,
      );
      return;
    }
    let id = ids.find((candidate) => !this.usedIds.has(candidate));
    for (let n = 2; id === undefined; n++) {
      const candidate = `${ids[ids.length - 1]}~${n}`;
      if (!this.usedIds.has(candidate)) id = candidate;
    }
    if (id !== ids[0])
      this.report(file, "warning", `article id "${ids[0]}" is already taken: using "${id}"`, false);
    this.usedIds.add(id);
    const article: Article = { id, files: [file], text: extracted.text };
    if (extracted.title) article.title = extracted.title;
    if (extracted.date) article.date = extracted.date;
    if (extracted.url) article.url = extracted.url;
    this.byHash.set(hash, article);
  }

  get articles(): Article[] {
    return [...this.byHash.values()];
  }
}

async function ingestFile(
  dir: string,
  name: string,
  maxBytes: number,
  out: Collector,
  memo?: Map<string, ReadMemo>,
): Promise<void> {
  const ext = path.extname(name).toLowerCase();
  const full = path.join(dir, name);
  const base = articleIdFromFile(name);
  let seen: { size: number; mtimeMs: number } | undefined;
  if (memo && ext !== ".jsonl") {
    try {
      const info = statSync(full);
      seen = { size: info.size, mtimeMs: info.mtimeMs };
    } catch {
      // Read below, which reports why it cannot be.
    }
    const known = memo.get(name);
    memo.delete(name);
    if (seen && known && known.size === seen.size && known.mtimeMs === seen.mtimeMs) {
      if (known.notes.length > 0) out.report(name, "warning", known.notes.join("; "), false);
      memo.set(name, known);
      out.add(name, [base, name], known.extracted);
      return;
    }
  }
  if (!SUPPORTED.has(ext)) {
    const isFolder = await stat(full).then(
      (info) => info.isDirectory(),
      () => false,
    );
    const why = isFolder ? "a folder (sub-folders are not read)" : `unsupported file type "${ext || name}"`;
    out.report(name, "warning", `skipped: ${why}`, true);
    return;
  }
  const read = readInputFile(full, maxBytes);
  if (!read.ok) {
    out.report(name, "error", `skipped: ${read.reason}`, true);
    return;
  }
  if (read.bytes.length === 0) {
    out.report(name, "warning", "skipped: the file is empty", true);
    return;
  }
  const binary = binaryReason(read.bytes);
  if (binary) {
    out.report(name, "error", `skipped: binary file (${binary}), not text`, true);
    return;
  }
  const isHtml = ext === ".html" || ext === ".htm";
  const decoded = decodeBytes(read.bytes, isHtml ? declaredCharset(read.bytes) : undefined);
  const notes: string[] = [];
  if (decoded.guessed) notes.push(`not UTF-8: read as ${decoded.encoding} (guessed)`);
  if (decoded.removedControls > 0) notes.push(`removed ${decoded.removedControls} NUL/control characters`);
  if (notes.length > 0) out.report(name, "warning", notes.join("; "), false);

  if (ext === ".jsonl") {
    const { records, problems } = parseJsonl(decoded.text);
    for (const problem of problems) out.report(`${name}:${problem.line}`, "warning", problem.message, true);
    if (records.length === 0 && problems.length === 0)
      out.report(name, "warning", "skipped: no articles in the file", true);
    for (const record of records) {
      const { line, id, ...extracted } = record;
      // JSON escapes can still carry CR, NUL and other controls into the text.
      const text = normaliseText(extracted.text).text;
      if (text.trim() === "") {
        out.report(
          `${name}:${line}`,
          "warning",
          "skipped: no text left after removing control characters",
          true,
        );
        continue;
      }
      const ids = id === undefined ? [`${base}:${line}`] : [id, `${base}:${id}`];
      if (id === undefined)
        out.report(`${name}:${line}`, "warning", `no "id": using "${base}:${line}"`, false);
      out.add(`${name}:${line}`, ids, { ...extracted, text });
    }
    return;
  }
  const extracted: Extracted = isHtml
    ? extractHtml(decoded.text)
    : ext === ".txt"
      ? { text: decodeCharacterReferences(decoded.text) }
      : markdownText(decoded.text);
  if (extracted.text.trim() === "") {
    out.report(name, "warning", isHtml ? "skipped: no text in the page" : "skipped: only whitespace", true);
    return;
  }
  if (memo && seen) memo.set(name, { ...seen, notes, extracted });
  out.add(name, [base, name], extracted);
}

/** A Markdown file's text and metadata, its character references decoded after the markup is read. */
function markdownText(raw: string): Extracted {
  const parsed = parseMarkdown(raw);
  const extracted: Extracted = { ...parsed, text: decodeCharacterReferences(parsed.text) };
  if (parsed.title) extracted.title = decodeCharacterReferences(parsed.title);
  return extracted;
}

export async function readArticles(dir: string, options: IngestOptions = {}): Promise<IngestResult> {
  let entries: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new InputError(`${dir}: the input path is not a folder`);
    entries = (await readdir(dir)).filter((name) => !name.startsWith("."));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "the input folder does not exist" : (error as Error).message;
    throw new InputError(`${dir}: cannot read the input folder (${why})`);
  }
  // Code-unit order, not locale order: ids and duplicate choices must not depend on the machine.
  entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) {
    throw new InputError(
      `${dir}: the input folder is empty (expected ${SUPPORTED_EXTENSIONS.join(", ")} files)`,
    );
  }
  const out = new Collector(options.strict ?? false);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Files gone from the folder are forgotten.
  if (options.memo) {
    const present = new Set(entries);
    for (const name of options.memo.keys()) if (!present.has(name)) options.memo.delete(name);
  }
  for (const name of entries) await ingestFile(dir, name, maxBytes, out, options.memo);
  const articles = out.articles;
  if (articles.length === 0) {
    const skipped = out.problems.filter((problem) => problem.skipped).length;
    throw new InputError(
      `${dir}: no readable articles in the input folder (${skipped} file(s) or line(s) skipped)`,
      undefined,
      out.problems,
    );
  }
  return { articles, problems: out.problems };
}

/**
 * Writes files so that readers only ever see the old or the new content: write a temp file in
 * the same folder, flush it, then rename over the target (rename is atomic on one file system).
 *
 * `writeOutputsAtomic` does this for a whole build's outputs in two phases: every temp file is
 * written and flushed first, and only when all succeeded are they renamed into place. A build that
 * fails or is killed before the renames leaves every previous output untouched; temp files a killed
 * process left behind are removed by the next run.
 */
import { randomBytes } from "node:crypto";
import { type FileHandle, mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

const TEMP_PATTERN = /^(.+)\.tmp-(\d+)-[0-9a-f]{8}$/;

function tempNameFor(target: string): string {
  return `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/** Pieces of bytes written in order with gathered writes, without first copying them into one. */
export interface BufferList {
  buffers: readonly Uint8Array[];
}

/**
 * What an output can be: a string, bytes, chunks (e.g. a generator) written one after another, or
 * a list of byte pieces.
 */
export type OutputContent = string | Uint8Array | Iterable<string> | BufferList;

/** Buffers per gathered write (IOV_MAX on Linux and macOS). */
const WRITEV_BATCH = 1024;

async function writeAndSync(file: string, content: OutputContent): Promise<void> {
  const handle = await open(file, "w");
  try {
    if (typeof content === "string" || content instanceof Uint8Array) await handle.writeFile(content);
    else if ("buffers" in content) {
      const { buffers } = content;
      for (let i = 0; i < buffers.length; i += WRITEV_BATCH)
        await writeAll(handle, buffers.slice(i, i + WRITEV_BATCH));
    } else for (const chunk of content) await handle.write(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** One gathered write, continued where the system wrote less than asked. */
async function writeAll(handle: FileHandle, buffers: Uint8Array[]): Promise<void> {
  let rest = buffers;
  let left = rest.reduce((sum, b) => sum + b.byteLength, 0);
  while (left > 0) {
    const { bytesWritten } = await handle.writev(rest);
    left -= bytesWritten;
    if (left === 0) return;
    let skip = bytesWritten;
    let i = 0;
    while (skip >= rest[i]!.byteLength) skip -= rest[i++]!.byteLength;
    rest = [rest[i]!.subarray(skip), ...rest.slice(i + 1)];
  }
}

export async function writeFileAtomic(target: string, content: OutputContent): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = tempNameFor(target);
  try {
    await writeAndSync(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export interface WriteOutputsOptions {
  /** Test hook: runs after every temp file is written and flushed, before any rename. */
  beforeRename?: (temps: readonly string[]) => Promise<void> | void;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes `<name>.tmp-<pid>-<hex>` files next to the targets whose writer process is gone. */
export async function removeStaleTemps(folder: string, names: ReadonlySet<string>): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const match = TEMP_PATTERN.exec(entry);
    if (!match || !names.has(match[1]!) || isAlive(Number(match[2]))) continue;
    await rm(path.join(folder, entry), { force: true });
    removed.push(entry);
  }
  return removed;
}

function resolveTarget(outDir: string, relative: string): string {
  const target = path.resolve(outDir, relative);
  const root = path.resolve(outDir);
  if (path.isAbsolute(relative) || !target.startsWith(root + path.sep)) {
    throw new Error(`output path "${relative}" is outside the output folder`);
  }
  return target;
}

/**
 * Writes `files` (`{relative path: content}`) under `outDir` all-or-nothing as far as the file
 * system allows: all temp files first, then the renames. If anything fails before the renames, the
 * temp files are removed, the previous outputs are untouched and the error is thrown. Each target
 * is always whole (old or new); only a crash in the middle of the renames (microseconds) can leave
 * some targets new and some old.
 */
export async function writeOutputsAtomic(
  outDir: string,
  files: Readonly<Record<string, OutputContent>>,
  options: WriteOutputsOptions = {},
): Promise<string[]> {
  const plan = Object.entries(files).map(([relative, content]) => ({
    target: resolveTarget(outDir, relative),
    content,
  }));
  const byFolder = new Map<string, Set<string>>();
  for (const { target } of plan) {
    const folder = path.dirname(target);
    const names = byFolder.get(folder) ?? new Set<string>();
    names.add(path.basename(target));
    byFolder.set(folder, names);
  }
  for (const [folder, names] of byFolder) {
    await mkdir(folder, { recursive: true });
    await removeStaleTemps(folder, names);
  }
  // A target that is a folder would fail its rename half way through the set: refuse up front.
  for (const { target } of plan) {
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) throw new Error(`cannot write ${target}: a folder is in the way`);
  }
  const temps = plan.map(({ target }) => tempNameFor(target));
  try {
    // All at once: while one file's bytes and fsync are with the thread pool, the next file's
    // chunks (the GEXF generator) are made on this thread. Every write settles before cleanup.
    const written = await Promise.allSettled(plan.map(({ content }, i) => writeAndSync(temps[i]!, content)));
    const failed = written.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    await options.beforeRename?.(temps);
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    throw error;
  }
  for (let i = 0; i < plan.length; i++) await rename(temps[i]!, plan[i]!.target);
  for (const folder of byFolder.keys()) await syncFolder(folder);
  return plan.map(({ target }) => target);
}

/** Flushes the folder entry so the renames survive a power cut (best effort: not every OS allows it). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Opening or syncing a folder is not supported everywhere (e.g. Windows); the data is synced.
  }
}

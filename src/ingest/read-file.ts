/**
 * Reads one input file defensively: it must be a regular file (a FIFO would block, a folder cannot
 * be read), and its size is checked before any byte is read, so a huge file costs nothing.
 * Synchronous on purpose: a folder of thousands of small articles read with promise-based calls
 * spent most of its time waiting for five thread-pool round trips per file (0.6 s for 2,225
 * files here, against under 0.1 s this way); nothing else runs on this thread meanwhile.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";

/** Files over this size are skipped with a warning (20 MiB: far above any news article). */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadOutcome = { ok: true; bytes: Buffer } | { ok: false; reason: string };

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "cannot read: the file does not exist (a dangling link?)";
    case "EACCES":
    case "EPERM":
      return "cannot read: permission denied";
    case "ELOOP":
      return "cannot read: symbolic link loop";
    default:
      return `cannot read: ${(error as Error).message}`;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`;
}

export function readInputFile(file: string, maxBytes: number): ReadOutcome {
  try {
    const info = statSync(file);
    if (info.isDirectory()) return { ok: false, reason: "cannot read: it is a folder, not a file" };
    if (!info.isFile()) return { ok: false, reason: "cannot read: not a regular file" };
    if (info.size > maxBytes) {
      return {
        ok: false,
        reason: `too large: ${formatBytes(info.size)} is over the ${formatBytes(maxBytes)} limit`,
      };
    }
    const fd = openSync(file, "r");
    try {
      // Checked again on the open handle: the file may have changed since the stat above.
      const size = fstatSync(fd).size;
      if (size > maxBytes) {
        return {
          ok: false,
          reason: `too large: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit`,
        };
      }
      const buffer = Buffer.alloc(size);
      let offset = 0;
      while (offset < size) {
        const bytesRead = readSync(fd, buffer, offset, size - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      return { ok: true, bytes: buffer.subarray(0, offset) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, reason: describe(error) };
  }
}

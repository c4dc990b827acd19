/** Temp-folder helpers for the reliability tests: every fixture is generated, none is checked in. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function makeTempDir(prefix = "newsgraph-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Root reads files whatever their mode, so chmod 000 proves nothing there. */
export const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0;

const LONG_TEXT = "Officials in Riga said the bridge over the Daugava was repaired. ".repeat(12);

export function longText(seed = ""): string {
  return `${seed}${LONG_TEXT}`;
}

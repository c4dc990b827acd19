/**
 * Access to ../shared (gold, schemas, corpora) beside the clone. Tests that need it skip with a
 * message when it is absent, unless CI is set: then its absence is a failure.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** `../shared` beside the clone; NEWSGRAPH_SHARED points elsewhere (e.g. from a git worktree). */
export const sharedDir = path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(repoRoot, "../shared"));

export function sharedPath(...parts: string[]): string {
  return path.join(sharedDir, ...parts);
}

/** True when the shared file exists; otherwise says what is missing, and throws under CI. */
export function hasShared(...parts: string[]): boolean {
  const file = sharedPath(...parts);
  if (existsSync(file)) return true;
  const message = `${file} is missing: tests that need ../shared/${parts.join("/")} are skipped`;
  if (process.env.CI) throw new Error(`${message} (CI is set, so this is a failure)`);
  process.stderr.write(`${message}\n`);
  return false;
}

export function hasCommand(command: string): boolean {
  return existsSync(command);
}

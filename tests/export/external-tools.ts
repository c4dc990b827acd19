/**
 * The outside tools export tests check against: the GEXF schemas in `../shared` (beside the repo;
 * for a git worktree under a sub-folder, also `../../shared`, or `$NEWSGRAPH_SHARED`), xmllint, and
 * Debian's /usr/bin/python3 with NetworkX and igraph (not a pyenv python on PATH). When one is
 * missing the test says what and skips, except under CI, where it fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const SYSTEM_PYTHON = "/usr/bin/python3";

function sharedCandidates(): string[] {
  const fromEnv = process.env.NEWSGRAPH_SHARED;
  return [
    ...(fromEnv ? [fromEnv] : []),
    path.join(ROOT, "..", "shared"),
    path.join(ROOT, "..", "..", "shared"),
  ];
}

export function gexfSchema(): string | undefined {
  for (const shared of sharedCandidates()) {
    const rng = path.join(shared, "schemas", "gexf-1.3", "gexf.rng");
    if (existsSync(rng)) return rng;
  }
  return undefined;
}

export function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: "utf8" });
  return result.status === 0;
}

export function hasPythonModule(module: string): boolean {
  return existsSync(SYSTEM_PYTHON) && hasCommand(SYSTEM_PYTHON, ["-c", `import ${module}`]);
}

/**
 * Whether a test needing `what` should run: true when it is there. When it is missing, prints why
 * and returns false (skip), but throws under CI so a missing tool cannot pass silently.
 */
export function available(present: boolean, what: string): boolean {
  if (present) return true;
  const message = `missing ${what}`;
  if (process.env.CI) throw new Error(`${message} (required under CI)`);
  process.stdout.write(`skipping: ${message}\n`);
  return false;
}

/** Runs a Python snippet on Debian's python3 with `input` on stdin; returns its parsed JSON stdout. */
export function runPython(code: string, input: string): unknown {
  const result = spawnSync(SYSTEM_PYTHON, ["-c", code], {
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

export function xmllint(args: string[], input: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", [...args, "-"], {
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/**
 * The build's exit codes, one meaning each, so scripts and CI can tell a partial build from a
 * failed one: 0 built with nothing skipped; 1 nothing built (bad input, bad flags, a write
 * failure; the previous outputs are left as they were); 2 built, but some input was skipped.
 */
import { hasSkippedInput, type IngestProblem } from "../pipeline/ingest";

export const EXIT_BUILT = 0;
export const EXIT_FAILED = 1;
export const EXIT_PARTIAL = 2;

export type ExitCode = typeof EXIT_BUILT | typeof EXIT_FAILED | typeof EXIT_PARTIAL;

/** Exit code of a build that wrote its outputs: duplicates and encoding notes do not count. */
export function exitCodeForBuild(problems: readonly IngestProblem[]): ExitCode {
  return hasSkippedInput(problems) ? EXIT_PARTIAL : EXIT_BUILT;
}

/**
 * V8 compiler settings for a batch of extraction on worker threads.
 *
 * Each worker is a fresh V8 isolate that compiles the whole pipeline again with TurboFan. With
 * V8's defaults a cold BBC build (2,225 articles) spent ~8.8 s of its ~21 s CPU compiling: large
 * once-per-article functions (local resolution, name typing, relation rules) were optimised, then
 * deoptimised by a new object shape and optimised again, three to eight times each, for less run
 * time than one compilation costs. A larger interrupt budget optimises only what stays hot, and a
 * smaller inlining budget keeps each optimised function small: compilation fell to ~1.6 s CPU and
 * the cold build by 12–14% (measured A/B in docs/PERFORMANCE.md, session 5). Outputs do not
 * change: these flags only choose what to compile and when.
 *
 * V8 flags are process-wide: while the pool runs they apply to the main thread too (it only reads
 * and merges then); the defaults come back when the pool closes. Set NEWSGRAPH_JIT_TUNING=0 to keep
 * V8's defaults throughout.
 */
import { setFlagsFromString } from "node:v8";

/**
 * Flag → value for batch extraction: the bytecode budget before V8 considers a function hot, and
 * the total bytecode TurboFan may inline into one function.
 */
const BATCH_VALUES = { "interrupt-budget": 800_000, "max-inlined-bytecode-size-cumulative": 200 };
/** V8's defaults for the same flags (Node 20), restored when the batch ends. */
export const V8_DEFAULTS: typeof BATCH_VALUES = {
  "interrupt-budget": 67_584,
  "max-inlined-bytecode-size-cumulative": 920,
};

function asFlags(values: typeof BATCH_VALUES): string[] {
  return Object.entries(values).map(([name, value]) => `--${name}=${value}`);
}

export function batchJitFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  return env.NEWSGRAPH_JIT_TUNING === "0" ? [] : asFlags(BATCH_VALUES);
}

/** Pools using the batch settings now: the defaults come back when the last one ends. */
let holders = 0;

/**
 * Applies the batch settings while a pool of extraction workers runs; the returned function
 * restores V8's defaults once no pool needs them, so a watching process's later in-process
 * rebuilds (merge, layout, writing: code run once per build) are optimised as usual.
 */
export function tuneJitForBatch(env: NodeJS.ProcessEnv = process.env): () => void {
  const flags = batchJitFlags(env);
  if (flags.length === 0) return () => {};
  if (holders++ === 0) for (const flag of flags) setFlagsFromString(flag);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) for (const flag of asFlags(V8_DEFAULTS)) setFlagsFromString(flag);
  };
}

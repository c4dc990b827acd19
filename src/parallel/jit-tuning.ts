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
 * V8 flags are process-wide, so this applies to the main thread as well (merge, layout, writing:
 * no measurable change). Set NEWSGRAPH_JIT_TUNING=0 to keep V8's defaults.
 */
import { setFlagsFromString } from "node:v8";

/** Bytecode budget before V8 considers a function hot (default 67,584). */
const INTERRUPT_BUDGET = 800_000;
/** Total bytecode TurboFan may inline into one function (default 920). */
const INLINED_BYTECODE_CUMULATIVE = 200;

export function batchJitFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NEWSGRAPH_JIT_TUNING === "0") return [];
  return [
    `--interrupt-budget=${INTERRUPT_BUDGET}`,
    `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`,
  ];
}

let applied = false;

/** Applies the flags once per process, before worker isolates are created; returns those applied. */
export function tuneJitForBatch(env: NodeJS.ProcessEnv = process.env): string[] {
  if (applied) return [];
  const flags = batchJitFlags(env);
  for (const flag of flags) setFlagsFromString(flag);
  applied = flags.length > 0;
  return flags;
}

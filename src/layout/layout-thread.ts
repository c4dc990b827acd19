/**
 * A thread for the layout, so a large build lays its graph out while the main thread renders the
 * parts of the outputs that do not depend on positions (src/export/before-positions.ts). Started
 * before the merge: loading its code then overlaps the merge, which leaves the other core idle.
 */
import { Worker } from "node:worker_threads";
import { cachedWorkerScript, workerScript } from "../parallel/worker-bundle";
import type { LayoutJob } from "../pipeline/layout";

type Reply = { kind: "done"; xy: Float64Array } | { kind: "failed"; message: string };

export interface LayoutThread {
  /**
   * The job's positions (as `computePositions` gives them). The job is posted before this returns
   * when the thread is up, so the caller may go on with other work at once. One job at a time.
   */
  positions(job: LayoutJob): Promise<Float64Array>;
  close(): Promise<void>;
}

const ENTRY = new URL("./layout-worker.ts", import.meta.url);
const SOURCE_BOOTSTRAP = new URL("./layout-worker.mjs", import.meta.url);

function post(thread: Worker, job: LayoutJob): Promise<Float64Array> {
  return new Promise<Float64Array>((resolve, reject) => {
    const fail = (error: Error) => {
      thread.off("message", answer);
      reject(error);
    };
    const answer = (reply: Reply) => {
      thread.off("error", fail);
      if (reply.kind === "done") resolve(reply.xy);
      else reject(new Error(`layout failed in its thread: ${reply.message}`));
    };
    thread.once("message", answer);
    thread.once("error", fail);
    // Copies of the arrays go: the caller keeps its own.
    thread.postMessage(job);
  });
}

export function startLayoutThread(): LayoutThread {
  // Created now when the bundle is cached: a `.then` would run only at the caller's next await,
  // after the merge.
  const cached = cachedWorkerScript(ENTRY);
  let ready = cached ? new Worker(cached, { execArgv: [] }) : undefined;
  const thread = ready
    ? Promise.resolve(ready)
    : workerScript(ENTRY, SOURCE_BOOTSTRAP).then((script) => {
        ready = new Worker(script, { execArgv: [] });
        return ready;
      });
  let closed = false;
  return {
    positions(job) {
      if (closed) return Promise.reject(new Error("the layout thread is closed"));
      return ready ? post(ready, job) : thread.then((worker) => post(worker, job));
    },
    async close() {
      closed = true;
      await (await thread).terminate();
    },
  };
}

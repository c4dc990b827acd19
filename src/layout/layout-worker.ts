/**
 * Worker thread body: computes the positions of the layout jobs it is posted and posts them back
 * (the buffer transferred, not copied). It warms up first (see `warmUpLayout`): a large build
 * starts the thread with its extraction workers, and the job comes only after the merge.
 */
import { parentPort } from "node:worker_threads";
import { computePositions, type LayoutJob, warmUpLayout } from "../pipeline/layout";

const port = parentPort;
if (!port) throw new Error("layout-worker.ts must run in a worker thread");

warmUpLayout();

port.on("message", (job: LayoutJob) => {
  try {
    const xy = computePositions(job);
    port.postMessage({ kind: "done", xy }, [xy.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({
      kind: "failed",
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});

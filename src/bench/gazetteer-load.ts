/** Times the gazetteer load in a fresh worker thread, with the prebuilt city index or without. */
import { Worker } from "node:worker_threads";

export async function timeGazetteerLoad(indexDir?: string): Promise<number> {
  const env = { ...process.env, ...(indexDir ? { NEWSGRAPH_GAZETTEER_CACHE: indexDir } : {}) };
  const worker = new Worker(new URL("./gazetteer-load-worker.mjs", import.meta.url), { execArgv: [], env });
  try {
    const [message] = (await new Promise((resolve, reject) => {
      worker.once("message", (m) => resolve([m]));
      worker.once("error", reject);
    })) as [{ seconds: number }];
    return message.seconds;
  } finally {
    await worker.terminate();
  }
}

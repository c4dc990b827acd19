/** Times the gazetteer load in a fresh worker thread, with the prebuilt city index or without. */
import { Worker } from "node:worker_threads";

export interface GazetteerLoad {
  /** Seconds to import the module (tsx transform, world-countries). */
  module: number;
  /** Seconds for the first gazetteer() call: countries, regions and the city index. */
  index: number;
  /** Seconds the former eager build spent on the cities alone (parse, 148k Places in a Map). */
  eagerCities?: number;
}

export async function timeGazetteerLoad(
  options: { indexDir?: string; eager?: boolean } = {},
): Promise<GazetteerLoad> {
  const env = {
    ...process.env,
    ...(options.indexDir ? { NEWSGRAPH_GAZETTEER_CACHE: options.indexDir } : {}),
  };
  const worker = new Worker(new URL("./gazetteer-load-worker.mjs", import.meta.url), {
    execArgv: [],
    env,
    workerData: { eager: options.eager === true },
  });
  try {
    return await new Promise<GazetteerLoad>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  } finally {
    await worker.terminate();
  }
}

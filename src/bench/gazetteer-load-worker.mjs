// Bench helper: time a worker's first gazetteer() (module load + index), as an extraction worker
// pays it. NEWSGRAPH_GAZETTEER_CACHE in the worker's env picks the index folder (empty: rebuilt).
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const started = performance.now();
const { gazetteer } = await import("../nlp/gazetteer.ts");
gazetteer().places("London");
parentPort.postMessage({ seconds: (performance.now() - started) / 1000 });

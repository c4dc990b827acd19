/**
 * Worker thread body: extracts the articles the pool posts, one message each, and posts the
 * ArticleExtraction (plain JSON, structured-cloned) or the error back with the job id.
 */
import { parentPort, workerData } from "node:worker_threads";
import { adoptSharedModelTables, warmUpModels } from "../models";
import { gazetteer } from "../nlp/gazetteer";
import { extractWithDate } from "./extract-job";
import type { WorkerReply, WorkerRequest, WorkerStart } from "./protocol";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts must run in a worker thread");

const { options, tables } = workerData as WorkerStart;
adoptSharedModelTables(tables);

// Load the gazetteer and the models now, while the main thread is still reading the input.
gazetteer();
if (options.models !== false) warmUpModels();

port.on("message", (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { kind: "done", id: request.id, extraction: extractWithDate(request.article, options) };
  } catch (error) {
    reply = {
      kind: "failed",
      id: request.id,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  port.postMessage(reply);
});

/**
 * Runs extraction jobs either in this thread or on worker threads (node:worker_threads; one per
 * core). Callers submit one article at a time and await `capacity()` before reading the next, so
 * only a few texts are in flight at once. Results resolve per job; order is the caller's concern.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type SharedModelFile, shareModelTables } from "../models";
import { cityIndexFile } from "../nlp/city-index";
import { gazetteer } from "../nlp/gazetteer";
import type { ExtractOptions } from "../pipeline/extract";
import type { Article, ArticleExtraction } from "../pipeline/types";
import { extractWithDate } from "./extract-job";
import { tuneJitForBatch } from "./jit-tuning";
import type { WorkerReply, WorkerRequest, WorkerStart } from "./protocol";
import { workerScript } from "./worker-bundle";

export interface ExtractPool {
  readonly threads: number;
  extract(article: Article): Promise<ArticleExtraction>;
  /** Resolves when another job may be submitted without growing the queue past a few per thread. */
  capacity(): Promise<void>;
  close(): Promise<void>;
}

/** Jobs below this count stay in process: worker start-up and gazetteer load cost more. */
export const MIN_ARTICLES_FOR_WORKERS = 20;

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export function inProcessPool(options: ExtractOptions = {}): ExtractPool {
  return {
    threads: 0,
    extract: async (article) => extractWithDate(article, options),
    capacity: async () => {},
    close: async () => {},
  };
}

/** Runs the worker's TypeScript sources through tsx: slower to start, needs no bundle. */
const SOURCE_BOOTSTRAP = new URL("./extract-worker.mjs", import.meta.url);

/** The extraction worker's script (its cached bundle, or the sources through tsx). */
export function extractWorkerScript(): Promise<URL> {
  return workerScript(new URL("./extract-worker.ts", import.meta.url), SOURCE_BOOTSTRAP);
}

interface Pending {
  resolve: (extraction: ArticleExtraction) => void;
  reject: (error: Error) => void;
}

export function workerPool(threads = defaultThreads(), options: ExtractOptions = {}): ExtractPool {
  const perThread = 2;
  const workers: { worker: Worker; busy: number }[] = [];
  const pending = new Map<number, Pending>();
  const waiting: (() => void)[] = [];
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;
  const release = () => {
    while (waiting.length > 0 && inFlight() < threads * perThread) waiting.shift()!();
  };
  let starting = 0; // jobs submitted before the workers started
  const inFlight = () => pending.size + starting;
  const spawn = (script: URL, tables: SharedModelFile[]) => {
    const worker = new Worker(script, {
      execArgv: [],
      workerData: { options, tables } satisfies WorkerStart,
    });
    const slot = { worker, busy: 0 };
    worker.on("message", (reply: WorkerReply) => {
      slot.busy--;
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.kind === "done") job?.resolve(reply.extraction);
      else job?.reject(new Error(`extraction failed in a worker: ${reply.message}`));
      release();
    });
    const fail = (error: Error) => {
      failure ??= error;
      for (const job of pending.values()) job.reject(failure);
      pending.clear();
      release();
    };
    worker.on("error", fail);
    // A worker that exits on its own (not through close()) would leave its jobs waiting forever.
    worker.on("exit", (code) => {
      if (!closing) fail(new Error(`an extraction worker exited unexpectedly (code ${code})`));
    });
    workers.push(slot);
  };
  // Without a cached city index (a fresh install, new data packages) every thread would build
  // its own at once (~1.4 s each, and the peak memory of three); build it here first.
  if (!existsSync(cityIndexFile())) gazetteer();
  const restoreJit = tuneJitForBatch();
  // Jobs wait for the script (a few ms when the cached bundle is current, ~0.1 s to bundle).
  const started = extractWorkerScript().then((script) => {
    if (closing) return;
    // One copy of the model tables for all the threads (see shareModelFile).
    const tables = options.models === false ? [] : shareModelTables();
    for (let i = 0; i < threads; i++) spawn(script, tables);
  });
  return {
    threads,
    async extract(article) {
      starting++;
      await started;
      starting--;
      if (failure) throw failure;
      if (closing) throw new Error("the extraction pool is closed");
      const id = nextId++;
      // Least busy worker: jobs differ in length, so round-robin would leave one idle.
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      return new Promise<ArticleExtraction>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, article } satisfies WorkerRequest);
      });
    },
    capacity() {
      if (inFlight() < threads * perThread) return Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    async close() {
      closing = true;
      // First: threads started from now on (the layout's) compile with V8's defaults.
      restoreJit();
      await started;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

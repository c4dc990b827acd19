/**
 * The whole build: read the input folder, extract every article (from the per-article cache, or on
 * worker threads for larger inputs), merge, lay out, and write the outputs atomically (all temp
 * files first, then renames), so a failed build never leaves a half-written graph. Progress goes
 * to a callback so the CLI decides how (or whether) to show it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildFingerprint, saveManifest, stampOutputs, upToDate } from "./cache/build-manifest";
import {
  articleKey,
  type CacheStats,
  type ExtractionCache,
  extractionFingerprint,
  hasExtractionPack,
  openExtractionCache,
  type PackMemory,
} from "./cache/extraction-cache";
import { type PositionFreeRender, renderBeforePositions } from "./export/before-positions";
import { DEFAULT_FORMATS, EXPORT_FORMATS, type FormatName, renderFormats } from "./export/formats";
import { gexfChunks } from "./export/gexf";
import { type FragmentMemory, newFragmentMemory, renderWithMemory } from "./export/kept-fragments";
import { createNewsGraph, type NewsGraph } from "./graph";
import { type OutputContent, writeOutputsAtomic } from "./io/atomic-write";
import { previousPositions, savePositions } from "./io/positions";
import { type LayoutThread, startLayoutThread } from "./layout/layout-thread";
import { warmUpModels } from "./models";
import { gazetteer } from "./nlp/gazetteer";
import { extractWithDate } from "./parallel/extract-job";
import {
  defaultThreads,
  type ExtractPool,
  inProcessPool,
  MIN_ARTICLES_FOR_WORKERS,
  workerPool,
} from "./parallel/extract-pool";
import { type AssemblyStats, assembleGraph, digestForMerge } from "./pipeline/assemble";
import type { ExtractOptions } from "./pipeline/extract";
import { type IngestProblem, type IngestResult, type ReadMemo, readArticles } from "./pipeline/ingest";
import { applyPositions, computePositions, isFreshLayout, layoutJob } from "./pipeline/layout";
import type { Article, ArticleExtraction } from "./pipeline/types";
import { NODE_TYPES, RELATION_TYPES } from "./schema";

export interface BuildOptions {
  input: string;
  out: string;
  /** Output formats (default: json and gexf). */
  formats?: readonly FormatName[];
  /** Stop at the first input file that has to be skipped, instead of going past it. */
  strict?: boolean;
  onProgress?: (event: ProgressEvent) => void;
  /** Reuse per-article results from `<out>/.cache` (default true); false forces a full build. */
  cache?: boolean;
  /** "auto" (default): worker threads when MIN_ARTICLES_FOR_WORKERS or more articles miss the cache; or force either way. */
  workers?: "auto" | "always" | "never";
  /** Ask the trained recogniser where the rules are weakest (default true; false = rules only). */
  models?: boolean;
  /** Worker threads when workers run (default: available cores). */
  threads?: number;
  /**
   * "auto" (default): a large fresh build lays its graph out on a thread of its own while the
   * outputs are rendered (LAYOUT_THREAD_MIN_*); or force either way (a fresh layout only).
   */
  layoutThread?: "auto" | "always" | "never";
  /** Overrides the cache's version fingerprint (tests). */
  cacheFingerprint?: string;
  /**
   * Results of the previous build in this process (watch mode): articles whose text is unchanged
   * are taken from memory, neither parsed from the cache nor extracted. Updated by the build.
   */
  session?: BuildSession;
}

export interface BuildSession {
  /** Extractions by article key (text and metadata, see `articleKey`). */
  extractions: Map<string, ArticleExtraction>;
  /** The cache pack as the last build left it (not read from disk again while unchanged). */
  pack?: PackMemory;
  /** Input files as last read, by name (not read again while their size and time are unchanged). */
  files: Map<string, ReadMemo>;
  /** Every node's and edge's graph.json and graph.gexf text as last written. */
  fragments: FragmentMemory;
}

export function newBuildSession(): BuildSession {
  return { extractions: new Map(), files: new Map(), fragments: newFragmentMemory() };
}

/**
 * Loads what extraction in this thread needs (gazetteer; tagger, recogniser and parser unless
 * `models` is false), so that a watching process's first rebuild does not pay for it (~0.3 s).
 */
export function prepareExtraction(models = true): void {
  gazetteer();
  if (models) warmUpModels();
}

export type ProgressEvent =
  | {
      kind: "article";
      /** Articles finished before this one (they finish out of order on workers). */
      index: number;
      total: number;
      id: string;
      entities: number;
      relations: number;
      cached: boolean;
    }
  | { kind: "stage"; stage: string };

export interface BuildTimings {
  /** Reading, cache look-ups and extraction. */
  extract: number;
  merge: number;
  layout: number;
  write: number;
}

export interface BuildSummary {
  articles: number;
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  problems: IngestProblem[];
  grounding: AssemblyStats;
  seconds: number;
  outputs: string[];
  /** Seconds per stage. */
  timings: BuildTimings;
  /** Worker threads used (0: extraction ran in process). */
  threads: number;
  /** The layout ran on a thread of its own while the outputs were rendered. */
  layoutOnThread?: true;
  cache: CacheStats | undefined;
  /**
   * Nothing changed since the last build (input, code, options) and its outputs are as it left
   * them: the build stopped after reading the input, and the figures are that build's.
   */
  upToDate?: true;
}

/** What a build records about its graph for a later build that finds nothing changed. */
type RecordedSummary = Pick<
  BuildSummary,
  "articles" | "nodes" | "edges" | "nodesByType" | "edgesByType" | "grounding"
>;

/** The graph a build that stopped early did not make: read from graph.json when first asked for. */
function graphFromJson(file: string): NewsGraph {
  const graph = createNewsGraph();
  graph.import(JSON.parse(readFileSync(file, "utf8")));
  return graph;
}

/** Extracts articles already in memory, in this thread (eval and small tools). */
export function extractAll(
  articles: Article[],
  onProgress?: BuildOptions["onProgress"],
  options: ExtractOptions = {},
): ArticleExtraction[] {
  return articles.map((article, index) => {
    const extraction = extractWithDate(article, options);
    onProgress?.({
      kind: "article",
      index,
      total: articles.length,
      id: article.id,
      entities: extraction.entities.length,
      relations: extraction.relations.length,
      cached: false,
    });
    return extraction;
  });
}

/**
 * The layout gets a thread of its own from this many articles extracted on worker threads, and
 * is run there from this many nodes, when most are new: below that it takes less than rendering.
 */
const LAYOUT_THREAD_MIN_ARTICLES = 300;
const LAYOUT_THREAD_MIN_NODES = 2_000;

export interface ExtractedInput {
  extractions: ArticleExtraction[];
  problems: IngestProblem[];
  threads: number;
  cache: ExtractionCache | undefined;
  /** The cache pack being written (never rejects). */
  cacheWritten: Promise<void>;
  /** The extraction threads ending (never rejects): not waited for before the merge. */
  poolClosed: Promise<void>;
}

export interface ReadInput {
  read: IngestResult;
  /** Each article's key (`articleKey`), in input order. */
  keys: string[];
}

export async function readInput(options: BuildOptions): Promise<ReadInput> {
  const read = await readArticles(options.input, {
    strict: options.strict ?? false,
    ...(options.session ? { memo: options.session.files } : {}),
  });
  return { read, keys: read.articles.map(articleKey) };
}

/** Threads started before the input is read (see `startEarly`). */
interface EarlyThreads {
  pool?: ExtractPool;
  layout?: LayoutThread;
}

/** Whether a build lays its graph out on a thread of its own, as far as known before extraction. */
function wantsLayoutThread(options: BuildOptions, formats: readonly FormatName[]): boolean {
  return (
    !options.session &&
    (formats.includes("json") || formats.includes("gexf")) &&
    (options.layoutThread ?? "auto") !== "never"
  );
}

/**
 * Worker threads started before the input is read, when the build will very likely extract many
 * articles (no cached extractions to find, a folder of many files): each thread spends ~0.35 s
 * loading the code (a cached bundle, see worker-bundle.ts), the gazetteer and the models, which then
 * overlaps the reading instead of following it. A folder large enough for the layout thread gets
 * that too: loading and warming it up (~0.3 s on a cold thread) then overlaps the extraction
 * instead of lengthening the build's tail, where only one core has work.
 * `extractInput` closes the pool if the input turns out to need few extractions; `buildGraph`
 * closes the layout thread if it is not used.
 */
export function startEarly(options: BuildOptions): EarlyThreads {
  const mode = options.workers ?? "auto";
  if (mode === "never" || (options.session?.extractions.size ?? 0) > 0) return {};
  let files = 0;
  if (mode === "auto") {
    const models = options.models ?? true;
    const fingerprint = options.cacheFingerprint ?? extractionFingerprint(undefined, models);
    if (options.cache !== false && hasExtractionPack(path.join(options.out, ".cache"), fingerprint))
      return {};
    try {
      files = readdirSync(options.input).length;
    } catch {
      return {}; // a single file, or an input the read reports on
    }
    if (files < MIN_ARTICLES_FOR_WORKERS) return {};
  }
  const pool = workerPool(options.threads ?? defaultThreads(), { models: options.models ?? true });
  const layoutMode = options.layoutThread ?? "auto";
  const layout =
    wantsLayoutThread(options, options.formats ?? DEFAULT_FORMATS) &&
    (layoutMode === "always" || files >= LAYOUT_THREAD_MIN_ARTICLES)
      ? startLayoutThread()
      : undefined;
  return layout ? { pool, layout } : { pool };
}

/**
 * Extracts every article of the input (read here unless given): from the cache when its key is
 * there, else in process or on worker threads (a few jobs in flight per thread). Each text is let
 * go once sent, so only the extraction results stay. Results keep input order.
 */
export async function extractInput(
  options: BuildOptions,
  input?: ReadInput,
  earlyPool?: ExtractPool,
): Promise<ExtractedInput> {
  const { read, keys } = input ?? (await readInput(options));
  const pending: (Article | undefined)[] = read.articles;
  const total = pending.length;
  const cache =
    options.cache === false
      ? undefined
      : await openExtractionCache(
          path.join(options.out, ".cache"),
          options.cacheFingerprint ?? extractionFingerprint(undefined, options.models ?? true),
          options.session?.pack,
        );
  const session = options.session;
  const keyed = cache !== undefined || session !== undefined;
  const known = (key: string) => session?.extractions.has(key) === true || cache?.has(key) === true;
  // Threads are sized by the work left after the cache: starting workers (each loads the code and
  // the models) for the one article a rebuild redoes costs more than extracting it here.
  const toExtract = keyed ? keys.filter((key) => !known(key)).length : total;
  const mode = options.workers ?? "auto";
  const useWorkers = mode === "always" || (mode === "auto" && toExtract >= MIN_ARTICLES_FOR_WORKERS);
  const extractOptions = { models: options.models ?? true };
  if (earlyPool && !useWorkers) await earlyPool.close();
  const pool = useWorkers
    ? (earlyPool ?? workerPool(options.threads ?? defaultThreads(), extractOptions))
    : inProcessPool(extractOptions);
  // The merge places towns with the gazetteer: this thread loads it (~60 ms) while it only waits
  // for the workers, rather than after them.
  if (useWorkers) setImmediate(gazetteer);
  const results: Promise<ArticleExtraction>[] = [];
  let done = 0;
  const report = (extraction: ArticleExtraction, cached: boolean) => {
    digestForMerge(extraction);
    options.onProgress?.({
      kind: "article",
      index: done++,
      total,
      id: extraction.article.id,
      entities: extraction.entities.length,
      relations: extraction.relations.length,
      cached,
    });
    return extraction;
  };
  let poolClosed: Promise<void> | undefined;
  try {
    for (let i = 0; i < total; i++) {
      const article = pending[i]!;
      pending[i] = undefined;
      // A cached result was stored under whichever file the text was read from first: ids and
      // file lists come from this run.
      const own = (x: ArticleExtraction) => {
        x.article = { ...x.article, id: article.id, files: article.files };
        return x;
      };
      const key = keyed ? keys[i]! : "";
      const remembered = session?.extractions.get(key);
      if (remembered && cache && !cache.keep(key)) cache.put(key, remembered);
      const hit = remembered ?? cache?.get(key);
      if (hit) {
        results.push(Promise.resolve(report(own(hit), true)));
        continue;
      }
      await pool.capacity();
      const result = pool.extract(article).then((extraction) => {
        cache?.put(key, extraction);
        return report(own(extraction), false);
      });
      // Handled by Promise.all below; until then a failure must not count as unhandled.
      result.catch(() => {});
      results.push(result);
    }
    const extractions = await Promise.all(results);
    // Idle threads end while the merge runs: tearing down their heaps took ~65 ms of the cold build.
    poolClosed = pool.close().catch(() => {});
    if (session) session.extractions = new Map(extractions.map((x, i) => [keys[i]!, x]));
    // Not awaited here: the pack is written while the merge, layout and outputs go on; the build
    // awaits it before it returns.
    const cacheWritten = (cache?.flush() ?? Promise.resolve()).then(() => {
      if (!session) return;
      const pack = cache?.memory();
      if (pack) session.pack = pack;
      else delete session.pack;
    });
    return { extractions, problems: read.problems, threads: pool.threads, cache, cacheWritten, poolClosed };
  } finally {
    if (!poolClosed) await pool.close();
  }
}

export function summarise(
  graph: NewsGraph,
): Pick<BuildSummary, "nodes" | "edges" | "nodesByType" | "edgesByType"> {
  const nodesByType = Object.fromEntries(NODE_TYPES.map((t) => [t, 0]));
  const edgesByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0]));
  graph.forEachNode((_n, a) => {
    nodesByType[a.type] = (nodesByType[a.type] ?? 0) + 1;
  });
  graph.forEachEdge((_e, a) => {
    edgesByType[a.type] = (edgesByType[a.type] ?? 0) + 1;
  });
  return { nodes: graph.order, edges: graph.size, nodesByType, edgesByType };
}

/**
 * The chosen formats' files; the GEXF as chunks, streamed to its file rather than one string. With
 * the previous build's fragments (watch mode), the JSON and the GEXF reuse every unchanged piece.
 */
function outputFiles(
  graph: NewsGraph,
  formats: readonly FormatName[],
  fragments: FragmentMemory | undefined,
  beforePositions: PositionFreeRender | undefined,
): Record<string, OutputContent> {
  if (beforePositions) {
    const { json, gexf } = beforePositions.finish();
    const files: Record<string, OutputContent> = renderFormats(
      graph,
      formats.filter((name) => name !== "gexf" && name !== "json"),
    );
    if (json) files[EXPORT_FORMATS.json.files[0]] = json;
    if (gexf) files[EXPORT_FORMATS.gexf.files[0]] = gexf;
    return files;
  }
  const kept = fragments
    ? renderWithMemory(graph, fragments, { json: formats.includes("json"), gexf: formats.includes("gexf") })
    : {};
  const files: Record<string, OutputContent> = renderFormats(
    graph,
    formats.filter((name) => name !== "gexf" && !(name === "json" && kept.json)),
  );
  if (kept.json) files[EXPORT_FORMATS.json.files[0]] = kept.json;
  if (formats.includes("gexf")) files[EXPORT_FORMATS.gexf.files[0]] = kept.gexf ?? gexfChunks(graph);
  return files;
}

export async function buildGraph(
  options: BuildOptions,
): Promise<{ graph: NewsGraph; summary: BuildSummary }> {
  const started = performance.now();
  let mark = started;
  const lap = () => {
    const now = performance.now();
    const seconds = (now - mark) / 1000;
    mark = now;
    return Math.round(seconds * 1000) / 1000;
  };
  const early = startEarly(options);
  const earlyPool = early.pool;
  const closeEarlyLayout = () => early.layout?.close().catch(() => {});
  let input: ReadInput;
  try {
    input = await readInput(options);
  } catch (error) {
    await Promise.all([earlyPool?.close(), closeEarlyLayout()]);
    throw error;
  }
  const formats = options.formats ?? DEFAULT_FORMATS;
  const models = options.models ?? true;
  const fingerprint = buildFingerprint(
    input.read.articles.map((article, i) => ({ key: input.keys[i]!, id: article.id, files: article.files })),
    options.cacheFingerprint ?? extractionFingerprint(undefined, models),
    { formats: [...formats].sort(), models },
  );
  // A watching process's first build runs in full: it fills the memory its rebuilds start from.
  const session = options.session;
  if (options.cache !== false && formats.includes("json") && (!session || session.extractions.size > 0)) {
    const last = await upToDate<RecordedSummary>(options.out, fingerprint);
    if (last) {
      await Promise.all([earlyPool?.close(), closeEarlyLayout()]);
      const summary: BuildSummary = {
        ...last.summary,
        problems: input.read.problems,
        seconds: Math.round((performance.now() - started) / 10) / 100,
        outputs: last.outputs.map((output) => output.file),
        timings: { extract: lap(), merge: 0, layout: 0, write: 0 },
        threads: 0,
        cache: undefined,
        upToDate: true,
      };
      let graph: NewsGraph | undefined;
      const graphFile = path.join(options.out, EXPORT_FORMATS.json.files[0]);
      return {
        summary,
        get graph() {
          graph ??= graphFromJson(graphFile);
          return graph;
        },
      };
    }
  }
  let extracted: ExtractedInput;
  try {
    // Extraction closes the early pool (or uses it and closes it when done).
    extracted = await extractInput(options, input, earlyPool);
  } catch (error) {
    await Promise.all([earlyPool?.close(), closeEarlyLayout()]);
    throw error;
  }
  const { extractions, problems, threads, cache, cacheWritten, poolClosed } = extracted;
  // A large fresh build lays its graph out on a thread of its own while this one renders the
  // outputs. Started with the workers when the folder was large enough (see `startEarly`), else
  // now: its code then loads while the merge runs.
  const layoutMode = options.layoutThread ?? "auto";
  const wantLayoutThread =
    wantsLayoutThread(options, formats) &&
    (layoutMode === "always" || (threads > 0 && extractions.length >= LAYOUT_THREAD_MIN_ARTICLES));
  if (!wantLayoutThread) void closeEarlyLayout();
  const layoutThread = wantLayoutThread ? (early.layout ?? startLayoutThread()) : undefined;
  try {
    const extract = lap();
    options.onProgress?.({ kind: "stage", stage: "merge" });
    const { graph, stats } = assembleGraph(extractions);
    const merge = lap();
    options.onProgress?.({ kind: "stage", stage: "layout" });
    const previous = await previousPositions(options.out);
    let beforePositions: PositionFreeRender | undefined;
    const { keys, job } = layoutJob(graph, { previous });
    const onThread =
      layoutThread !== undefined &&
      (layoutMode === "always" || graph.order >= LAYOUT_THREAD_MIN_NODES) &&
      isFreshLayout(job);
    if (onThread) {
      // Should the thread fail, this one lays the graph out after all: same positions, later.
      const positions = layoutThread!.positions(job).catch(() => computePositions(job));
      beforePositions = renderBeforePositions(graph, {
        json: formats.includes("json"),
        gexf: formats.includes("gexf"),
      });
      applyPositions(graph, keys, await positions);
    } else {
      applyPositions(graph, keys, computePositions(job));
    }
    const layout = lap();
    options.onProgress?.({ kind: "stage", stage: "write" });
    const report = extractions.map((x) => ({
      article: x.article.id,
      files: x.article.files,
      dropped: x.dropped,
    }));
    // Every file is written to a temp file first and renamed only when all are written.
    const outputs = await writeOutputsAtomic(options.out, {
      ...outputFiles(graph, formats, options.session?.fragments, beforePositions),
      "clean-report.json": `${JSON.stringify(report, null, 2)}\n`,
    });
    await savePositions(options.out, graph);
    const recorded: RecordedSummary = { articles: extractions.length, ...summarise(graph), grounding: stats };
    // Last: a build that fails before this leaves a manifest that no longer matches the outputs.
    await saveManifest(options.out, { fingerprint, outputs: await stampOutputs(outputs), summary: recorded });
    const write = lap();
    const summary: BuildSummary = {
      ...recorded,
      problems,
      seconds: Math.round((performance.now() - started) / 10) / 100,
      outputs,
      timings: { extract, merge, layout, write },
      threads,
      ...(onThread ? { layoutOnThread: true as const } : {}),
      cache: cache?.stats,
    };
    return { graph, summary };
  } finally {
    await Promise.all([layoutThread?.close().catch(() => {}), poolClosed, cacheWritten]);
  }
}

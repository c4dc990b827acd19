/**
 * The whole build: read the input folder, extract every article, merge, lay out, and write the
 * outputs atomically (all temp files first, then renames), so a failed build never leaves a
 * half-written graph. Progress goes to a callback so the CLI decides how (or whether) to show it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_FORMATS, type FormatName, renderFormats } from "./export/formats";
import type { NewsGraph } from "./graph";
import { writeOutputsAtomic } from "./io/atomic-write";
import { type AssemblyStats, assembleGraph } from "./pipeline/assemble";
import { findDateLine } from "./pipeline/clean";
import { extractArticle } from "./pipeline/extract";
import { type IngestProblem, readArticles } from "./pipeline/ingest";
import { layoutGraph, type Positions } from "./pipeline/layout";
import type { ArticleExtraction } from "./pipeline/types";
import { NODE_TYPES, RELATION_TYPES } from "./schema";

export interface BuildOptions {
  input: string;
  out: string;
  /** Output formats (default: json and gexf). */
  formats?: readonly FormatName[];
  /** Stop at the first input file that has to be skipped, instead of going past it. */
  strict?: boolean;
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { kind: "article"; index: number; total: number; id: string; entities: number; relations: number }
  | { kind: "stage"; stage: string };

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
}

async function previousPositions(file: string): Promise<Positions | undefined> {
  try {
    const data = JSON.parse(await readFile(file, "utf8")) as {
      nodes?: { key: string; attributes?: { x?: number; y?: number } }[];
    };
    const positions: Positions = new Map();
    for (const node of data.nodes ?? []) {
      const { x, y } = node.attributes ?? {};
      if (typeof x === "number" && typeof y === "number") positions.set(node.key, { x, y });
    }
    return positions;
  } catch {
    return undefined;
  }
}

export function extractAll(
  articles: Parameters<typeof extractArticle>[0][],
  onProgress?: BuildOptions["onProgress"],
): ArticleExtraction[] {
  return articles.map((article, index) => {
    const dated = article.date
      ? article
      : { ...article, ...(findDateLine(article) ? { date: findDateLine(article) } : {}) };
    const extraction = extractArticle(dated);
    onProgress?.({
      kind: "article",
      index,
      total: articles.length,
      id: article.id,
      entities: extraction.entities.length,
      relations: extraction.relations.length,
    });
    return extraction;
  });
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

export async function buildGraph(
  options: BuildOptions,
): Promise<{ graph: NewsGraph; summary: BuildSummary }> {
  const started = performance.now();
  const { articles, problems } = await readArticles(options.input, { strict: options.strict ?? false });
  const extractions = extractAll(articles, options.onProgress);
  options.onProgress?.({ kind: "stage", stage: "merge" });
  const { graph, stats } = assembleGraph(extractions);
  options.onProgress?.({ kind: "stage", stage: "layout" });
  const jsonFile = path.join(options.out, "graph.json");
  layoutGraph(graph, { previous: await previousPositions(jsonFile) });
  options.onProgress?.({ kind: "stage", stage: "write" });
  const report = extractions.map((x) => ({
    article: x.article.id,
    files: x.article.files,
    dropped: x.dropped,
  }));
  // Every file is written to a temp file first and renamed only when all are written.
  const outputs = await writeOutputsAtomic(options.out, {
    ...renderFormats(graph, options.formats ?? DEFAULT_FORMATS),
    "clean-report.json": `${JSON.stringify(report, null, 2)}\n`,
  });
  const summary: BuildSummary = {
    articles: articles.length,
    ...summarise(graph),
    problems,
    grounding: stats,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    outputs,
  };
  return { graph, summary };
}

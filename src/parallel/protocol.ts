/** Messages between the extraction pool and its worker threads. */
import type { SharedModelFile } from "../models";
import type { ExtractOptions } from "../pipeline/extract";
import type { Article, ArticleExtraction } from "../pipeline/types";

/** What a worker starts with: the extraction options, and the model tables the threads share. */
export interface WorkerStart {
  options: ExtractOptions;
  tables: SharedModelFile[];
}

export interface WorkerRequest {
  id: number;
  article: Article;
}

export type WorkerReply =
  | { kind: "done"; id: number; extraction: ArticleExtraction }
  | { kind: "failed"; id: number; message: string };

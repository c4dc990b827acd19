/** Messages between the extraction pool and its worker threads. */
import type { Article, ArticleExtraction } from "../pipeline/types";

export interface WorkerRequest {
  id: number;
  article: Article;
}

export type WorkerReply =
  | { kind: "done"; id: number; extraction: ArticleExtraction }
  | { kind: "failed"; id: number; message: string };

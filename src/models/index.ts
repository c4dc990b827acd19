/**
 * Public API of the trained models. Every loader is synchronous, reads its file from `models/`
 * (resolved relative to this module, not to the working directory) once, and caches the result
 * for the life of the process.
 *
 *   const tagger = loadTagger();            tagger.tag(tokens)                → UPOS[]
 *   const ner = loadRecognizer();           ner.recognize(tokens, tags?)       → Span[]
 *   const parser = loadParser();            parser.parse(tokens, tags)         → Arc[]
 *
 * `tokens` are the tokens of ONE sentence (see tokens.ts for the expected tokenisation and the
 * normalisation applied inside features).
 */
import { fileURLToPath } from "node:url";
import { WordClusters } from "./clusters";
import { sharedGazetteer } from "./gazetteer";
import { type EntityRecognizer, PerceptronRecognizer } from "./ner";
import { ArcEagerParser, type DependencyParser } from "./parser";
import { adoptSharedModelFiles, readModelFile, type SharedModelFile, shareModelFile } from "./table-cache";
import { PerceptronTagger, type PosTagger } from "./tagger";

export type { EntityType, Span } from "../corpora/types";
export type { EntityRecognizer } from "./ner";
export type { Arc, DependencyParser } from "./parser";
export type { SharedModelFile } from "./table-cache";
export type { PosTagger } from "./tagger";
export { UPOS } from "./tagger";

export const MODEL_FILES = {
  clusters: "clusters.tsv.gz",
  tagger: "pos-tagger.bin.gz",
  recognizer: "ner.bin.gz",
  parser: "dep-parser.bin.gz",
} as const;

/** Absolute path of a file in the repository's `models/` directory (or `dir` if given). */
export function modelPath(name: string, dir?: string): string {
  if (dir) return `${dir.replace(/\/$/, "")}/${name}`;
  return fileURLToPath(new URL(`../../models/${name}`, import.meta.url));
}

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** Word clusters learned from the BBC corpus (shared by the tagger and the recogniser). */
export function loadClusters(dir?: string): WordClusters {
  return cached(`clusters:${dir ?? ""}`, () => WordClusters.load(modelPath(MODEL_FILES.clusters, dir)));
}

/** The UPOS tagger. */
export function loadTagger(dir?: string): PosTagger {
  return cached(`tagger:${dir ?? ""}`, () =>
    PerceptronTagger.fromFile(
      readModelFile(modelPath(MODEL_FILES.tagger, dir), PerceptronTagger.TABLES),
      loadClusters(dir),
    ),
  );
}

/**
 * The person / organisation / place / event recogniser. When `recognize` is called without tags
 * it tags the sentence with `loadTagger()` first (lazily loaded).
 */
export function loadRecognizer(dir?: string): EntityRecognizer {
  return cached(`ner:${dir ?? ""}`, () =>
    PerceptronRecognizer.fromFile(
      readModelFile(modelPath(MODEL_FILES.recognizer, dir), PerceptronRecognizer.TABLES),
      { clusters: loadClusters(dir), gazetteer: sharedGazetteer() },
      () => loadTagger(dir),
    ),
  );
}

/** The dependency parser (expects UPOS tags, e.g. from `loadTagger().tag(tokens)`). */
export function loadParser(dir?: string): DependencyParser {
  return cached(`parser:${dir ?? ""}`, () =>
    ArcEagerParser.fromFile(
      readModelFile(modelPath(MODEL_FILES.parser, dir), ArcEagerParser.TABLES),
      loadClusters(dir),
    ),
  );
}

/**
 * Loads the three models and sends one short sentence through each: some build their look-up
 * tables on first use, and a thread that does this while it waits for work starts its first
 * article at full speed.
 */
export function warmUpModels(dir?: string): void {
  const words = ["Officials", "met", "in", "Paris", "."];
  const tags = loadTagger(dir).tag(words);
  loadRecognizer(dir).recognize(words, tags);
  loadParser(dir).parse(words, tags);
}

/** Drops cached models (tests use it to measure load time). */
export function clearModelCache(): void {
  cache.clear();
}

/**
 * The three models' decoded tables in memory that worker threads share (see `shareModelFile`):
 * the pool reads them once and each worker adopts them before loading the models.
 */
export function shareModelTables(dir?: string): SharedModelFile[] {
  const files = [
    shareModelFile(modelPath(MODEL_FILES.tagger, dir), PerceptronTagger.TABLES),
    shareModelFile(modelPath(MODEL_FILES.recognizer, dir), PerceptronRecognizer.TABLES),
    shareModelFile(modelPath(MODEL_FILES.parser, dir), ArcEagerParser.TABLES),
  ];
  return files.filter((file) => file !== undefined);
}

/** What each worker does with `shareModelTables`'s files before it loads the models. */
export { adoptSharedModelFiles as adoptSharedModelTables };

/**
 * Trains, evaluates and writes the project's models.
 *
 *   npm run train               full training → models/ (a few minutes on 2 cores)
 *   npm run train -- --smoke    tiny slices, writes to a temp dir (seconds); used by CI tests
 *   npm run train -- --only ner recogniser only: reuses the clusters and tagger already in the
 *                               output directory (byte-identical), rewrites ner.bin.gz, its card
 *                               and the ner part of scores.json
 *   options: --out DIR, --seed N
 *
 * Reads the corpora from shared/corpora (see src/corpora/index.ts for how it is found);
 * deterministic for a given seed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findCorpora, loadEwt, loadGumTrees, REPO_ROOT, readBbc } from "../src/corpora/index";
import type { TreeSentence } from "../src/corpora/types";
import { DEFAULT_CLUSTER_OPTIONS, trainClusters, WordClusters } from "../src/models/clusters";
import { MODEL_FILES } from "../src/models/index";
import { ArcEagerParser, evaluateParser, trainParser } from "../src/models/parser";
import { PerceptronTagger, taggerAccuracy, trainTagger } from "../src/models/tagger";
import { trainNerStage } from "./ner-stage";

const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(argValue("--seed") ?? 20260101);
const only = argValue("--only");
if (only !== undefined && only !== "ner") {
  process.stderr.write(`--only: unknown stage "${only}" (supported: ner)\n`);
  process.exit(2);
}
const onlyNer = only === "ner";
const outDir =
  argValue("--out") ?? (smoke ? mkdtempSync(join(tmpdir(), "newsgraph-models-")) : join(REPO_ROOT, "models"));
const log = (msg: string): void => {
  process.stdout.write(`${msg}\n`);
};
const t0 = performance.now();
const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(1)}s`;

const root = findCorpora();
if (!root) {
  process.stderr.write(
    "corpora not found: expected shared/corpora next to the repository (or set NEWSGRAPH_CORPORA)\n",
  );
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
log(`corpora: ${root}\noutput: ${outDir}\nmode: ${smoke ? "smoke" : "full"}, seed ${seed}`);

const slice = <T>(xs: T[], n: number): T[] => (smoke ? xs.slice(0, n) : xs);
const fix = (x: number, d = 4): number => Number(x.toFixed(d));

if (onlyNer) {
  // The clusters and tagger on disk are inputs here, never rewritten: other stages stay
  // byte-identical while the recogniser is iterated on.
  const clusterFile = join(outDir, MODEL_FILES.clusters);
  const taggerFile = join(outDir, MODEL_FILES.tagger);
  if (!existsSync(clusterFile) || !existsSync(taggerFile)) {
    process.stderr.write(`--only ner needs ${MODEL_FILES.clusters} and ${MODEL_FILES.tagger} in ${outDir}\n`);
    process.exit(2);
  }
  const clusters = WordClusters.load(clusterFile);
  const tagger = PerceptronTagger.decode(readFileSync(taggerFile), clusters);
  const ner = trainNerStage({
    root,
    clusters,
    tagger,
    ewtTest: slice(loadEwt(root, "test"), 200),
    seed,
    smoke,
    outDir,
    log: (m) => log(`[${elapsed()}] ${m}`),
  });
  const scoresFile = join(outDir, "scores.json");
  const previous = existsSync(scoresFile) ? JSON.parse(readFileSync(scoresFile, "utf8")) : {};
  writeFileSync(scoresFile, `${JSON.stringify({ ...previous, ner: ner.scores }, null, 2)}\n`);
  writeFileSync(join(outDir, "ner.card.md"), ner.card);
  log(`[${elapsed()}] done (recogniser only); wrote ${MODEL_FILES.recognizer}, ner.card.md, scores.json`);
  process.exit(0);
}

// 1. word clusters from BBC text ---------------------------------------------------------------
const bbc = slice(readBbc(root), 150);
const clusterOpts = smoke
  ? { ...DEFAULT_CLUSTER_OPTIONS, coarse: 8, fine: 16, iterations: 3, seed }
  : { ...DEFAULT_CLUSTER_OPTIONS, seed };
const clusters = trainClusters(bbc, clusterOpts);
writeFileSync(join(outDir, MODEL_FILES.clusters), clusters.encode());
log(`[${elapsed()}] clusters: ${clusters.size} words from ${bbc.length} BBC articles`);

// 2. POS tagger ---------------------------------------------------------------------------------
const ewtTrain = slice(loadEwt(root, "train"), 400);
const gumTrain = slice(loadGumTrees(root, "train"), 150);
const ewtTest = slice(loadEwt(root, "test"), 200);
const ewtDev = slice(loadEwt(root, "dev"), 200);
const treeTrain: TreeSentence[] = [...ewtTrain, ...gumTrain];
const taggerEpochs = smoke ? 1 : 8;
const tTagger = performance.now();
// Rows whose largest averaged weight is ≤ minWeight are dropped on save. The averaged weights
// are in "updates" units; these thresholds cost < 0.001 accuracy / UAS on held-out data and make
// the files smaller and the models faster to load and run.
const tagger = trainTagger(treeTrain, clusters, {
  epochs: taggerEpochs,
  seed,
  minWeight: smoke ? 0.002 : 1,
  log,
});
const taggerTrainSec = (performance.now() - tTagger) / 1000;
const taggerBytes = tagger.encode();
writeFileSync(join(outDir, MODEL_FILES.tagger), taggerBytes);
const shippedTagger = PerceptronTagger.decode(taggerBytes, clusters);
const tagAcc = taggerAccuracy(shippedTagger, ewtTest);
const tagAccDev = taggerAccuracy(shippedTagger, ewtDev);
const gumTest = slice(loadGumTrees(root, "test"), 100);
const tagAccGum = taggerAccuracy(shippedTagger, gumTest);
const ewtTokens = ewtTest.reduce((a, s) => a + s.tokens.length, 0);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let c0 = cpuMs();
for (const s of ewtTest) shippedTagger.tag(s.tokens);
const tagTokPerSec = ewtTokens / ((cpuMs() - c0) / 1000);
log(
  `[${elapsed()}] tagger: EWT test acc ${tagAcc.toFixed(4)} (dev ${tagAccDev.toFixed(4)}, GUM test ${tagAccGum.toFixed(4)})`,
);

// 3. parser: trained on every sentence twice, once with gold UPOS and once with jackknifed
// predicted tags (4 taggers, each trained on the other three quarters), so that it learns both
// from clean tags and from the tagger's typical errors -----------------------------------------
const folds = smoke ? 2 : 4;
const jackTags: string[][] = new Array(treeTrain.length);
for (let f = 0; f < folds; f++) {
  const part = treeTrain.filter((_, i) => i % folds !== f);
  const tg = trainTagger(part, clusters, {
    epochs: taggerEpochs,
    seed: seed + f + 1,
    minWeight: smoke ? 0.002 : 1,
  });
  treeTrain.forEach((s, i) => {
    if (i % folds === f) jackTags[i] = tg.tag(s.tokens);
  });
}
log(`[${elapsed()}] jackknifed tags (${folds} folds)`);
const tParser = performance.now();
const parser = trainParser(
  [
    ...treeTrain.map((s) => ({ tokens: s.tokens, tags: s.upos, heads: s.heads, rels: s.rels })),
    ...treeTrain.map((s, i) => ({ tokens: s.tokens, tags: jackTags[i]!, heads: s.heads, rels: s.rels })),
  ],
  clusters,
  {
    epochs: smoke ? 1 : 10,
    labelEpochs: smoke ? 1 : 6,
    seed,
    minWeight: smoke ? 0.002 : 2,
    explore: 0.9,
    log,
  },
);
const parserTrainSec = (performance.now() - tParser) / 1000;
const parserBytes = parser.encode();
writeFileSync(join(outDir, MODEL_FILES.parser), parserBytes);
const shippedParser = ArcEagerParser.decode(parserBytes, clusters);
const parsePred = evaluateParser(
  shippedParser,
  ewtTest.map((s) => ({ tokens: s.tokens, tags: shippedTagger.tag(s.tokens), heads: s.heads, rels: s.rels })),
);
c0 = cpuMs();
for (const s of ewtTest) shippedParser.parse(s.tokens, s.upos);
const parseTokPerSec = ewtTokens / ((cpuMs() - c0) / 1000);
const parseGold = evaluateParser(
  shippedParser,
  ewtTest.map((s) => ({ tokens: s.tokens, tags: s.upos, heads: s.heads, rels: s.rels })),
);
log(
  `[${elapsed()}] parser: EWT test UAS ${parsePred.uas.toFixed(4)} LAS ${parsePred.las.toFixed(4)} (predicted tags); ` +
    `gold tags UAS ${parseGold.uas.toFixed(4)} LAS ${parseGold.las.toFixed(4)}`,
);

// 4. NER (scripts/ner-stage.ts) -------------------------------------------------------------------
const ner = trainNerStage({
  root,
  clusters,
  tagger: shippedTagger,
  ewtTest,
  seed,
  smoke,
  outDir,
  log: (m) => log(`[${elapsed()}] ${m}`),
});

// 5. scores + cards ---------------------------------------------------------------------------------
const date = new Date().toISOString().slice(0, 10);
const scores = {
  date,
  mode: smoke ? "smoke" : "full",
  seed,
  tagger: {
    ewtTestAccuracy: fix(tagAcc),
    ewtDevAccuracy: fix(tagAccDev),
    gumTestAccuracy: fix(tagAccGum),
    trainSeconds: fix(taggerTrainSec, 1),
    tokensPerCpuSecond: Math.round(tagTokPerSec),
    bytes: taggerBytes.length,
  },
  parser: {
    ewtTest: { uas: fix(parsePred.uas), las: fix(parsePred.las), tags: "predicted (pos-tagger)" },
    ewtTestGoldTags: { uas: fix(parseGold.uas), las: fix(parseGold.las) },
    trainSeconds: fix(parserTrainSec, 1),
    tokensPerCpuSecond: Math.round(parseTokPerSec),
    bytes: parserBytes.length,
  },
  ner: ner.scores,
  clusters: { words: clusters.size, articles: bbc.length },
  totalSeconds: fix((performance.now() - t0) / 1000, 1),
};
writeFileSync(join(outDir, "scores.json"), `${JSON.stringify(scores, null, 2)}\n`);

const cards: Record<string, string> = {
  "pos-tagger.card.md": `# Model card: pos-tagger (${MODEL_FILES.tagger})

- Task: Universal POS tags (17 UPOS) for one pre-tokenised sentence. API: \`loadTagger().tag(tokens)\`.
- Model: greedy left-to-right averaged perceptron over hashed features; dictionary for frequent unambiguous words.
- Features: word, lower-cased word, prefixes 1–3, suffixes 1–4, word shape, words at ±1/±2, suffixes of ±1,
  the two previous tags, ambiguity classes (tags seen in training) of the word and the next two words,
  BBC word clusters (${MODEL_FILES.clusters}) of the word and its neighbours.
- Training data: UD English EWT train (CC BY-SA 4.0) + GUM train documents (annotations CC BY 4.0;
  texts CC BY 2.5 / CC BY 4.0 / CC BY-SA 3.0 by genre), ${treeTrain.length} sentences, ${taggerEpochs} epochs, seed ${seed}.
- Evaluation: UD EWT test accuracy **${tagAcc.toFixed(4)}** (EWT dev ${tagAccDev.toFixed(4)}, GUM test ${tagAccGum.toFixed(4)}).
- Size: ${taggerBytes.length} bytes (int16-quantised weights; feature rows whose largest averaged weight is ≤ 1 dropped).
- Trained: ${date} (${smoke ? "SMOKE run, not for use" : "full run"}), ${taggerTrainSec.toFixed(1)} s.
`,
  "dep-parser.card.md": `# Model card: dep-parser (${MODEL_FILES.parser})

- Task: unlabelled + labelled UD dependency trees. API: \`loadParser().parse(tokens, tags)\` → \`{head, rel}[]\`
  (head 0-based, -1 for the root; exactly one root).
- Model: arc-eager transition system, greedy averaged perceptron over 4 transitions trained with the
  dynamic oracle (Goldberg & Nivre 2012, exploration p=0.9 after epoch 1); relation labels from a second
  perceptron over (head, dependent) pairs of the finished tree. Features: Zhang & Nivre (2011)-style words, tags,
  distances, valencies and first/second-order children, plus word clusters, suffixes and ambiguity classes.
- Training data: UD English EWT train (CC BY-SA 4.0) + GUM train (CC BY 4.0 annotations), ${treeTrain.length} sentences,
  each sentence twice: with gold UPOS tags and with ${folds}-fold jackknifed predicted tags; ${smoke ? 1 : 10} epochs.
- Evaluation on UD EWT test (all tokens incl. punctuation):
  - with predicted tags (pos-tagger): **UAS ${parsePred.uas.toFixed(4)}, LAS ${parsePred.las.toFixed(4)}**
  - with gold tags: UAS ${parseGold.uas.toFixed(4)}, LAS ${parseGold.las.toFixed(4)}
- Size: ${parserBytes.length} bytes (feature rows whose largest averaged weight is ≤ 2 dropped: no measurable UAS loss).
- Trained: ${date} (${smoke ? "SMOKE run, not for use" : "full run"}), ${parserTrainSec.toFixed(1)} s.
`,
  "ner.card.md": ner.card,
  "clusters.card.md": `# Model card: word clusters (${MODEL_FILES.clusters})

- ${clusters.size} lower-cased words (digits → 0) occurring ≥ ${clusterOpts.minCount} times in ${bbc.length} BBC News
  articles (Greene & Cunningham 2006; research use, text not redistributed — only word→cluster ids are stored).
- Method: PPMI-weighted left/right neighbour vectors over the ${clusterOpts.contexts} most frequent words, spherical
  k-means with ${clusterOpts.coarse} (coarse) and ${clusterOpts.fine} (fine) clusters, ${clusterOpts.iterations} iterations, seed ${seed}.
- Used as features by the tagger and the recogniser.
- Trained: ${date} (${smoke ? "SMOKE run, not for use" : "full run"}).
`,
};
for (const [name, text] of Object.entries(cards)) writeFileSync(join(outDir, name), text);
log(
  `[${elapsed()}] done; wrote ${Object.keys(cards).length} cards, scores.json and 4 model files to ${outDir}`,
);

/**
 * Trains, evaluates and writes the project's models.
 *
 *   npm run train               full training → models/ (a few minutes on 2 cores)
 *   npm run train -- --smoke    tiny slices, writes to a temp dir (seconds); used by CI tests
 *   options: --out DIR, --seed N
 *
 * Reads the corpora from shared/corpora (see src/corpora/index.ts for how it is found);
 * deterministic for a given seed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { augmentNer } from "../src/corpora/augment";
import {
  findCorpora,
  loadEwt,
  loadGumNer,
  loadGumTrees,
  loadRe3d,
  loadWikigold,
  REPO_ROOT,
  readBbc,
} from "../src/corpora/index";
import type { NerSentence, TreeSentence } from "../src/corpora/types";
import { DEFAULT_CLUSTER_OPTIONS, trainClusters } from "../src/models/clusters";
import { sharedGazetteer } from "../src/models/gazetteer";
import { MODEL_FILES } from "../src/models/index";
import { evaluateRecognizer, PerceptronRecognizer, type PRF, trainRecognizer } from "../src/models/ner";
import { ArcEagerParser, evaluateParser, trainParser } from "../src/models/parser";
import { PerceptronTagger, type PosTagger, taggerAccuracy, trainTagger } from "../src/models/tagger";

const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(argValue("--seed") ?? 20260101);
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

// 4. NER --------------------------------------------------------------------------------------------
const withTags = (xs: NerSentence[], tg: PosTagger) =>
  xs.map((s) => ({ tokens: s.tokens, tags: tg.tag(s.tokens), spans: s.spans, ignore: s.ignore }));
const nerTrainRaw = [
  ...slice(loadGumNer(root, "train"), 200),
  ...slice(loadGumNer(root, "dev"), 50),
  ...slice(loadWikigold(root, "train"), 200),
  ...slice(loadRe3d(root, "train"), 100),
];
// augmented copies of half of the sentences with names (see src/corpora/augment.ts)
const nerAugmented = augmentNer(nerTrainRaw, 0.5, seed + 11);
const nerTrainAll = [...nerTrainRaw, ...nerAugmented];
const nerTestSets: Record<string, NerSentence[]> = {
  gum: slice(loadGumNer(root, "test"), 100),
  wikigold: slice(loadWikigold(root, "test"), 100),
  re3d: slice(loadRe3d(root, "test"), 50),
};
const gazetteer = sharedGazetteer();
const tNer = performance.now();
const recognizer = trainRecognizer(
  withTags(nerTrainAll, shippedTagger),
  { clusters, gazetteer },
  () => shippedTagger,
  { epochs: smoke ? 1 : 8, seed, minWeight: smoke ? 0.002 : 0.5, log },
);
const nerTrainSec = (performance.now() - tNer) / 1000;
const nerBytes = recognizer.encode();
writeFileSync(join(outDir, MODEL_FILES.recognizer), nerBytes);
const shippedNer = PerceptronRecognizer.decode(nerBytes, { clusters, gazetteer }, () => shippedTagger);
const ewtTagged = ewtTest.map((s) => shippedTagger.tag(s.tokens));
c0 = cpuMs();
ewtTest.forEach((s, i) => {
  shippedNer.recognize(s.tokens, ewtTagged[i]);
});
const nerTokPerSec = ewtTokens / ((cpuMs() - c0) / 1000);
const nerScores: Record<string, Record<string, PRF>> = {};
for (const [name, data] of Object.entries(nerTestSets)) {
  nerScores[name] = evaluateRecognizer(shippedNer, withTags(data, shippedTagger));
}
nerScores.all = evaluateRecognizer(shippedNer, withTags(Object.values(nerTestSets).flat(), shippedTagger));
const fmtPrf = (r: Record<string, PRF>): string =>
  Object.entries(r)
    .map(
      ([k, v]) =>
        `${k} P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)} F1 ${v.f1.toFixed(3)} (n=${v.tp + v.fn})`,
    )
    .join("; ");
for (const [k, v] of Object.entries(nerScores)) log(`[${elapsed()}] ner ${k}: ${fmtPrf(v)}`);

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
  ner: {
    heldOut: Object.fromEntries(
      Object.entries(nerScores).map(([k, v]) => [
        k,
        Object.fromEntries(
          Object.entries(v).map(([t, p]) => [
            t,
            { precision: fix(p.precision), recall: fix(p.recall), f1: fix(p.f1), gold: p.tp + p.fn },
          ]),
        ),
      ]),
    ),
    trainSeconds: fix(nerTrainSec, 1),
    tokensPerCpuSecond: Math.round(nerTokPerSec),
    bytes: nerBytes.length,
  },
  clusters: { words: clusters.size, articles: bbc.length },
  totalSeconds: fix((performance.now() - t0) / 1000, 1),
};
writeFileSync(join(outDir, "scores.json"), `${JSON.stringify(scores, null, 2)}\n`);

const nerTable = (r: Record<string, PRF>): string =>
  ["| type | P | R | F1 | gold |", "|---|---|---|---|---|"]
    .concat(
      Object.entries(r).map(
        ([t, p]) =>
          `| ${t} | ${p.precision.toFixed(3)} | ${p.recall.toFixed(3)} | ${p.f1.toFixed(3)} | ${p.tp + p.fn} |`,
      ),
    )
    .join("\n");

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
  "ner.card.md": `# Model card: ner (${MODEL_FILES.recognizer})

- Task: person / organisation / place / event names in one pre-tokenised sentence.
  API: \`loadRecognizer().recognize(tokens, tags?)\` → \`{start, end, type}[]\` (token spans, end exclusive).
- Model: greedy BILOU averaged perceptron with transition constraints, followed by three documented
  span corrections (src/models/postprocess.ts): title words split off person names ("US President Joe Biden" →
  place "US" + person "Joe Biden"), weekdays/months trimmed from name edges, single-token demonyms dropped.
- Features: word (lower-cased and as written), shape, prefixes 1–4, suffixes 1–5, words/shapes at ±1/±2,
  UPOS ±1, BBC word clusters and capitalisation statistics, gazetteer membership (world-countries: countries, demonyms; country-state-city:
  states, cities — read from the npm dependencies at load time, not stored here), role cues
  (president, minister, spokesman, governor, commander, …), capitalised-run features (first/last word,
  length, word before/after, organisation/place/event head words such as Ministry, Institute, battalion).
- Training data (${nerTrainRaw.length} sentences, plus ${nerAugmented.length} augmented copies in which person /
  place / organisation names are replaced by generated Slavic, Middle-Eastern and other names, conflict-region
  cities and military / ministry organisation names — see src/corpora/augment.ts): GUM train+dev named mentions (person, organization→organisation,
  place, event; other GUM types dropped), wikigold train documents (PER/ORG/LOC; MISC dropped),
  re3d train documents (Person/Organisation/Location; descriptive spans ignored, titles stripped).
- Held-out evaluation (exact span match): GUM test documents, every 5th wikigold document, every 5th re3d
  document per subset.

All held-out sets:

${nerTable(nerScores.all!)}

GUM test:

${nerTable(nerScores.gum!)}

wikigold held-out:

${nerTable(nerScores.wikigold!)}

re3d held-out:

${nerTable(nerScores.re3d!)}

- Size: ${nerBytes.length} bytes (feature rows whose largest averaged weight is ≤ 0.5 dropped).
- Trained: ${date} (${smoke ? "SMOKE run, not for use" : "full run"}), ${nerTrainSec.toFixed(1)} s.
`,
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

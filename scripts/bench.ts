/**
 * `npm run bench [-- --json] [--shared DIR] [--skip-references] [--rebuild-only] [--rebuilds N]`:
 * how fast the build is on the BBC
 * News corpus (2,225 articles in ../shared/corpora/bbc), with the compromise full parse of the
 * same texts as the reference, in the same run. Reports the cold build, a rebuild after one article
 * changes (in a fresh process and in a watching one), 1/4 · 1/2 · whole corpus (time per MB),
 * the cold build without the models, layout of a generated 50k-node graph, GEXF
 * writing of a generated 100k-node graph against graphology-gexf, and the gazetteer load.
 * Wall seconds and CPU seconds (all threads) are both given: the machine may be shared. Each
 * kind of rebuild runs `--rebuilds` times (default 3); the reference runs `--colds` times (default
 * 3), each followed by a cold build, and the speed-up is the median of those pairs' ratios (the
 * medians are reported, with every run); `--rebuild-only` stops after the rebuilds. Before anything
 * is timed, a build of a few articles makes what a fresh install builds once (the bundles of the
 * worker scripts, the city index, the models' decoded tables, in node_modules/.cache): reported
 * as the one-time setup, not as part of the cold build.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import gexf from "graphology-gexf";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { timeGazetteerLoad } from "../src/bench/gazetteer-load";
import { generateNewsGraph } from "../src/bench/generate-graph";
import { processPeakRss, sampleMemory } from "../src/bench/memory";
import { compromiseParse } from "../src/bench/reference";
import { type BuildSummary, buildGraph, newBuildSession, prepareExtraction } from "../src/build";
import { gexfChunks } from "../src/export/gexf";
import { writeOutputsAtomic } from "../src/io/atomic-write";
import { layoutGraph, type Positions } from "../src/pipeline/layout";
import { fail, parseFlags, write } from "./cli";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const flags = parseFlags(process.argv.slice(2), [
  "shared",
  "child-build",
  "out",
  "child-watch",
  "change",
  "rebuilds",
  "colds",
]);
/** Each kind of rebuild is timed this many times (several: the machine is shared and noisy). */
const rebuilds = Math.max(1, Number(flags.values.get("rebuilds") ?? 3));
/**
 * Runs of the reference, each followed by a cold build of the whole corpus; the ratio is the median
 * of the pairs' ratios (one more cold build comes first, for the rebuilds).
 */
const colds = Math.max(1, Number(flags.values.get("colds") ?? 3));
/** Articles of the build that makes the one-time caches before anything is timed. */
const SETUP_ARTICLES = 40;

/** Child mode: times one build in this process and prints its figures as one line. */
async function timeBuild(options: Parameters<typeof buildGraph>[0]): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { summary } = await buildGraph(options);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const child: ChildBuild = {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssBytes: processPeakRss(),
    summary,
  };
  write(JSON.stringify(child));
}

/** Appends a sentence to an article as an editor would: a new file under the same name. */
async function editArticle(file: string, sentence: string): Promise<void> {
  const text = await readFile(file, "utf8");
  await unlink(file);
  await writeFile(file, `${text.trimEnd()}\n${sentence}\n`);
}

// Child mode: a watching process (one session) builds, then rebuilds after each of the `--change`
// files (comma-separated) changes in turn; every rebuild's figures are printed.
const watchInput = flags.values.get("child-watch");
if (watchInput !== undefined) {
  const out = flags.values.get("out")!;
  const session = newBuildSession();
  await buildGraph({ input: watchInput, out, session });
  prepareExtraction();
  for (const changed of flags.values.get("change")!.split(",")) {
    await editArticle(changed, "Gordon Brown visited Leeds on Friday, aides said.");
    await timeBuild({ input: watchInput, out, session });
  }
  process.exit(0);
}

// Child mode: one build in a fresh process, so its time and peak memory are its own.
const childInput = flags.values.get("child-build");
if (childInput !== undefined) {
  await timeBuild({
    input: childInput,
    out: flags.values.get("out")!,
    cache: !flags.switches.has("no-cache"),
    models: !flags.switches.has("no-models"),
  });
  process.exit(0);
}
const asJson = flags.switches.has("json");
const skipReferences = flags.switches.has("skip-references");
/** Only the cold build and the rebuilds (the figures for work on rebuilds, in ~1 min). */
const rebuildOnly = flags.switches.has("rebuild-only");
const sharedDir = path.resolve(
  flags.values.get("shared") ?? process.env.NEWSGRAPH_SHARED ?? path.join(repoRoot, "../shared"),
);
const corpusDir = path.join(sharedDir, "corpora/bbc");
const schema = path.join(sharedDir, "schemas/gexf-1.3/gexf.rng");
const CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"];

const missing = [
  ...CATEGORIES.map((c) => path.join(corpusDir, c)).filter((dir) => !existsSync(dir)),
  ...(existsSync(schema) ? [] : [schema]),
];
if (missing.length > 0)
  fail(
    `the bench needs the shared data beside the clone (or --shared DIR / NEWSGRAPH_SHARED); missing:\n  ${missing.join("\n  ")}`,
  );

const log = (line: string) => {
  if (!asJson) process.stderr.write(`${line}\n`);
};
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const MB = 1024 * 1024;

interface Measured<T> {
  value: T;
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
}

async function measure<T>(run: () => Promise<T> | T): Promise<Measured<T>> {
  const memory = sampleMemory();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    value,
    seconds: round(seconds),
    cpuSeconds: round((used.user + used.system) / 1e6),
    peakRssMB: round(memory.stop() / MB, 1),
  };
}

// The corpus flattened into symlinks `<category>_<file>` (ingest reads one folder).
const files = CATEGORIES.flatMap((category) =>
  readdirSync(path.join(corpusDir, category))
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ source: path.join(corpusDir, category, name), name: `${category}_${name}` })),
);
const work = await mkdtemp(path.join(os.tmpdir(), "newsgraph-bench-"));

async function corpusFolder(
  label: string,
  every: number,
): Promise<{ dir: string; bytes: number; files: number }> {
  const dir = path.join(work, `input-${label}`);
  await mkdir(dir);
  let bytes = 0;
  let count = 0;
  for (const [i, file] of files.entries()) {
    if (i % every !== 0) continue;
    await symlink(file.source, path.join(dir, file.name));
    bytes += statSync(file.source).size;
    count++;
  }
  return { dir, bytes, files: count };
}

interface ChildBuild {
  seconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  summary: BuildSummary;
}

/** Runs one build in a child process (same node flags, so tsx is there) and reads its figures. */
function buildInChild(input: string, out: string, cache = true, models = true): ChildBuild {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), "--child-build", input, "--out", out];
  if (!cache) args.push("--no-cache");
  if (!models) args.push("--no-models");
  const stdout = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as ChildBuild;
}

/** The run with the median wall time. */
function median(runs: ChildBuild[]): ChildBuild {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)]!;
}

function buildFigures(m: ChildBuild, bytes: number) {
  const { summary } = m;
  return {
    seconds: round(m.seconds),
    cpuSeconds: round(m.cpuSeconds),
    peakRssMB: round(m.peakRssBytes / MB, 1),
    mbPerSecond: round(bytes / MB / m.seconds, 2),
    articlesPerSecond: round(summary.articles / m.seconds, 1),
    secondsPerMB: round(m.seconds / (bytes / MB)),
    articles: summary.articles,
    nodes: summary.nodes,
    edges: summary.edges,
    threads: summary.threads,
    stages: summary.timings,
    cache: summary.cache,
  };
}

type Figures = ReturnType<typeof buildFigures> & { runs?: number[] };

function writeRebuilds(result: {
  rebuildOneChanged: Figures;
  rebuildUnchanged: Figures;
  rebuildOneChangedWatching: Figures;
}): void {
  const runs = (f: Figures) => (f.runs && f.runs.length > 1 ? ` (median of ${f.runs.join(", ")})` : "");
  const f = result.rebuildOneChanged;
  write(
    `rebuild after one article changed: ${f.seconds} s${runs(f)} (CPU ${f.cpuSeconds} s), stages ${JSON.stringify(f.stages)}, cache ${JSON.stringify(f.cache)}`,
  );
  const u = result.rebuildUnchanged;
  write(`rebuild with nothing changed: ${u.seconds} s${runs(u)} (CPU ${u.cpuSeconds} s)`);
  const w = result.rebuildOneChangedWatching;
  write(
    `rebuild after one article changed, in a watching process: ${w.seconds} s${runs(w)} (CPU ${w.cpuSeconds} s), stages ${JSON.stringify(w.stages)}`,
  );
}

try {
  const whole = await corpusFolder("whole", 1);
  log(`corpus: ${whole.files} files, ${round(whole.bytes / MB, 2)} MB, in ${work}`);

  // 1. Cold build of the whole corpus (empty cache), then rebuilds after one article changes: in a
  // fresh process, with nothing changed, and in a watching process (each `rebuilds` times, every
  // time another article).
  // What a fresh install makes once, timed on its own (nothing when an earlier run made it).
  const setupInput = await corpusFolder("setup", Math.floor(files.length / SETUP_ARTICLES));
  log(`one-time setup after install (a build of ${setupInput.files} articles)…`);
  const setupStarted = performance.now();
  buildInChild(setupInput.dir, path.join(work, "out-setup"), false);
  const setupSeconds = round((performance.now() - setupStarted) / 1000);

  log(`cold build (1/${colds + 1})…`);
  const coldOut = path.join(work, "out-cold");
  const cold = buildInChild(whole.dir, coldOut);
  const freshRuns: ChildBuild[] = [];
  for (let i = 0; i < rebuilds; i++) {
    log(`rebuild after one article changed (${i + 1}/${rebuilds})…`);
    await editArticle(
      path.join(whole.dir, files[i]!.name),
      "Tony Blair visited Paris on Tuesday, officials said.",
    );
    freshRuns.push(buildInChild(whole.dir, coldOut));
  }
  const unchangedRuns: ChildBuild[] = [];
  for (let i = 0; i < rebuilds; i++) {
    log(`rebuild with nothing changed (${i + 1}/${rebuilds})…`);
    unchangedRuns.push(buildInChild(whole.dir, coldOut));
  }
  log(`${rebuilds} rebuilds after one article changed, in a watching process (--watch)…`);
  const watchArgs = [...process.execArgv, fileURLToPath(import.meta.url), "--child-watch", whole.dir];
  const toChange = files.slice(rebuilds, 2 * rebuilds).map((f) => path.join(whole.dir, f.name));
  const watchedRuns = execFileSync(
    process.execPath,
    [...watchArgs, "--out", coldOut, "--change", toChange.join(",")],
    { encoding: "utf8", maxBuffer: 1 << 28 },
  )
    .trim()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as ChildBuild);
  const rebuildFigures = (runs: ChildBuild[]) => ({
    ...buildFigures(median(runs), whole.bytes),
    runs: runs.map((run) => round(run.seconds)),
  });
  const rebuildResult = {
    setupSeconds,
    cold: buildFigures(cold, whole.bytes) as Figures,
    rebuildOneChanged: rebuildFigures(freshRuns),
    rebuildUnchanged: rebuildFigures(unchangedRuns),
    rebuildOneChangedWatching: rebuildFigures(watchedRuns),
  };
  if (rebuildOnly) {
    if (asJson) write(JSON.stringify(rebuildResult, null, 2));
    else {
      const c = rebuildResult.cold;
      write(`one-time setup after install: ${rebuildResult.setupSeconds} s`);
      write(`cold build: ${c.seconds} s (CPU ${c.cpuSeconds} s), stages ${JSON.stringify(c.stages)}`);
      writeRebuilds(rebuildResult);
    }
    await rm(work, { recursive: true, force: true });
    process.exit(0);
  }
  // The rules alone (--no-models), for what the trained models cost.
  log("cold build without the models…");
  const rulesOnly = buildInChild(whole.dir, path.join(work, "out-rules"), false, false);

  // 2. Scaling: 1/4, 1/2 and the whole corpus, no cache.
  const scaling = [];
  for (const [label, every] of [
    ["quarter", 4],
    ["half", 2],
    ["whole", 1],
  ] as const) {
    const input = label === "whole" ? whole : await corpusFolder(label, every);
    log(`full build (--no-cache) of the ${label} corpus…`);
    const m = buildInChild(input.dir, path.join(work, `out-${label}`), false);
    scaling.push({
      part: label,
      files: input.files,
      mb: round(input.bytes / MB, 2),
      ...buildFigures(m, input.bytes),
    });
  }

  // 3. The reference, compromise's full parse of the same (distinct) texts on one thread, each run
  // followed by a cold build: a shared VM's speed drifts by 10-30% within minutes, so the ratio is
  // taken within each pair and the median of the pairs reported.
  const texts = [...new Set(files.map((f) => readFileSync(f.source, "utf8")))];
  let reference: Record<string, unknown> | undefined;
  const referenceRuns: Measured<{ terms: number }>[] = [];
  const coldRuns = [cold];
  const pairs: { reference: Measured<{ terms: number }>; cold: ChildBuild }[] = [];
  for (let i = 0; i < colds; i++) {
    let run: Measured<{ terms: number }> | undefined;
    if (!skipReferences) {
      log(`compromise full parse of ${texts.length} distinct articles (${i + 1}/${colds})…`);
      run = await measure(() => compromiseParse(texts));
      referenceRuns.push(run);
    }
    log(`cold build (${i + 2}/${colds + 1})…`);
    const build = buildInChild(whole.dir, path.join(work, `out-cold-${i + 2}`));
    coldRuns.push(build);
    if (run) pairs.push({ reference: run, cold: build });
  }
  if (referenceRuns.length > 0) {
    const m = [...referenceRuns].sort((a, b) => a.seconds - b.seconds)[
      Math.floor((referenceRuns.length - 1) / 2)
    ]!;
    reference = {
      method: "nlp(text).json() per article (full parse: sentences, terms, tags), single thread",
      articles: texts.length,
      seconds: m.seconds,
      cpuSeconds: m.cpuSeconds,
      runs: referenceRuns.map((r) => r.seconds),
      mbPerSecond: round(whole.bytes / MB / m.seconds, 2),
      articlesPerSecond: round(texts.length / m.seconds, 1),
      terms: m.value.terms,
    };
  }
  rebuildResult.cold = {
    ...buildFigures(median(coldRuns), whole.bytes),
    runs: coldRuns.map((run) => round(run.seconds)),
  };
  const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const pairedRatios = pairs.map((pair) => round(pair.reference.seconds / pair.cold.seconds, 2));
  const pairedCpuRatios = pairs.map((pair) => round(pair.reference.cpuSeconds / pair.cold.cpuSeconds, 2));

  // 4. Layout of a generated 50k-node / 150k-edge graph: fresh, then after 1% new nodes.
  log("layout of a generated 50k-node / 150k-edge graph…");
  const big = generateNewsGraph({ nodes: 50_000, edges: 150_000 });
  const fresh = await measure(() => layoutGraph(big));
  const previous: Positions = new Map();
  big.forEachNode((key, a) => {
    if (previous.size < big.order * 0.99) previous.set(key, { x: a.x, y: a.y });
  });
  const relayout = await measure(() => layoutGraph(big, { previous }));
  let fa2PerIteration: number | undefined;
  if (!skipReferences) {
    log("graphology ForceAtlas2 (Barnes-Hut), 2 iterations at 50k nodes, for reference…");
    const settings = forceAtlas2.inferSettings(big);
    const m = await measure(() =>
      forceAtlas2.assign(big, { iterations: 2, settings: { ...settings, barnesHutOptimize: true } }),
    );
    fa2PerIteration = round(m.seconds / 2);
  }

  // 5. GEXF of a generated 100k-node graph: ours streamed to a file vs graphology-gexf.
  log("GEXF of a generated 100k-node / 200k-edge graph…");
  const huge = generateNewsGraph({ nodes: 100_000, edges: 200_000, seed: 11 });
  huge.forEachNode((key, a) => {
    huge.mergeNodeAttributes(key, { x: a.size * 3, y: a.mentions * 7 });
  });
  const oursFile = path.join(work, "ours.gexf");
  const ours = await measure(() => writeOutputsAtomic(work, { "ours.gexf": gexfChunks(huge) }));
  let graphologyGexf: Measured<void> | undefined;
  if (!skipReferences) {
    log("graphology-gexf on the same graph…");
    graphologyGexf = await measure(async () => {
      await writeFile(path.join(work, "graphology.gexf"), gexf.write(huge as never));
    });
  }
  // A machine without xmllint reports that, not an invalid file.
  const validate = (file: string): boolean | "xmllint missing" => {
    try {
      execFileSync("xmllint", ["--noout", "--stream", "--relaxng", schema, file], { stdio: "pipe" });
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ENOENT" ? "xmllint missing" : false;
    }
  };
  // xmllint's RELAX NG check of the 160 MB file takes minutes: check the same writer's output for
  // a generated 10k-node graph, and the BBC build's graph.gexf.
  log("validating GEXF files against the 1.3 RELAX NG schema…");
  const smallFile = path.join(work, "ours-10k.gexf");
  const small = generateNewsGraph({ nodes: 10_000, edges: 20_000, seed: 13 });
  layoutGraph(small);
  await writeOutputsAtomic(work, { "ours-10k.gexf": gexfChunks(small) });
  const valid = {
    generated10k: validate(smallFile),
    bbcBuild: validate(path.join(coldOut, "graph.gexf")),
  };

  // 6. Gazetteer load in a fresh worker: with the prebuilt city index, and rebuilding it.
  log("gazetteer load in a fresh worker…");
  const gazetteerWithIndex = await timeGazetteerLoad({ eager: true });
  const gazetteerBuildingIndex = await timeGazetteerLoad({ indexDir: path.join(work, "gazetteer-index") });

  const result = {
    machine: {
      cpus: os.availableParallelism(),
      memoryGB: round(os.totalmem() / 1024 ** 3, 1),
      node: process.version,
      load: os.loadavg().map((l) => round(l, 2)),
    },
    corpus: { files: whole.files, mb: round(whole.bytes / MB, 2) },
    ...rebuildResult,
    coldWithoutModels: buildFigures(rulesOnly, whole.bytes),
    scaling,
    reference,
    speedup: reference
      ? {
          wall: middle(pairedRatios),
          wallPairs: pairedRatios,
          cpu: middle(pairedCpuRatios),
          wallWithoutModels: round((reference.seconds as number) / rulesOnly.seconds, 2),
        }
      : undefined,
    layout50k: {
      nodes: big.order,
      edges: big.size,
      fresh: { seconds: fresh.seconds, cpuSeconds: fresh.cpuSeconds },
      onePercentNew: { seconds: relayout.seconds, cpuSeconds: relayout.cpuSeconds },
      graphologyFa2SecondsPerIteration: fa2PerIteration,
    },
    gexf100k: {
      nodes: huge.order,
      edges: huge.size,
      mb: round(statSync(oursFile).size / MB, 1),
      ours: { seconds: ours.seconds, cpuSeconds: ours.cpuSeconds, peakRssMB: ours.peakRssMB },
      graphologyGexf: graphologyGexf
        ? {
            seconds: graphologyGexf.seconds,
            cpuSeconds: graphologyGexf.cpuSeconds,
            peakRssMB: graphologyGexf.peakRssMB,
          }
        : undefined,
      speedup: graphologyGexf ? round(graphologyGexf.seconds / ours.seconds, 2) : undefined,
      valid,
    },
    gazetteerLoadSeconds: {
      moduleImport: round(gazetteerWithIndex.module),
      withPrebuiltIndex: round(gazetteerWithIndex.index),
      buildingTheIndex: round(gazetteerBuildingIndex.index),
      formerEagerCityBuild: round(gazetteerWithIndex.eagerCities ?? Number.NaN),
    },
  };

  if (asJson) write(JSON.stringify(result, null, 2));
  else {
    const c = result.cold;
    write(
      `machine: ${result.machine.cpus} cores, ${result.machine.memoryGB} GB, Node ${result.machine.node}, load ${result.machine.load.join(" ")}`,
    );
    write(`corpus: ${result.corpus.files} files, ${result.corpus.mb} MB`);
    write(`one-time setup after install (bundles, city index, model tables): ${result.setupSeconds} s`);
    const coldRuns = c.runs && c.runs.length > 1 ? ` (median of ${c.runs.join(", ")})` : "";
    write(
      `cold build: ${c.seconds} s${coldRuns} (CPU ${c.cpuSeconds} s, ${c.threads} worker threads), ${c.mbPerSecond} MB/s, ${c.articlesPerSecond} articles/s, peak RSS ${c.peakRssMB} MB (process, incl. workers)`,
    );
    write(`  stages: ${JSON.stringify(c.stages)}`);
    writeRebuilds(result);
    const r = result.coldWithoutModels;
    write(
      `cold build without the models (--no-models): ${r.seconds} s (CPU ${r.cpuSeconds} s), peak RSS ${r.peakRssMB} MB`,
    );
    for (const s of result.scaling)
      write(
        `full build, ${s.part} (${s.files} files, ${s.mb} MB): ${s.seconds} s, ${s.secondsPerMB} s/MB, CPU ${s.cpuSeconds} s, peak RSS ${s.peakRssMB} MB`,
      );
    if (reference)
      write(
        `reference, compromise full parse: ${reference.seconds} s (median of ${(reference.runs as number[]).join(", ")}; CPU ${reference.cpuSeconds} s), ${reference.mbPerSecond} MB/s, ${reference.articlesPerSecond} articles/s`,
      );
    if (result.speedup)
      write(
        `speed-up over the reference: ${result.speedup.wall}× wall (median of each reference run against the cold build right after it: ${result.speedup.wallPairs.join(", ")}), ${result.speedup.cpu}× CPU; without the models ${result.speedup.wallWithoutModels}× wall`,
      );
    const l = result.layout50k;
    write(
      `layout ${l.nodes} nodes / ${l.edges} edges: ${l.fresh.seconds} s fresh (CPU ${l.fresh.cpuSeconds} s), ${l.onePercentNew.seconds} s with 1% new nodes; graphology FA2 ${l.graphologyFa2SecondsPerIteration ?? "-"} s per iteration`,
    );
    const g = result.gexf100k;
    write(
      `GEXF ${g.nodes} nodes / ${g.edges} edges (${g.mb} MB): ours ${g.ours.seconds} s streamed (CPU ${g.ours.cpuSeconds} s), graphology-gexf ${g.graphologyGexf?.seconds ?? "-"} s → ${g.speedup ?? "-"}×; valid: ${JSON.stringify(g.valid)}`,
    );
    write(
      `gazetteer in a fresh worker: module ${result.gazetteerLoadSeconds.moduleImport} s, then indexes ${result.gazetteerLoadSeconds.withPrebuiltIndex} s with the prebuilt city index (${result.gazetteerLoadSeconds.buildingTheIndex} s when building it; the former eager city Map alone: ${result.gazetteerLoadSeconds.formerEagerCityBuild} s)`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

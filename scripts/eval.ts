/**
 * `npm run eval [-- --gold FILE --json]`: build a graph from the gold's articles only and score it
 * against the gold standard (shared/gold/dev.json by default).
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { extractAll } from "../src/build";
import { type Gold, type PRF, scoreGraph } from "../src/eval/score";
import { assembleGraph } from "../src/pipeline/assemble";
import { readArticles } from "../src/pipeline/ingest";
import { fail, parseFlags, write } from "./cli";

const flags = parseFlags(process.argv.slice(2), ["gold", "articles"]);
const goldFile = path.resolve(flags.values.get("gold") ?? "../shared/gold/dev.json");
const articlesDir = path.resolve(flags.values.get("articles") ?? "graph-data/articles");
if (!existsSync(goldFile)) fail(`${goldFile}: gold file not found (shared/ must sit beside the project)`);
const gold = JSON.parse(readFileSync(goldFile, "utf8")) as Gold;
const prefixes = new Set(gold.entities.flatMap((e) => e.articles));

const dir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-eval-"));
try {
  const { readdirSync } = await import("node:fs");
  for (const file of readdirSync(articlesDir)) {
    if (prefixes.has(file.slice(0, 3))) await symlink(path.join(articlesDir, file), path.join(dir, file));
  }
  const { articles } = await readArticles(dir);
  const { graph } = assembleGraph(
    extractAll(articles, undefined, { models: !flags.switches.has("no-models") }),
  );
  const score = scoreGraph(graph, gold);
  if (flags.switches.has("json")) {
    write(JSON.stringify(score));
  } else {
    const row = (name: string, s: PRF) =>
      `${name.padEnd(16)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(7)} ${s.f1.toFixed(2).padStart(5)}   ${String(s.correct).padStart(3)}/${String(s.predicted).padEnd(4)} ${String(s.found).padStart(3)}/${s.total}`;
    write(`articles: ${articles.map((a) => a.id).join(", ")}`);
    write(`${"".padEnd(16)} precision  recall    F1   correct/pred found/gold`);
    write(row("entities", score.entities));
    for (const [type, s] of Object.entries(score.entitiesByType)) write(row(`  ${type}`, s));
    write(row("relations", score.relations));
    for (const [type, s] of Object.entries(score.relationsByType)) write(row(`  ${type}`, s));
    write(
      `duplicates: ${score.duplicates.length}${score.duplicates.map((d) => `\n  ${d.gold}: ${d.nodes.join(", ")}`).join("")}`,
    );
    write(`noise nodes: ${score.noiseNodes.length}${score.noiseNodes.map((n) => `\n  ${n}`).join("")}`);
    write(`missed entities: ${score.missedEntities.map((e) => `${e.type}:${e.id}`).join(", ") || "none"}`);
    write(`unmatched nodes: ${score.unmatchedNodes.join(", ") || "none"}`);
    write(
      `missed relations:${score.missedRelations.map((r) => `\n  ${r.type} ${r.source} -> ${r.target}`).join("") || " none"}`,
    );
    const firstEvidence = (edge: string) => {
      const evidence = graph.getEdgeAttribute(edge, "evidence")[0];
      return evidence
        ? `\n      ${evidence.article.slice(0, 3)}#${evidence.sentence}: ${evidence.text.slice(0, 150)}`
        : "";
    };
    write(
      `edges matching no gold relation:${score.wrongEdges.map((e) => `\n  ${e}${firstEvidence(e)}`).join("") || " none"}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

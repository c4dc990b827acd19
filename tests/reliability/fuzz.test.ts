/**
 * Fuzz: a few hundred seeded hostile inputs through ingest (sniff, decode, HTML/Markdown/JSON Lines
 * readers, the whole `readArticles`), then graphs with hostile labels through every exporter. No
 * input may throw (other than a clean InputError), take longer than its time bound, or produce an
 * output a reader rejects. A failure names the generator and index: rerun with the same seed.
 *
 * The last block runs the first FUZZ_PIPELINE_COUNT (200) decodable inputs through the whole build
 * (extract → assemble → layout → every exporter) and checks the outputs parse.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES, renderFormats } from "../../src/export/formats";
import { xmlSafe } from "../../src/export/xml-text";
import { createNewsGraph, type NewsGraph } from "../../src/graph";
import { decodeBytes } from "../../src/ingest/decode";
import { extractHtml } from "../../src/ingest/html";
import { parseJsonl } from "../../src/ingest/jsonl";
import { parseMarkdown } from "../../src/ingest/markdown";
import { binaryReason } from "../../src/ingest/sniff";
import { assembleGraph } from "../../src/pipeline/assemble";
import { extractArticle } from "../../src/pipeline/extract";
import { InputError, readArticles } from "../../src/pipeline/ingest";
import { layoutGraph } from "../../src/pipeline/layout";
import { NODE_TYPES, nodeKey, RELATION_TYPES, slugify } from "../../src/schema";
import { parseCsv } from "../export/csv-reader";
import { lexCypher } from "../export/cypher-lexer";
import { available, hasCommand, xmllint } from "../export/external-tools";
import { makeTempDir } from "./fixtures";
import { createRng, int, nastyInputs, nastyLabels, pick, type Rng } from "./nasty-inputs";

const SEED = Number(process.env.FUZZ_SEED ?? 20241122);
const COUNT = Number(process.env.FUZZ_COUNT ?? 300);
/** Per-input bound: generous for a 2-core CI machine, far below a hang. */
const BOUND_MS = 5000;

const inputs = nastyInputs(SEED, COUNT);

function timed<T>(name: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  if (elapsed > BOUND_MS) throw new Error(`${name} took ${Math.round(elapsed)} ms (bound ${BOUND_MS} ms)`);
  return result;
}

describe(`fuzz ingest (seed ${SEED}, ${COUNT} inputs)`, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = makeTempDir("fuzz-"));
  });
  afterAll(() => cleanup());

  it("decodes every input to clean text without throwing", () => {
    const slowest: [number, string][] = [];
    for (const input of inputs) {
      const started = performance.now();
      timed(input.name, () => {
        if (binaryReason(input.bytes)) return;
        const { text } = decodeBytes(input.bytes, input.ext === ".html" ? "windows-1252" : undefined);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are gone.
        expect(text, input.name).not.toMatch(/[\u0000-\u0008\u000B-\u001F\r]/);
        expect(text, input.name).toBe(text.normalize("NFC"));
        if (input.ext === ".html") extractHtml(text);
        else if (input.ext === ".jsonl") parseJsonl(text);
        else if (input.ext === ".md") parseMarkdown(text);
      });
      slowest.push([performance.now() - started, input.name]);
    }
    slowest.sort((a, b) => b[0] - a[0]);
    process.stdout.write(
      `slowest decode: ${slowest
        .slice(0, 3)
        .map(([ms, n]) => `${n} ${Math.round(ms)} ms`)
        .join(", ")}\n`,
    );
  }, 120_000);

  it("reads every input as a file with readArticles: articles or a clean InputError", async () => {
    for (const [i, input] of inputs.entries()) {
      const folder = path.join(dir, String(i));
      mkdirSync(folder);
      writeFileSync(path.join(folder, `input${input.ext}`), input.bytes);
      const started = performance.now();
      try {
        const { articles, problems } = await readArticles(folder);
        for (const article of articles) {
          expect(article.text.trim(), input.name).not.toBe("");
          expect(article.text, input.name).not.toContain("\u0000");
        }
        for (const problem of problems) expect(problem.message, input.name).not.toContain("\n");
      } catch (error) {
        expect(error, `${input.name}: ${(error as Error).message}`).toBeInstanceOf(InputError);
      }
      expect(performance.now() - started, input.name).toBeLessThan(BOUND_MS);
    }
  }, 180_000);
});

/**
 * Compares what an xmldom-based reader (graphology-gexf, graphology-graphml) gives back with the
 * XML-safe label. xmldom turns U+2028/U+2029/U+0085 into a space or a newline even when escaped
 * (XML 1.1 line-end rules); Python's XML 1.0 parser keeps them. The files are right, so those
 * characters and newlines are compared as one class.
 */
function sameAfterReading(read: unknown, label: string): boolean {
  const norm = (text: string) => text.replace(/[\u2028\u2029\u0085\n]/g, " ");
  return norm(String(read ?? "")) === norm(xmlSafe(label));
}

function hostileGraph(rng: Rng): NewsGraph {
  const graph = createNewsGraph();
  const labels = nastyLabels(rng, int(rng, 3, 20));
  graph.setAttribute("name", pick(rng, labels));
  const keys: string[] = [];
  for (const [i, label] of labels.entries()) {
    const type = pick(rng, NODE_TYPES);
    const key = nodeKey(type, `${slugify(label)}-${i}`);
    keys.push(key);
    graph.addNode(key, {
      label,
      type,
      aliases: [pick(rng, labels), pick(rng, labels)],
      mentions: int(rng, 0, 1000),
      articles: [pick(rng, labels)],
      evidence: [{ article: pick(rng, labels), sentence: int(rng, 0, 50), text: pick(rng, labels) }],
      x: (rng() - 0.5) * 1e6,
      y: rng() < 0.05 ? Number.NaN : (rng() - 0.5) * 1e-6,
      size: rng() * 30,
      color: pick(rng, ["#e4572e", "#abc", "red", "", "rgb(1,2,3)"]),
      ...(rng() < 0.3 ? { description: pick(rng, labels), date: pick(rng, labels) } : {}),
      ...(rng() < 0.3 ? { lat: rng() * 180 - 90, lng: Number.POSITIVE_INFINITY } : {}),
    });
  }
  for (let i = 0; i < int(rng, 0, 30); i++) {
    const type = pick(rng, RELATION_TYPES);
    const source = pick(rng, keys);
    const target = pick(rng, keys);
    graph.addDirectedEdgeWithKey(`${type}:${source}->${target}#${i}`, source, target, {
      type,
      label: pick(rng, labels),
      weight: int(rng, 1, 99),
      articles: [pick(rng, labels)],
      evidence: [
        { article: "a", sentence: 0, text: pick(rng, labels), quote: pick(rng, labels), speech: "direct" },
      ],
    });
  }
  return graph;
}

describe(`fuzz exporters (seed ${SEED})`, () => {
  const canXmllint = available(
    hasCommand("xmllint", ["--version"]),
    "xmllint (apt-get install libxml2-utils)",
  );

  it("writes every format for graphs with hostile labels, and every reader accepts it", () => {
    const rng = createRng(SEED);
    for (let round = 0; round < 100; round++) {
      const graph = hostileGraph(rng);
      const name = `graph#${round}`;
      const files = timed(name, () => renderFormats(graph, FORMAT_NAMES));

      const json = createNewsGraph();
      json.import(JSON.parse(files["graph.json"]!));
      expect(json.order, name).toBe(graph.order);

      // Without respectInputGraphType, graphology-gexf reads a graph with no edges as "mixed".
      const gexf = parseGexf(MultiDirectedGraph, files["graph.gexf"]!, { respectInputGraphType: true });
      const graphml = parseGraphml(MultiDirectedGraph, files["graph.graphml"]!);
      for (const parsed of [gexf, graphml]) {
        expect(parsed.order, name).toBe(graph.order);
        expect(parsed.size, name).toBe(graph.size);
      }
      graph.forEachNode((key, a) => {
        // graphology-gexf reads an empty label attribute back as no label.
        const fromGexf = gexf.getNodeAttribute(key, "label");
        const fromGraphml = graphml.getNodeAttribute(key, "label");
        expect(sameAfterReading(fromGexf, a.label), `${name} gexf ${key}: ${JSON.stringify(fromGexf)}`).toBe(
          true,
        );
        expect(
          sameAfterReading(fromGraphml, a.label),
          `${name} graphml ${key}: ${JSON.stringify(fromGraphml)}`,
        ).toBe(true);
      });
      if (canXmllint) {
        for (const file of ["graph.gexf", "graph.graphml"]) {
          const result = xmllint(["--noout"], files[file]!);
          expect(result.ok, `${name} ${file}: ${result.output}`).toBe(true);
        }
      }

      expect(parseCsv(files["neo4j/nodes.csv"]!), name).toHaveLength(graph.order + 1);
      expect(parseCsv(files["neo4j/relationships.csv"]!), name).toHaveLength(graph.size + 1);
      const { literals } = lexCypher(files["neo4j/graph.cypher"]!);
      graph.forEachNode((key) => expect(literals, name).toContain(key));
    }
  }, 180_000);
});

describe(`fuzz the whole build (seed ${SEED})`, () => {
  const count = Number(process.env.FUZZ_PIPELINE_COUNT ?? 200);
  /** The build on one article of up to ~1 MB: extraction is linear, so this is far above normal. */
  const PIPELINE_BOUND_MS = 20_000;

  it(`builds a valid graph from each of ${count} hostile articles`, () => {
    let built = 0;
    for (const input of inputs) {
      if (built >= count) break;
      if (binaryReason(input.bytes)) continue;
      const text = decodeBytes(input.bytes).text;
      if (text.trim() === "") continue;
      built++;
      const started = performance.now();
      const extraction = extractArticle({ id: `fuzz-${built}`, files: [`${input.name}${input.ext}`], text });
      const { graph } = assembleGraph([extraction]);
      layoutGraph(graph);
      const files = renderFormats(graph, FORMAT_NAMES);
      const elapsed = performance.now() - started;
      expect(elapsed, `${input.name} took ${Math.round(elapsed)} ms`).toBeLessThan(PIPELINE_BOUND_MS);

      graph.forEachNode((key, a) => {
        expect(Number.isFinite(a.x) && Number.isFinite(a.y), `${input.name} ${key} position`).toBe(true);
        expect(a.label.trim(), `${input.name} ${key} label`).not.toBe("");
      });
      const gexf = parseGexf(MultiDirectedGraph, files["graph.gexf"]!, { respectInputGraphType: true });
      expect(gexf.order, input.name).toBe(graph.order);
      expect(gexf.size, input.name).toBe(graph.size);
      const graphml = parseGraphml(MultiDirectedGraph, files["graph.graphml"]!);
      expect(graphml.order, input.name).toBe(graph.order);
      expect(parseCsv(files["neo4j/relationships.csv"]!), input.name).toHaveLength(graph.size + 1);
    }
    expect(built).toBe(count);
  }, 600_000);
});

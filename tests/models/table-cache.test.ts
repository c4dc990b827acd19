import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { rng } from "../../src/models/hash";
import { decodeModels, encodeModels, LinearModel } from "../../src/models/perceptron";
import { readModelFile, type TableKind } from "../../src/models/table-cache";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "table-cache-"));
  dirs.push(dir);
  return dir;
}

function randomModel(nClasses: number, rows: number, seed: number): LinearModel {
  const random = rng(seed);
  const keys = new Set<number>([0]);
  while (keys.size < rows) keys.add(((Math.floor(random() * 4096) << 12) | 7) >>> 0);
  const sorted = Uint32Array.from([...keys].sort((a, b) => a - b));
  // Mostly zeros, as in a trained model, so the sparse table leaves some rows out.
  const weights = Float32Array.from({ length: rows * nClasses }, () =>
    random() < 0.7 ? 0 : (random() - 0.5) * 10,
  );
  return new LinearModel(nClasses, sorted, weights);
}

/** A model file of two models (4 and 17 classes) and a header, as the trainer writes one. */
function writeModelFile(dir: string, seed: number): string {
  const file = path.join(dir, "toy.bin.gz");
  const meta = { kind: "toy", labels: ["a", "b"], seed };
  writeFileSync(file, encodeModels(meta, [randomModel(4, 2000, seed), randomModel(17, 500, seed + 1)]));
  return file;
}

const TABLES: TableKind[][] = [["inline"], ["sparse"]];

/** Scores of both models' tables on the same random features. */
function scoresOf(models: LinearModel[], seed: number): number[] {
  const random = rng(seed);
  const out: number[] = [];
  const features = new Uint32Array(40);
  for (let trial = 0; trial < 30; trial++) {
    for (const [i, model] of models.entries()) {
      for (let k = 0; k < features.length; k++)
        features[k] =
          random() < 0.7 ? model.keys[Math.floor(random() * model.size)]! : Math.floor(random() * 2 ** 32);
      const scores = new Float64Array(model.nClasses);
      if (i === 0) model.inlineTable().score(features, features.length, scores);
      else model.score(features, features.length, scores);
      out.push(...scores);
    }
  }
  return out;
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith("model-tables-toy-"));
}

describe("readModelFile (decoded models cached on disk)", () => {
  it("writes the decoded models and their tables once, then reads them back with the same scores", () => {
    const dir = tempDir();
    const file = writeModelFile(dir, 1);
    const decoded = decodeModels<{ kind: string }>(readFileSync(file));
    const expected = scoresOf(decoded.models, 7);

    const first = readModelFile<{ kind: string; seed: number }>(file, TABLES, dir);
    const [cached] = cacheFiles(dir);
    expect(cached).toBeDefined();
    const second = readModelFile<{ kind: string; seed: number }>(file, TABLES, dir);
    // Served from the file: the keys are a view of the cached file's bytes.
    const size = statSync(path.join(dir, cached!)).size;
    expect(second.models[0]!.keys.buffer.byteLength).toBe(size);
    expect(second.models[0]!.builtTables().inline).toBeDefined();
    expect(second.models[1]!.builtTables().sparse).toBeDefined();

    expect(second.header).toEqual({ kind: "toy", labels: ["a", "b"], seed: 1 });
    expect([...second.models[1]!.keys]).toEqual([...decoded.models[1]!.keys]);
    expect(scoresOf(first.models, 7)).toEqual(expected);
    expect(scoresOf(second.models, 7)).toEqual(expected);
  });

  it("decodes again, and repairs the cache, when the cached file is cut short or foreign", () => {
    const dir = tempDir();
    const file = writeModelFile(dir, 2);
    const expected = scoresOf(decodeModels(readFileSync(file)).models, 3);
    readModelFile(file, TABLES, dir);
    const cached = path.join(dir, cacheFiles(dir)[0]!);
    const whole = readFileSync(cached);
    for (const broken of [whole.subarray(0, whole.length - 100), Buffer.from("not a table cache")]) {
      writeFileSync(cached, broken);
      expect(scoresOf(readModelFile(file, TABLES, dir).models, 3)).toEqual(expected);
      expect(readFileSync(cached).equals(whole)).toBe(true);
    }
  });

  it("keys the cache by the model file's bytes: a retrained model gets a fresh file, the old one goes", () => {
    const dir = tempDir();
    const file = writeModelFile(dir, 3);
    readModelFile(file, TABLES, dir);
    const [old] = cacheFiles(dir);
    writeModelFile(dir, 4);
    const expected = scoresOf(decodeModels(readFileSync(file)).models, 5);
    expect(scoresOf(readModelFile(file, TABLES, dir).models, 5)).toEqual(expected);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(cacheFiles(dir)[0]).not.toBe(old);
  });

  it("still reads the models when the cache folder cannot be written", () => {
    const dir = tempDir();
    const file = writeModelFile(dir, 5);
    const blocked = path.join(dir, "toy.bin.gz", "cache"); // below a file: cannot be made
    const expected = scoresOf(decodeModels(readFileSync(file)).models, 9);
    expect(scoresOf(readModelFile(file, TABLES, blocked).models, 9)).toEqual(expected);
  });
});

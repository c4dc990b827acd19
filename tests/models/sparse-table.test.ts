import { describe, expect, it } from "vitest";
import { rng } from "../../src/models/hash";
import { SparseTable } from "../../src/models/sparse-table";

/** Rows with mostly zero weights, a key 0, an all-zero row, and keys sharing their low bits. */
function rows(nClasses: number, count: number, seed: number): { keys: Uint32Array; weights: Int16Array } {
  const random = rng(seed);
  const keys = new Set<number>([0]);
  while (keys.size < count) keys.add(((Math.floor(random() * 4096) << 12) | 5) >>> 0);
  const sorted = Uint32Array.from([...keys].sort((a, b) => a - b));
  const weights = Int16Array.from({ length: count * nClasses }, () =>
    random() < 0.8 ? 0 : Math.round((random() - 0.5) * 65534),
  );
  weights.fill(0, nClasses, 2 * nClasses); // row 1: every weight zero
  return { keys: sorted, weights };
}

function denseScore(
  keys: Uint32Array,
  weights: Int16Array,
  nClasses: number,
  features: Uint32Array,
  weight: (q: number) => number,
): Float64Array {
  const scores = new Float64Array(nClasses);
  for (const f of features) {
    const r = keys.indexOf(f);
    if (r < 0) continue;
    for (let c = 0; c < nClasses; c++) scores[c] += weight(weights[r * nClasses + c]!);
  }
  return scores;
}

describe("SparseTable", () => {
  for (const nClasses of [4, 17, 51]) {
    it(`scores like the dense rows (${nClasses} classes), raw and scaled to float32`, () => {
      const { keys, weights } = rows(nClasses, 2000, nClasses);
      const table = SparseTable.build(keys, weights, nClasses);
      const random = rng(11);
      const scale = 0.000123;
      for (let trial = 0; trial < 40; trial++) {
        const features = Uint32Array.from({ length: 50 }, () =>
          random() < 0.7 ? keys[Math.floor(random() * keys.length)]! : Math.floor(random() * 2 ** 32),
        );
        features[0] = 0;
        features[1] = keys[1]!;
        const raw = new Float64Array(nClasses);
        table.score(features, features.length, raw);
        expect([...raw]).toEqual([...denseScore(keys, weights, nClasses, features, (q) => q)]);
        const scaled = new Float64Array(nClasses);
        table.scoreScaled(features, features.length, scaled, scale);
        const expected = denseScore(keys, weights, nClasses, features, (q) => Math.fround(q * scale));
        expect([...scaled]).toEqual([...expected]);
      }
    });
  }
});

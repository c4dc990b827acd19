import { describe, expect, it } from "vitest";
import { rng } from "../../src/models/hash";
import { InlineTable } from "../../src/models/inline-table";
import { decodeModels, encodeModels, LinearModel } from "../../src/models/perceptron";

/** A model as it comes out of a model file: int16-quantised weights, keys sorted. */
function storedModel(nClasses: number, rows: number, seed: number): LinearModel {
  const random = rng(seed);
  const keys = new Set<number>([0]);
  // keys sharing their low bits force probe chains in the open-addressing table
  while (keys.size < rows) keys.add(((Math.floor(random() * 4096) << 12) | 7) >>> 0);
  const sorted = Uint32Array.from([...keys].sort((a, b) => a - b));
  const weights = Float32Array.from({ length: rows * nClasses }, () => (random() - 0.5) * 10);
  const gz = encodeModels({}, [new LinearModel(nClasses, sorted, weights)]);
  return decodeModels(gz).models[0]!;
}

describe("InlineTable", () => {
  for (const nClasses of [4, 51]) {
    it(`scores like LinearModel (${nClasses} classes), in int16 units`, () => {
      const model = storedModel(nClasses, 3000, nClasses);
      const table = InlineTable.build(model);
      let max = 0;
      for (const w of model.weights) max = Math.max(max, Math.abs(w));
      const scale = max / 32767;
      const random = rng(99);
      const features = new Uint32Array(60);
      for (let trial = 0; trial < 50; trial++) {
        // present keys (including 0) mixed with absent ones
        for (let i = 0; i < features.length; i++) {
          features[i] =
            random() < 0.7 ? model.keys[Math.floor(random() * model.size)]! : Math.floor(random() * 2 ** 32);
        }
        features[0] = 0; // the empty-slot marker is also a valid key
        const expected = new Float64Array(nClasses);
        model.score(features, features.length, expected);
        const got = new Float64Array(nClasses);
        table.score(features, features.length, got);
        for (let c = 0; c < nClasses; c++) {
          expect(Number.isInteger(got[c])).toBe(true);
          expect(got[c]! * scale).toBeCloseTo(expected[c]!, 3);
        }
      }
    });
  }
});

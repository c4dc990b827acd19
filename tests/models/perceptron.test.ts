import { describe, expect, it } from "vitest";
import { FeatureBuffer, hStart, hStr, rng } from "../../src/models/hash";
import {
  AveragedPerceptron,
  argmax,
  averageModels,
  decodeModels,
  encodeModels,
  LinearModel,
} from "../../src/models/perceptron";

function feats(word: string): FeatureBuffer {
  const b = new FeatureBuffer(4);
  b.push(hStart(1));
  b.push(hStr(hStart(2), word));
  b.push(hStr(hStart(3), word.slice(-2)));
  return b;
}

describe("averaged perceptron", () => {
  it("learns a separable toy problem and survives (de)serialisation", () => {
    const data: [string, number][] = [
      ["running", 0],
      ["walking", 0],
      ["talking", 0],
      ["cat", 1],
      ["dog", 1],
      ["bird", 1],
      ["quickly", 2],
      ["slowly", 2],
    ];
    const p = new AveragedPerceptron(3, 4);
    const scores = new Float64Array(3);
    const r = rng(1);
    for (let epoch = 0; epoch < 10; epoch++) {
      for (const [w, y] of [...data].sort(() => r() - 0.5)) {
        const b = feats(w);
        scores.fill(0);
        p.score(b.data, b.length, scores);
        p.update(b.data, b.length, y, argmax(scores, 3));
        p.tick();
      }
    }
    const model = p.finish(0);
    const restored = decodeModels<{ name: string }>(encodeModels({ name: "toy" }, [model]));
    expect(restored.header.name).toBe("toy");
    const m = restored.models[0]!;
    expect(m.size).toBe(model.size);
    // generalises through the suffix feature
    for (const [w, y] of [["jumping", 0], ["badly", 2], ...data] as [string, number][]) {
      const b = feats(w);
      scores.fill(0);
      m.score(b.data, b.length, scores);
      expect(argmax(scores, 3)).toBe(y);
    }
  });

  it("masks disallowed classes in argmax", () => {
    const s = Float64Array.from([5, 1, 3]);
    expect(argmax(s, 3)).toBe(0);
    expect(argmax(s, 3, [false, true, true])).toBe(2);
  });

  it("averages models row by row (a missing row counts as zero) and prunes small mean rows", () => {
    const a = new LinearModel(2, Uint32Array.from([5, 9]), Float32Array.from([4, -2, 1, 1]));
    const b = new LinearModel(2, Uint32Array.from([3, 5]), Float32Array.from([6, 0, 2, 2]));
    const mean = averageModels([a, b], 1.5);
    // row 3: (6, 0)/2 = (3, 0) kept; row 5: (4+2, -2+2)/2 = (3, 0) kept; row 9: (0.5, 0.5) pruned
    expect([...mean.keys]).toEqual([3, 5]);
    expect([...mean.weights]).toEqual([3, 0, 3, 0]);
    // scores are linear in the weights: the mean model scores as the mean of the two models
    const all = averageModels([a, b]);
    const f = Uint32Array.from([3, 5, 9]);
    const sa = new Float64Array(2);
    const sb = new Float64Array(2);
    const sm = new Float64Array(2);
    a.score(f, 3, sa);
    b.score(f, 3, sb);
    all.score(f, 3, sm);
    expect([...sm]).toEqual([(sa[0]! + sb[0]!) / 2, (sa[1]! + sb[1]!) / 2]);
    expect(() => averageModels([a, new LinearModel(3, new Uint32Array(0), new Float32Array(0))])).toThrow();
  });
});

import { describe, expect, it } from "vitest";
import { labelsToSpans, NER_LABELS, viterbi } from "../../src/models/ner";

const NL = NER_LABELS.length;
const id = (label: string): number => NER_LABELS.indexOf(label);
const emissions = (rows: Record<string, number>[]): Float64Array => {
  const out = new Float64Array(rows.length * NL);
  rows.forEach((row, i) => {
    for (const [label, score] of Object.entries(row)) out[i * NL + id(label)] = score;
  });
  return out;
};
const flat = new Float64Array((NL + 1) * NL);

describe("viterbi over BILOU labels", () => {
  it("prefers the best whole path over the best first step", () => {
    // greedy would take B-person (2) and then be forced into L-person (0): total 2;
    // U-person then O scores 1.9 + 3
    const emit = emissions([{ "B-person": 2, "U-person": 1.9 }, { O: 3 }]);
    const labels = viterbi(2, emit, () => flat);
    expect(labels).toEqual([id("U-person"), id("O")]);
    expect(labelsToSpans(labels)).toEqual([{ start: 0, end: 1, type: "person" }]);
  });

  it("never leaves a name open at the end of the sentence or switches type inside one", () => {
    const emit = emissions([{ "B-place": 5 }, { "I-person": 5, "L-place": 1 }, { "B-person": 5, O: 1 }]);
    const labels = viterbi(3, emit, () => flat);
    expect(labels).toEqual([id("B-place"), id("L-place"), id("O")]);
  });

  it("adds transition scores by previous label (row 0 = sentence start)", () => {
    const trans = new Float64Array((NL + 1) * NL);
    trans[(id("U-place") + 1) * NL + id("U-place")] = -10;
    const emit = emissions([{ "U-place": 3 }, { "U-place": 3, O: 1 }]);
    expect(viterbi(2, emit, () => trans)).toEqual([id("U-place"), id("O")]);
    trans[0 * NL + id("U-place")] = -10;
    expect(viterbi(2, emit, () => trans)).toEqual([id("O"), id("U-place")]);
  });

  it("follows forced labels and chooses freely elsewhere", () => {
    const emit = emissions([{ O: 5 }, { "U-organisation": 2 }, { O: 1 }]);
    const labels = viterbi(
      3,
      emit,
      () => flat,
      (i) => (i === 0 ? id("B-person") : -1),
    );
    expect(labels.map((l) => NER_LABELS[l])).toEqual(["B-person", "L-person", "O"]);
  });
});

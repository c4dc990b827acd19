import { describe, expect, it } from "vitest";
import { trainClusters, WordClusters } from "../../src/models/clusters";

const texts = Array.from({ length: 30 }, (_, i) =>
  [
    `On Monday the minister said the talks in Riga would resume. On Tuesday the president said ${i} people died.`,
    "The minister visited Paris on Friday and the president met Belyakov on Sunday.",
    "Officials said the army and the navy fired missiles on Wednesday while Delacourt said nothing.",
  ].join(" "),
);

describe("word clusters", () => {
  const opts = { minCount: 3, contexts: 30, coarse: 4, fine: 8, iterations: 5, seed: 3 };

  it("are deterministic, round-trip, and group words used in the same contexts", () => {
    const a = trainClusters(texts, opts);
    const b = trainClusters(texts, opts);
    expect(a.encode().equals(b.encode())).toBe(true);
    const c = WordClusters.decode(a.encode());
    expect(c.size).toBe(a.size);
    expect(c.fine("monday")).toBe(a.fine("monday"));
    expect(a.fine("monday")).toBe(a.fine("tuesday"));
    expect(a.fine("unseen-word")).toBe(-1);
  });

  it("record how words are capitalised in running text", () => {
    const a = trainClusters(texts, opts);
    expect(a.capitalisation("riga")).toBe(3);
    expect(a.capitalisation("minister")).toBe(0);
  });
});

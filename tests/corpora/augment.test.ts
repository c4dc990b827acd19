import { describe, expect, it } from "vitest";
import { augmentNer } from "../../src/corpora/augment";
import type { NerSentence } from "../../src/corpora/types";

const base: NerSentence[] = Array.from({ length: 40 }, (_, i) => ({
  id: `s${i}`,
  doc: "d",
  source: "test",
  tokens: ["Yesterday", "John", "Smith", "of", "Acme", "Corp", "visited", "Paris", "."],
  spans: [
    { start: 1, end: 3, type: "person" },
    { start: 4, end: 6, type: "organisation" },
    { start: 7, end: 8, type: "place" },
  ],
  ignore: [{ start: 8, end: 9 }],
}));

describe("NER augmentation", () => {
  it("is deterministic and keeps spans aligned with the replaced names", () => {
    const a = augmentNer(base, 0.5, 1);
    const b = augmentNer(base, 0.5, 1);
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(5);
    expect(a.length).toBeLessThan(35);
    for (const s of a) {
      expect(s.tokens[0]).toBe("Yesterday");
      expect(s.tokens[s.tokens.length - 1]).toBe(".");
      expect(s.spans.map((x) => x.type)).toEqual(["person", "organisation", "place"]);
      for (const sp of s.spans) {
        expect(sp.end).toBeGreaterThan(sp.start);
        for (const t of s.tokens.slice(sp.start, sp.end)) expect(t.length).toBeGreaterThan(0);
      }
      expect(s.tokens[s.spans[0]!.end]).toBe("of");
      expect(s.ignore).toEqual([{ start: s.tokens.length - 1, end: s.tokens.length }]);
    }
  });

  it("never uses the names the robustness tests check", () => {
    const text = augmentNer(base, 1, 7)
      .concat(augmentNer(base, 1, 8))
      .flatMap((s) => s.tokens)
      .join(" ");
    for (const name of ["Syrskyi", "Oleksandr", "Gladkov", "Vyacheslav", "Nightingale", "Study of War"]) {
      expect(text).not.toContain(name);
    }
  });
});

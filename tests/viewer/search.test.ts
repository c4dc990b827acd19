/** Search must find a person whatever the spelling: aliases, accents, scripts, transliterations. */
import { describe, expect, it } from "vitest";
import { fold, phonetic } from "../../src/viewer/data/normalise";
import { validateSerializedGraph } from "../../src/viewer/data/validate";
import { buildSearchIndex, search } from "../../src/viewer/search/search";
import { buildSmallGraph } from "../fixtures/small-graph";

const index = buildSearchIndex(validateSerializedGraph(buildSmallGraph().export()).graph);
const top = (query: string) => search(index, query)[0]?.key;

describe("normalisation", () => {
  it.each([
    ["Renée Østergaard", "renee ostergaard"],
    ["Zelinskiy", "zelinskiy"],
    ["Зелінський", "zelinskyy"],
    ["O’Brien-Smith", "obrien smith"],
    ["  Straße  ", "strasse"],
    ["Łódź", "lodz"],
  ])("fold(%s) = %s", (input, output) => {
    expect(fold(input)).toBe(output);
  });

  it("merges the usual transliterations of one name", () => {
    const keys = ["Hrebenskiy", "Hrebenskyy", "Hrebensky", "Hrebenskyi", "Гребенський", "Hrébensky"].map(
      phonetic,
    );
    expect(new Set(keys).size).toBe(1);
  });
});

describe("search", () => {
  it.each([
    ["Zelinskiy", "person:mykola-zelinskyi"],
    ["zelinskyy", "person:mykola-zelinskyi"],
    ["Zelinsky", "person:mykola-zelinskyi"],
    ["Зелінський", "person:mykola-zelinskyi"],
    ["zelinskij", "person:mykola-zelinskyi"],
    ["mykola", "person:mykola-zelinskyi"],
    ["renee", "person:renee-østergaard"],
    ["OSTERGAARD", "person:renee-østergaard"],
    ["Østergaard", "person:renee-østergaard"],
    ["NDF", "organisation:northern-defence-forces"],
    ["kostryn", "place:kostrin"],
    ["Governor Prestova", "person:ilvana-prestova"],
  ])("%s finds %s", (query, key) => {
    expect(top(query)).toBe(key);
  });

  it("says which alias matched", () => {
    const [result] = search(index, "NDF");
    expect(result?.matchedAlias).toBe("NDF");
    expect(search(index, "Kostrin")[0]?.matchedAlias).toBeNull();
  });

  it("ranks a whole-name match above a word inside another name", () => {
    const keys = search(index, "kostrin").map((r) => r.key);
    expect(keys[0]).toBe("place:kostrin");
    expect(keys).toContain("event:drone-strike-on-kostrin");
  });

  it("returns nothing for blank or punctuation-only queries", () => {
    expect(search(index, "   ")).toEqual([]);
    expect(search(index, "!!")).toEqual([]);
  });

  it("honours the visibility filter and the limit", () => {
    expect(search(index, "kostrin", 12, (key) => key !== "place:kostrin")[0]?.key).not.toBe("place:kostrin");
    expect(search(index, "o", 3)).toHaveLength(3);
  });
});

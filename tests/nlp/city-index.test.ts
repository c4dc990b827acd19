import { describe, expect, it } from "vitest";
import { buildCityIndexText, type CityRow, parseCityIndex } from "../../src/nlp/city-index";

// Lower-cased names, as the gazetteer's keys are: accented, non-Latin and astral letters sort
// differently as UTF-16 code units, as code points and as UTF-8 bytes.
const NAMES = [
  "Zug",
  "Zürich",
  "Zyrardow",
  "Łódź",
  "Ürümqi",
  "Aachen",
  "Århus",
  "Ōsaka",
  "Киев",
  "東京",
  "𝔸strange",
  "\uFB01nish town",
  "Zug",
];

const rows: CityRow[] = NAMES.map((name, i) => [name, "XX", `R${i}`, String(i), String(-i)]);
const index = parseCityIndex(
  Buffer.from(
    buildCityIndexText(
      rows,
      (name) => name.toLowerCase(),
      () => undefined,
    ),
    "utf8",
  ),
);

describe("the city index searched as bytes", () => {
  it("finds every name, whatever its letters, with its name decoded", () => {
    for (const name of new Set(NAMES)) {
      const found = index.lookup(name.toLowerCase());
      expect(found.length, name).toBeGreaterThan(0);
      for (const entry of found) expect(entry.kind === "city" && entry.name).toBe(name);
    }
  });

  it("returns the entries of one key in the order of the rows", () => {
    expect(index.lookup("zug").map((e) => (e.kind === "city" ? e.regionCode : ""))).toEqual(["R0", "R12"]);
  });

  it("finds nothing for a key between two others, before the first or after the last", () => {
    for (const key of ["zz", "zuh", "a", "", "\u{10FFFF}", "zürichs", "z"])
      expect(index.lookup(key)).toEqual([]);
  });
});

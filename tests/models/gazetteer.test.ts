import { describe, expect, it } from "vitest";
import {
  GAZ_CITY,
  GAZ_COUNTRY,
  GAZ_DEMONYM,
  GAZ_STATE,
  Gazetteer,
  sharedGazetteer,
} from "../../src/models/gazetteer";

describe("gazetteer (from world-countries and country-state-city)", () => {
  const g = sharedGazetteer();

  it("knows countries, demonyms and cities, case-insensitively", () => {
    expect(g.lookup(["Ukraine"]) & GAZ_COUNTRY).toBeTruthy();
    expect(g.lookup(["ukraine"]) & GAZ_COUNTRY).toBeTruthy();
    expect(g.lookup(["Russian"]) & GAZ_DEMONYM).toBeTruthy();
    expect(g.lookup(["Kharkiv"]) & GAZ_CITY).toBeTruthy();
    expect(g.lookup(["Los", "Angeles"]) & GAZ_CITY).toBeTruthy();
    expect(g.lookup(["New", "York"]) & GAZ_STATE).toBeTruthy();
    expect(g.lookup(["Ministry"])).toBe(0);
  });

  it("marks the longest phrase, first token B and the rest I (mask << 4)", () => {
    const m = g.match(["troops", "left", "Los", "Angeles", "for", "Ukraine"]);
    expect(m[0]).toBe(0);
    expect(m[2]! & GAZ_CITY).toBeTruthy();
    expect(m[3]! & (GAZ_CITY << 4)).toBeTruthy();
    expect(m[5]! & GAZ_COUNTRY).toBeTruthy();
  });

  it("round-trips through its cache format", () => {
    const h = new Gazetteer(1 << 10);
    h.addName("Zaporizhzhia Oblast", 4);
    h.addName("St. Petersburg", 8);
    const back = Gazetteer.deserialize(h.serialize());
    expect(back.lookup(["Zaporizhzhia", "Oblast"])).toBe(4);
    expect(back.lookup(["St.", "Petersburg"])).toBe(8);
    expect(back.size).toBe(2);
  });
});

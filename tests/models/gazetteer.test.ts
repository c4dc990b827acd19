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
    expect(g.lookup(["Poltava"]) & GAZ_CITY).toBeTruthy();
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
    h.addName("Vinnytsia Oblast", 4);
    h.addName("St. Petersburg", 8);
    const back = Gazetteer.deserialize(h.serialize());
    expect(back.lookup(["Vinnytsia", "Oblast"])).toBe(4);
    expect(back.lookup(["St.", "Petersburg"])).toBe(8);
    expect(back.size).toBe(h.size);
    expect(back.match(["in", "St.", "Petersburg"])).toEqual(Int32Array.from([0, 8, 8 << 4]));
  });

  it("matches the longest phrase at each token, looking further only past a phrase's prefix", () => {
    const g = new Gazetteer(1 << 10);
    g.addName("Port Velmora", 8);
    g.addName("Port Velmora Bay Region", 4);
    g.addName("Velmora", 1);
    const tokens = ["the", "Port", "Velmora", "Bay", "Region", "and", "Port", "Velmora", "ferry"];
    const brute = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; ) {
      let found = 0;
      let length = 0;
      for (let len = 1; len <= 5 && i + len <= tokens.length; len++) {
        const bits = g.lookup(tokens.slice(i, i + len));
        if (bits !== 0) [found, length] = [bits, len];
      }
      if (length === 0) {
        i++;
        continue;
      }
      brute[i] = found;
      for (let k = 1; k < length; k++) brute[i + k] = found << 4;
      i += length;
    }
    expect(g.match(tokens)).toEqual(brute);
    expect([...g.match(tokens)].slice(1, 5)).toEqual([4, 4 << 4, 4 << 4, 4 << 4]);
    expect(g.lookup(["Port"])).toBe(0);
  });
});

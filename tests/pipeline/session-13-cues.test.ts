/**
 * Session 13's cues, from its blind evaluation (docs/DESIGN.md, "Session 13's cues"): places named
 * with their country, offices' remits, a parliament's party posts. Invented names.
 */
import { describe, expect, it } from "vitest";
import { extractStory as extract, liveEntities } from "../support/entities";

function placeEntities(text: string, headline = "Report") {
  return extract(text, headline).entities.filter((e) => e.type === "place" && e.mentions.length > 0);
}

function places(text: string): Map<string, string | undefined> {
  return new Map(placeEntities(text).map((e) => [e.label, e.geo]));
}

describe("a city named with its country ('Melbourne, Australia')", () => {
  it("stays in that country though the story names a region holding a small namesake", () => {
    const found = places(
      "MELBOURNE, Australia — England captain Ola Brekke praised his bowlers after they dismissed Australia for 187.",
    );
    expect(found.get("Melbourne")).toMatch(/^AU\//);
    // England is a region of the United Kingdom in the gazetteer, holding a small Melbourne.
    expect(found.get("England")).toBe("GB/ENG");
  });

  it("and so is every other use of the name in the story, headline included", () => {
    const found = placeEntities(
      "MELBOURNE, Australia — England captain Ola Brekke praised his bowlers. More than 300,000 spectators came, a record for a Test in Melbourne.",
      "England hail a famous win in Melbourne",
    ).filter((e) => e.label === "Melbourne");
    expect(found.map((e) => e.geo?.slice(0, 3))).toEqual(["AU/"]);
    expect(found[0]!.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it("while a city named alone still follows the region the story names", () => {
    const found = places("Police in Stryi said the Lviv region was calm.");
    expect(found.get("Stryi")?.startsWith(found.get("Lviv region") ?? "-")).toBe(true);
  });
});

describe("an ordinary word after an office's 'of' ('Inspector General of Police X')", () => {
  it("is the office's remit, not a small town of that name, and the holder is still the person", () => {
    for (const text of [
      "Inspector General of Police Daniel Kiprono said officers had acted to prevent looting.",
      "The Commissioner of Police, Ada Wren, said the march was banned.",
    ]) {
      const live = liveEntities(extract(text));
      expect(live.filter((e) => e.startsWith("Police:"))).toEqual([]);
      expect(live.some((e) => e.endsWith(":person"))).toBe(true);
    }
  });

  it("while a town of some size keeps its see ('the Mayor of Bath')", () => {
    expect(places("The Mayor of Bath, Ada Wren, said the march was banned.").get("Bath")).toMatch(/^GB\//);
  });
});

describe("a parliament's party posts ('Senate Majority Leader X', 'House Minority Whip Y')", () => {
  it("are titles: the body is the chamber, and the holder is found", () => {
    const x = extract(
      "Senate Majority Leader Robert Kessler said the vote would wait. House Minority Whip Dana Orr said the bill would fail.",
    );
    const live = liveEntities(x);
    expect(live).toEqual(
      expect.arrayContaining(["Senate:organisation", "Robert Kessler:person", "Dana Orr:person"]),
    );
    expect(live.filter((e) => /Majority|Minority/.test(e))).toEqual([]);
    const relations = x.relations.map(
      (r) => `${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`,
    );
    expect(relations).toContain("Robert Kessler -> Senate");
  });
});

describe("a company named by its last word 'Brands' ('X Brands')", () => {
  it("is a body, and its first word alone later joins it", () => {
    const x = extract(
      "Halvorsen Foods agreed to be bought by American rival Kestrel Brands for £4bn. Kestrel will pay 385 pence per share.",
    );
    const live = x.entities.filter((e) => e.mentions.length > 0);
    const body = live.find((e) => e.label === "Kestrel Brands");
    expect(body?.type).toBe("organisation");
    expect(body?.mentions.length).toBe(2);
  });
});

describe("a town's name after 'signed from' in a sports report", () => {
  it("is the club the player came from", () => {
    const x = extract(
      "Castellano scored twice as Halden Rovers beat Everton 3-1 at home on Saturday. The Argentine striker, signed from Sevilla in the summer, opened the scoring after 11 minutes.",
    );
    const sevilla = x.entities.find((e) => e.label === "Sevilla" && e.mentions.length > 0);
    expect(sevilla?.type).toBe("organisation");
  });
});

describe("a city named with its state ('Arlington, Virginia')", () => {
  it("is that state's city for every use of the name, though another state with a larger namesake is named", () => {
    const found = placeEntities(
      "The provision was backed by Representative Dale Whitby of Texas. Halcyon Aerospace, based in Arlington, Virginia, said it supported the plan. Arlington officials declined to comment.",
    ).filter((e) => e.label === "Arlington");
    expect(found.map((e) => e.geo)).toEqual(["US/VA/Arlington"]);
  });
});

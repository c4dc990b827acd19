/**
 * Clubs named after their towns: in a sports report a town that wins, signs players or has fans is
 * the club; elsewhere, and after "in", the town stays a place. People are invented; the towns are
 * small ones the gazetteer knows and no corpus article names (the rule needs a gazetteer town).
 */
import { describe, expect, it } from "vitest";
import type { Place } from "../../src/nlp/gazetteer";
import { splitBlock } from "../../src/nlp/sentences";
import { extractArticle } from "../../src/pipeline/extract";
import { whenAsked } from "../../src/pipeline/mentions";
import { resolveAcrossArticles } from "../../src/pipeline/resolve";
import { isTownName, lastWordsOfNames } from "../../src/pipeline/sports-clubs";
import { entityLabels as typed } from "../support/entities";

// A sports report: goals, a striker, a league, fans.
const REPORT = [
  "Glossop beat Bideford 2-1 in the league on Saturday.",
  "Striker Dario Venholt scored both goals for the visitors.",
  "Glossop fans cheered as the side moved up to fifth in the table.",
].join(" ");

describe("a town's name in a sports report", () => {
  it("is its club where it wins, loses or has fans", () => {
    for (const models of [true, false]) {
      const entities = typed(REPORT, models);
      expect(entities).toContain("Glossop:organisation");
      expect(entities).toContain("Bideford:organisation");
      expect(entities).not.toContain("Glossop:place");
    }
  });

  it("is the club after a transfer word, and 'X City' is a club", () => {
    const text = [
      "The striker joined Bideford from Glossop City last season after scoring 20 goals.",
      "Bideford manager Tamsin Orrell said the league was tight and the fans patient.",
    ].join(" ");
    for (const models of [true, false]) {
      const entities = typed(text, models);
      expect(entities).toContain("Bideford:organisation");
      expect(entities).toContain("Glossop City:organisation");
    }
  });

  it("stays the town after 'in', even where the article names its club", () => {
    const text = `${REPORT} The squad trained in Glossop on Monday.`;
    const extraction = extractArticle({ id: "s", files: [], text }, { models: false });
    const glossop = extraction.entities.filter((e) => e.label === "Glossop").map((e) => e.type);
    expect(glossop.sort()).toEqual(["organisation", "place"]);
  });

  it("stays the town outside a sports report", () => {
    const text = "The council said Glossop beat its recycling target, and fans of the scheme agreed.";
    for (const models of [true, false]) expect(typed(text, models)).not.toContain("Glossop:organisation");
  });

  it("is no club when it is a country or a surname in the article", () => {
    const text = [
      "Peru beat Chile 2-1 in the championship, with tries and goals from the squad.",
      "Nico Bideford scored twice, and the coach praised Bideford after the match.",
    ].join(" ");
    const entities = typed(text, false);
    expect(entities).not.toContain("Peru:organisation");
    expect(entities).not.toContain("Chile:organisation");
    expect(entities).not.toContain("Bideford:organisation");
  });
});

describe("a name of any shape with fans or a squad in a sports report", () => {
  it("is a club, also after a compass word, but not a country, an ordinary word or a lone opener", () => {
    const text = `${REPORT} West Kestrel fans sang as the Orlin Vale squad left; Music fans and Peru fans cheered.`;
    for (const models of [true, false]) {
      const entities = typed(text, models);
      expect(entities).toContain("West Kestrel:organisation");
      expect(entities).toContain("Orlin Vale:organisation");
      expect(entities).not.toContain("Music:organisation");
      expect(entities).not.toContain("Peru:organisation");
    }
  });
});

describe("a club's suffix after a town", () => {
  it("makes a club anywhere, kept apart from the town across articles", () => {
    const club = "Shares in Bideford Rovers rose after the sale.";
    const town = "A new hospital will open in Bideford next year.";
    const { entities } = resolveAcrossArticles(
      [club, town].map((text, i) => extractArticle({ id: `a${i}`, files: [], text }, { models: false })),
    );
    const kinds = entities.filter((g) => g.members.length > 0).map((g) => `${g.label}:${g.type}`);
    expect(kinds).toContain("Bideford Rovers:organisation");
    expect(kinds).toContain("Bideford:place");
  });
});

describe("a town's name, for a club (invented gazetteer records)", () => {
  const country: Place = { id: "ZZ", kind: "country", name: "Zedland", countryCode: "ZZ", lat: 54, lng: -2 };
  const town: Place = {
    id: "ZZ/N/Harwick",
    kind: "city",
    name: "Harwick",
    countryCode: "ZZ",
    lat: 53.5,
    lng: -2.4,
  };
  const region = (lat: number, lng: number): Place => ({
    id: "ZZ/HRW",
    kind: "region",
    name: "Harwick",
    countryCode: "ZZ",
    lat,
    lng,
  });
  const countryOf = (code: string) => (code === "ZZ" ? country : undefined);

  it("is a town's, or a region's named after its town", () => {
    expect(isTownName([town], countryOf)).toBe(true);
    expect(isTownName([region(53.52, -2.38), town], countryOf)).toBe(true);
  });

  it("is no town's where a real region of that name lies elsewhere, nor a country's", () => {
    expect(isTownName([region(52.1, -3.8), town], countryOf)).toBe(false);
    expect(isTownName([country], countryOf)).toBe(false);
  });

  it("ignores a region record whose point is thousands of kilometres from its country", () => {
    expect(isTownName([region(44.4, -72.9), town], countryOf)).toBe(true);
  });
});

describe("'for' between a club and a post", () => {
  it("joins no name: 'a bid from X for Scotland captain Y' names the club and the country apart", () => {
    for (const models of [true, false]) {
      const found = typed(
        "Tarnby United have rejected a third bid from Bristol Rovers for Scotland captain Dana Orrell. The striker scored two goals in the cup match against the league leaders.",
        models,
      );
      expect(found).toContain("Bristol Rovers:organisation");
      expect(found).toContain("Scotland:place");
    }
  });
});

describe("the last words of names, made when first asked", () => {
  it("answers as the set made at once, and is made once and only when asked", () => {
    const sentences = splitBlock(
      "Dana Radley scored twice. Radley and Orr Vantell then left for Tarnby.",
      0,
      0,
    );
    const direct = lastWordsOfNames(sentences);
    let made = 0;
    const lazy = whenAsked(() => {
      made++;
      return lastWordsOfNames(sentences);
    });
    expect(made).toBe(0);
    for (const word of ["Radley", "Vantell", "Dana", "Tarnby", "Orr", "radley"])
      expect(lazy.has(word)).toBe(direct.has(word));
    expect(made).toBe(1);
    expect(direct.has("Radley")).toBe(true);
  });
});

/**
 * Which of a name's namesakes a place mention is: a country over a town of the same name, the most
 * populous town where the text names no country of another, the city where the package gives its
 * district another place's coordinates, the spelling written over one with accents.
 */
import { describe, expect, it } from "vitest";
import { splitBlock } from "../../src/nlp/sentences";
import { extractArticle } from "../../src/pipeline/extract";
import { countriesNamed } from "../../src/pipeline/mention-words";

function placesIn(text: string): Record<string, string | undefined> {
  const x = extractArticle({ id: "p", files: [], text }, { models: false });
  return Object.fromEntries(x.entities.filter((e) => e.type === "place").map((e) => [e.label, e.geo]));
}

describe("the sense of a place name", () => {
  it("is the country where a country has the name, whatever cue asked for a town", () => {
    expect(placesIn("Sales in the UK rose last year.").UK).toBe("GB");
  });

  it("is the most populous namesake where no named country decides", () => {
    expect(placesIn("The awards were announced in Los Angeles on Tuesday.")["Los Angeles"]).toBe(
      "US/CA/Los Angeles",
    );
    expect(placesIn("The show opened in Las Vegas on Friday.")["Las Vegas"]).toBe("US/NV/Las Vegas");
  });

  it("is a city where its district of the same name lies outside the country", () => {
    expect(placesIn("Fans travelled to Birmingham on Saturday.").Birmingham).toBe("GB/ENG/Birmingham");
  });

  it("is a region before a small town of its name, even in a country the text names", () => {
    expect(placesIn("Exports from England rose, a United States report said.").England).toBe("GB/ENG");
    // The package places the county itself far outside the UK: its town of the name stands for it.
    expect(placesIn("Fans travelled to Kent on Saturday.").Kent).toBe("GB/ENG/Kent");
  });

  it("is a city of millions before a small namesake in a country the text names", () => {
    expect(placesIn("The final in Melbourne was watched across the US.").Melbourne).toBe("AU/VIC/Melbourne");
  });

  it("is a large town called by the first part of its name", () => {
    expect(placesIn("Bankers met in Frankfurt on Monday.").Frankfurt).toBe("DE/HE/Frankfurt am Main");
    // Not where a capital has that name: the larger of two countries' capitals of one name.
    expect(placesIn("She flew to Kingston on Monday, UK officials said.").Kingston).toBe("JM/01/Kingston");
  });

  it("counts a country named after a capitalised word ('The UK', 'In France') as named", () => {
    const text = "The UK bill passed. In France and New Zealand it failed.";
    expect([...countriesNamed(splitBlock(text, 0, 0))].sort()).toEqual(["FR", "GB", "NZ"]);
  });

  it("is no village in a named country for a word with no place cue ('a deal with Atlantic')", () => {
    expect(placesIn("In the US, a deal with Atlantic was signed.").Atlantic).toBeUndefined();
  });

  it("is no village for a continent", () => {
    expect(placesIn("Shares fell across Asia on Monday.").Asia).toBeUndefined();
  });
});

/**
 * One body, one node: names that differ by a country before them ("the US X Board", "the X
 * Board") are one body where an article uses both for it, and stay apart where nothing says so.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";

const extract = (text: string, i = 0) => extractArticle({ id: `a${i}`, files: [], text }, { models: false });

/** Labels of an article's entities that kept a mention. */
const bodiesOf = (text: string) =>
  extract(text)
    .entities.filter((e) => e.mentions.length > 0 && e.type === "organisation")
    .map((e) => e.label)
    .sort();

describe("a body named with its country and without in one article", () => {
  it("is one body", () => {
    expect(
      bodiesOf(
        "The US Grain Standards Board raised its forecast on Monday. The Grain Standards Board said exports would rise.",
      ),
    ).toEqual(["US Grain Standards Board"]);
  });

  it("stays apart where the article names that body of two countries", () => {
    expect(
      bodiesOf(
        "The US Grain Standards Board and the UK Grain Standards Board met in Tarnby. The Grain Standards Board said little.",
      ),
    ).toEqual(["Grain Standards Board", "UK Grain Standards Board", "US Grain Standards Board"]);
  });
});

/**
 * One body, one node: names that differ by a country before them or a kind word after them ("the
 * US X Board", "the X Board"; "the X Party", "X") are one body where an article uses both for it,
 * and stay apart where nothing says so.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";
import { resolveAcrossArticles } from "../../src/pipeline/resolve";

const extract = (text: string, i = 0) => extractArticle({ id: `a${i}`, files: [], text }, { models: false });

/** Labels of an article's entities that kept a mention. */
const bodiesOf = (text: string) =>
  extract(text)
    .entities.filter((e) => e.mentions.length > 0 && e.type === "organisation")
    .map((e) => e.label)
    .sort();

/** Each text one article, resolved across them: label → number of articles whose mentions it has. */
function nodesOf(texts: string[]): Map<string, number> {
  const extractions = texts.map(extract);
  const { entities } = resolveAcrossArticles(extractions);
  const nodes = new Map<string, number>();
  for (const g of entities) {
    const named = new Set(
      g.members.filter(([a, l]) => extractions[a]!.entities[l]!.mentions.length > 0).map(([a]) => a),
    );
    if (named.size > 0 && g.type === "organisation") nodes.set(g.label, named.size);
  }
  return nodes;
}

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

describe("a body named without its country in other articles", () => {
  const BOTH =
    "The US Grain Standards Board raised its forecast on Monday. The Grain Standards Board said exports would rise.";
  const BARE_WITH_COUNTRY = "The Grain Standards Board cut its forecast for US wheat exports.";
  const BARE_ALONE = "The Grain Standards Board met farmers in Tarnby on Friday.";

  it("is that country's body where every such article names the country", () => {
    expect(Object.fromEntries(nodesOf([BOTH, BARE_WITH_COUNTRY]))).toEqual({ "US Grain Standards Board": 2 });
  });

  it("stays apart where an article naming it bare names no country of that body", () => {
    expect(Object.fromEntries(nodesOf([BOTH, BARE_WITH_COUNTRY, BARE_ALONE]))).toEqual({
      "US Grain Standards Board": 1,
      "Grain Standards Board": 2,
    });
  });
});

describe("a body's name without its kind word", () => {
  it("is the body in every article once one article uses both names for it, and so is its plural", () => {
    const nodes = nodesOf([
      "The Velmor Party chose Dana Orrell as its new leader on Monday. Velmor said taxes would fall.",
      "Velmor leader Dana Orrell said taxes would fall.",
      "The Velmors said the plan would fail, according to party officials.",
    ]);
    expect([...nodes]).toEqual([["Velmor Party", 3]]);
  });

  it("is another body where no article uses both names", () => {
    const nodes = nodesOf([
      "The Ostrel Party won the vote in Tarnby on Monday.",
      "Ostrel spokesman Dana Orrell said the bill would pass.",
    ]);
    expect(Object.fromEntries(nodes)).toEqual({ Ostrel: 1, "Ostrel Party": 1 });
  });

  it("joins a company named with its legal form in one article", () => {
    const nodes = nodesOf([
      "Shares in Kestrine Inc rose on Monday. Kestrine said profits would double.",
      "Kestrine chief executive Dana Orrell said sales were strong.",
    ]);
    expect([...nodes]).toEqual([["Kestrine Inc", 2]]);
  });
});

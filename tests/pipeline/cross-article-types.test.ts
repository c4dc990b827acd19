/**
 * One sense per name across articles: an article whose words say what a name is ("X analyst Y")
 * outweighs several that typed the same name by its shape alone; and a title followed by "of"
 * names an office, not the person who holds it.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";
import { resolveAcrossArticles } from "../../src/pipeline/resolve";

const SHAPE_ONLY = "Investors cheered as Halvorsen Kemp won the contract on Monday.";
const CUED = "Halvorsen Kemp analyst Dana Orr said prices would fall.";

/** Each text one article (ids a0, a1, …), extracted by the rules alone and resolved across them. */
const resolveTexts = (texts: string[]) =>
  resolveAcrossArticles(
    texts.map((text, i) => extractArticle({ id: `a${i}`, files: [], text }, { models: false })),
  );

function typesOf(texts: string[], name: string) {
  const { entities } = resolveTexts(texts);
  return entities
    .filter((g) => g.label === name && g.members.length > 0)
    .map((g) => [g.type, g.members.length]);
}

describe("a name typed in several articles", () => {
  it("takes its shape's type when no article says more", () => {
    expect(typesOf([SHAPE_ONLY, SHAPE_ONLY, SHAPE_ONLY], "Halvorsen Kemp")).toEqual([["person", 3]]);
  });

  it("takes the type an article's words gave it, over three that typed it by its shape", () => {
    expect(typesOf([SHAPE_ONLY, SHAPE_ONLY, SHAPE_ONLY, CUED], "Halvorsen Kemp")).toEqual([
      ["organisation", 4],
    ]);
  });
});

describe("a name typed by its shape in many articles", () => {
  it("takes the cued type of one article that uses it as often as they all do", () => {
    const often =
      "Halvorsen Kemp analyst Dana Orr said Halvorsen Kemp would grow. Halvorsen Kemp shares rose. Halvorsen Kemp hired staff. Halvorsen Kemp analyst Tim Ode agreed.";
    const texts = [SHAPE_ONLY, SHAPE_ONLY, SHAPE_ONLY, SHAPE_ONLY, SHAPE_ONLY, often];
    expect(typesOf(texts, "Halvorsen Kemp")).toEqual([["organisation", 6]]);
  });

  it("stays a person where the person is named more often than the cued reading", () => {
    const texts = [SHAPE_ONLY, SHAPE_ONLY, SHAPE_ONLY, SHAPE_ONLY, SHAPE_ONLY, CUED];
    expect(typesOf(texts, "Halvorsen Kemp")).toEqual([["person", 6]]);
  });
});

describe("a title followed by 'for' or 'of' and a place", () => {
  it("names the office's place and, after it, the holder", () => {
    for (const models of [true, false]) {
      const typed = (text: string) =>
        extractArticle({ id: "t", files: [], text }, { models }).entities.map((e) => `${e.label}:${e.type}`);
      expect(typed("Minister for Central Asia Tomas Ferrin visited the region.").sort()).toEqual([
        "Central Asia:place",
        "Tomas Ferrin:person",
      ]);
      expect(typed("Minister for Energy Tomas Ferrin said prices would rise.")).toEqual([
        "Tomas Ferrin:person",
      ]);
      expect(typed("He will consult the Director of Public Prosecutions.")).toEqual([]);
    }
  });
});

describe("a title followed by 'of'", () => {
  it("names an office, and its holder is not the name after 'of'", () => {
    for (const models of [true, false]) {
      const text = "The Archbishop of Kerrowdale backed the plan, and Bishop Tomas Ferrin agreed.";
      const people = extractArticle({ id: "t", files: [], text }, { models })
        .entities.filter((e) => e.type === "person")
        .map((e) => e.label);
      expect(people).toEqual(["Tomas Ferrin"]);
    }
  });
});

describe("an event its article does not place", () => {
  it("joins the placed event whose place the article names, and stays apart elsewhere", () => {
    const texts = [
      "Fighting in the war in Chad escalated on Monday, officials said.",
      "The war has displaced thousands of people, aid workers said. The government of Chad appealed for help.",
      "Fans said the war between the two clubs had gone on too long.",
      "Investors fear the war will hurt trade, bankers said.",
    ];
    const wars = resolveTexts(texts)
      .entities.filter((g) => g.type === "event")
      .map((g) => g.members.map(([article]) => article).sort());
    expect(wars.sort()).toEqual([[0, 1], [2], [3]]);
  });
});

describe("talks, attacks and elections an article does not place", () => {
  it("stay that article's own, even where a related story placed talks of its own elsewhere", () => {
    const texts = [
      "Peace talks in Geneva between Chad and Niger were postponed, officials said.",
      "Chad and Niger met again on Thursday. The two sides agreed after the three-hour talks to free prisoners.",
    ];
    const talks = resolveTexts(texts)
      .entities.filter((g) => g.type === "event" && g.members.length > 0)
      .map((g) => g.members.map(([article]) => article).sort());
    expect(talks.sort()).toEqual([[0], [1]]);
  });
});

describe("a plural of an organisation's name", () => {
  it("is that organisation's members taken together: one entity with it", () => {
    const texts = [
      "Green Dawn leader Tom Brecker said taxes would rise.",
      "Voters backed the Green Dawns in three seats, officials said.",
      "Green Dawns won again on Friday, officials said.",
    ];
    const bodies = resolveTexts(texts).entities.filter((g) => g.label.startsWith("Green Dawn"));
    expect(bodies.map((g) => [g.type, g.members.map(([article]) => article).sort()])).toEqual([
      ["organisation", [0, 1, 2]],
    ]);
  });
});

describe("a single name in several articles", () => {
  const people = [
    "Tomas Ivers said the plan would work.",
    "Tomas Brandt said the plan would fail.",
    "Critics agreed with Halla Ivers on Friday.",
  ];

  it("stays each article's own when the collection uses it as a given name", () => {
    const { entities } = resolveTexts([
      ...people,
      "Later Tomas said he was sorry.",
      "Then Tomas said he would stay.",
    ]);
    const alone = entities.filter((g) => g.label === "Tomas" && g.members.length > 0);
    expect(alone.map((g) => g.members.length)).toEqual([1, 1]);
  });

  it("joins across articles when it is used as a surname", () => {
    const { entities } = resolveTexts([
      ...people,
      "Later Brandt said he was sorry.",
      "Then Brandt said he would stay.",
    ]);
    const full = entities.find((g) => g.label === "Tomas Brandt")!;
    expect(full.members.length).toBe(3);
  });
});

describe("a lone word typed a person only by its shape", () => {
  const SHAPE = "Investors cheered after Vendrix said prices would fall.";
  const CUED = "Shares in electronics firm Vendrix rose on Monday.";

  it("gives way to an article whose words typed it otherwise, however many articles it is in", () => {
    expect(typesOf([SHAPE, SHAPE, SHAPE, SHAPE, SHAPE, CUED], "Vendrix")).toEqual([["organisation", 6]]);
  });

  it("keeps its weight where an article gave it a title", () => {
    const titled = "Mr Vendrix said prices would fall.";
    expect(typesOf([titled, titled, titled, titled, titled, CUED], "Vendrix")).toEqual([["person", 6]]);
  });
});

describe("the plural of a word the collection uses as a prize's", () => {
  const WON = [
    "Her film won a Plinth last year.",
    "The director won a Plinth in March.",
    "It may win a Plinth.",
  ];
  const BODY = "Dana Orr, chairman of the Plinths, said tickets sold out.";

  it("is the ceremony, an event, where an article typed it a body", () => {
    expect(typesOf([...WON, BODY, BODY], "Plinths")).toEqual([["event", 2]]);
  });

  it("stays a body where fewer stories use the word as a prize's", () => {
    expect(typesOf([...WON.slice(0, 2), BODY, BODY], "Plinths")).toEqual([["organisation", 2]]);
  });
});

describe("an article's unplaced events of one class", () => {
  it("stay apart when their names carry different capitalised words", () => {
    const { entities } = resolveTexts([
      "Despite its recent EU election successes, the party lost ground. As with the 2004 US presidential election, the outcome was close.",
    ]);
    expect(entities.filter((g) => g.type === "event").map((g) => g.label)).toEqual([
      "recent EU election",
      "US presidential election",
    ]);
  });
});

describe("a surname alone in another article", () => {
  it("joins a full name only where the spellings are a letter apart at most ('Jonny' is no 'Lil Jon')", () => {
    const { entities } = resolveTexts([
      "The rapper Lil Varn released a new album on Monday.",
      "Mr Varnny said he would be ready in a fortnight.",
    ]);
    const rapper = entities.find((g) => g.label === "Lil Varn" && g.members.length > 0);
    expect(rapper?.members).toHaveLength(1);
  });
});

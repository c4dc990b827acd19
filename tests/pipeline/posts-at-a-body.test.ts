/**
 * A post before "at X" or "with X" ("an economist at X", "an analyst with X") makes X the body
 * that employs the holder: an organisation, whatever its shape. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";
import { entityLabels as typed } from "../support/entities";

/** The text's relations as "type source -> target", by entity label. */
function relationsOf(text: string, models: boolean): string[] {
  const x = extractArticle({ id: "t", files: ["t.txt"], text }, { models });
  return x.relations.map((r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`);
}

describe("a name after a post and 'at' or 'with'", () => {
  it("is the organisation the holder works for", () => {
    for (const models of [true, false]) {
      expect(typed('"Prices will fall," said Dana Orr, a strategist at Kestravo.', models)).toContain(
        "Kestravo:organisation",
      );
      expect(typed("Tomas Ferrin, an analyst with Velmoran Harte, agreed.", models)).toContain(
        "Velmoran Harte:organisation",
      );
    }
  });

  it("stays a place where the gazetteer knows it", () => {
    expect(typed("Dana Orr, a professor at Glossop, agreed.", false)).toContain("Glossop:place");
  });
});

describe("a side's captain", () => {
  it("is a member of the side, not its commander ('Velmor Rovers captain X')", () => {
    for (const models of [true, false]) {
      const posts = relationsOf("Velmor Rovers captain Dana Orrell scored twice on Saturday.", models);
      expect(posts).toContain("member-of Dana Orrell -> Velmor Rovers");
      expect(posts.filter((r) => r.startsWith("commands"))).toEqual([]);
    }
  });
});

describe("a post of a body before its holder's name, set off by commas", () => {
  it("makes the holder command or lead the body ('The commander of the Velmor Brigade, Dana Orrell, said')", () => {
    for (const models of [true, false]) {
      const read = (text: string) => relationsOf(text, models);
      const found = read("The commander of the Velmor Brigade, Dana Orrell, said the town held.");
      expect(found).toContain("commands Dana Orrell -> Velmor Brigade");
      // The body is who the speaker is, not what the statement is about.
      expect(found.filter((r) => r.startsWith("said"))).toEqual([]);
      expect(
        read(
          "Ukrainian forces repelled an assault on the town of Tarnby, the commander of Ukraine's ground forces, Dana Orrell, said on Tuesday.",
        ),
      ).toEqual(expect.arrayContaining(["commands Dana Orrell -> Armed Forces of Ukraine"]));
      expect(read("The head of the Velmor Party, Dana Orrell, said the vote was lost.")).toContain(
        "leads Dana Orrell -> Velmor Party",
      );
      // "incoming", "new", "outgoing" leave the post a governing one.
      expect(
        read(
          "It will be up to the incoming president of the Velmor Commission, Dana Orrell, to adopt the plan.",
        ),
      ).toContain("leads Dana Orrell -> Velmor Commission");
    }
  });
});

describe("an armed body 'led by' someone", () => {
  it("is commanded by them; a party led by someone is led", () => {
    for (const models of [true, false]) {
      const read = (text: string) => relationsOf(text, models);
      expect(read("Sudan's army, led by General Dana Orrell, said its troops had withdrawn.")).toContain(
        "commands Dana Orrell -> Armed Forces of Sudan",
      );
      expect(read("The Velmor Party, led by Dana Orrell, said it would win.")).toContain(
        "leads Dana Orrell -> Velmor Party",
      );
    }
  });
});

describe("ranks and parts in a post", () => {
  const read = relationsOf;

  it("reads 'general manager' as no rank: a firm's general manager is a member, no commander", () => {
    for (const models of [true, false])
      expect(
        read("The keynote was given by Dana Orrell, general manager at Velmor Mobile.", models),
      ).toContain("member-of Dana Orrell -> Velmor Mobile");
  });

  it("reads a union's general secretary as its head, a deputy as a member", () => {
    for (const models of [true, false]) {
      expect(read("Velmor Union general secretary Dana Orrell called for a strike.", models)).toContain(
        "leads Dana Orrell -> Velmor Union",
      );
      expect(
        read("Velmor Union deputy general secretary Dana Orrell called for a strike.", models),
      ).toContain("member-of Dana Orrell -> Velmor Union");
    }
  });

  it("makes the director of a part of a body ('director of X's photonics lab') a member of X", () => {
    for (const models of [true, false]) {
      const found = read(
        '"We have overcome a limit," said Dr Dana Orrell, director of Velmor Corp\'s photonics technology lab.',
        models,
      );
      expect(found).toContain("member-of Dana Orrell -> Velmor Corp");
      expect(found.filter((r) => r.startsWith("leads"))).toEqual([]);
    }
  });

  it("reads a rank in capitals after the post ('Sudan's army chief General X' commands the army)", () => {
    for (const models of [true, false]) {
      const found = read("Sudan's army chief General Dana Orrell said the town held.", models);
      expect(found).toContain("commands Dana Orrell -> Armed Forces of Sudan");
      expect(found.filter((r) => r.startsWith("said"))).toEqual([]);
    }
  });
});

describe("a post or command told by a verb", () => {
  it("makes the holder command or lead ('was appointed commander of', 'who commands', 'took command of', 'who heads')", () => {
    for (const models of [true, false]) {
      expect(
        relationsOf(
          "Colonel Dana Orrell was appointed commander of the 47th Velmor Brigade last month.",
          models,
        ),
      ).toContain("commands Dana Orrell -> 47th Velmor Brigade");
      expect(
        relationsOf("Dana Orrell, who commands the 3rd Assault Brigade, said the town held.", models),
      ).toContain("commands Dana Orrell -> 3rd Assault Brigade");
      expect(relationsOf("Kestrel Amundsen took command of the Velmor Fleet in March.", models)).toContain(
        "commands Kestrel Amundsen -> Velmor Fleet",
      );
      expect(relationsOf("Dana Orrell, who heads the Velmor Party, said it would win.", models)).toContain(
        "leads Dana Orrell -> Velmor Party",
      );
    }
  });
});

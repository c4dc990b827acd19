/**
 * A kind noun right after a name ("X magazine", "the X newspaper") makes it an
 * organisation, as one before it does ("telecoms firm X"). Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { entityLabels as typed } from "../support/entities";

describe("a name before a kind noun", () => {
  it("is an organisation of that kind", () => {
    for (const models of [true, false]) {
      expect(typed("Dana Orr told Kestravo magazine that prices would rise.", models)).toContain(
        "Kestravo:organisation",
      );
      expect(typed("Dana Orr wrote for the Velmoran Harte newspaper last year.", models)).toContain(
        "Velmoran Harte:organisation",
      );
    }
  });

  it("is not when the noun is another name's kind, or 'a' or a country comes first", () => {
    for (const models of [true, false]) {
      const entities = typed("Telecoms firm Vendrix said a Peru bank and Orlin Tass agreed.", models);
      expect(entities).not.toContain("Telecoms:organisation");
      // "firm" as an adjective in a headline.
      expect(typed("Kervane firm over Lisk deal", models)).not.toContain("Kervane:organisation");
      expect(entities.filter((e) => e.startsWith("Peru") && e.endsWith(":organisation"))).toEqual([]);
    }
  });
});

describe("a name after a publication's kind noun", () => {
  it("is an organisation, after a nationality too ('German magazine Der X', 'the journal X')", () => {
    for (const models of [true, false]) {
      expect(typed("Meanwhile, Velmoran magazine Der Kestrel said the talks had stalled.", models)).toContain(
        "Der Kestrel:organisation",
      );
      expect(typed("German weekly Vorland said the deal was close.", models)).toContain(
        "Vorland:organisation",
      );
      expect(typed("The scientific journal Halvex published the study.", models)).toContain(
        "Halvex:organisation",
      );
      expect(typed("The broadsheet Kestra said it would close.", models)).toContain("Kestra:organisation");
    }
  });
});

describe("names listed after a kind noun", () => {
  it("are organisations: 'firms such as X, Y and Z', 'retailers - including X'", () => {
    for (const models of [true, false]) {
      const entities = typed(
        "Demand grew at firms such as Vendrix, Orlin Tass and Kestravo last year.",
        models,
      );
      expect(entities).toEqual(
        expect.arrayContaining(["Vendrix:organisation", "Orlin Tass:organisation", "Kestravo:organisation"]),
      );
      expect(typed("Other retailers - including Harwick - reported gains.", models)).toContain(
        "Harwick:organisation",
      );
    }
  });

  it("are not when 'like' compares, or a group lists its members", () => {
    expect(typed("He hopes he does not leave the club like Dana Orrell did.", false)).toContain(
      "Dana Orrell:person",
    );
    expect(typed("The group, including Tomas Ferrin and others, agreed.", false)).toContain(
      "Tomas Ferrin:person",
    );
  });
});

describe("a name before 'party' or 'movement'", () => {
  it("is the party, also where its name begins with a people's adjective ('the ruling Georgian Dream party')", () => {
    for (const models of [true, false]) {
      expect(
        typed("The vote was rigged by the ruling Georgian Dream party, the opposition says.", models),
      ).toContain("Georgian Dream:organisation");
      expect(typed("The Velmor Unity party won the vote.", models)).toContain("Velmor Unity:organisation");
    }
  });

  it("is none for a people's adjective alone or an ordinary word ('the Scottish party', 'the Christmas party')", () => {
    for (const models of [true, false])
      for (const text of [
        "The Scottish party met after the Christmas party season.",
        "As the main Eurosceptic party, it should resolve its differences.",
      ])
        expect(typed(text, models), text).toEqual([]);
  });
});

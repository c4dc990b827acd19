/**
 * Which verbs carry words someone said, and who said them: writing a book is no statement, a
 * passing thought is none, a headline's "X urged to" is said to X, "sources close to X" are not X,
 * "any concrete pledges" is a noun. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";

function said(text: string, models = true): string[] {
  const x = extractArticle({ id: "t", files: ["t.txt"], text }, { models });
  return x.relations
    .filter((r) => r.type === "said")
    .map((r) => `${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`);
}

const BOTH = [true, false];

describe("writing", () => {
  it("is no statement when a work is written ('began writing the book', 'wrote, directed and starred')", () => {
    for (const models of BOTH)
      for (const text of [
        "Dana Orrell, who lives in Tarnby, began writing the book in 1982 while studying at Velmor University.",
        "Kestrel Amundsen wrote, directed and starred in the film about Velmor Bank.",
        "Kestrel Amundsen wrote Ring of Fire with Dana Orrell.",
        "Kestrel Amundsen is writing two new songs for Velmor Records.",
      ])
        expect(said(text, models), text).toEqual([]);
  });

  it("is a statement before a colon, 'that', or a letter 'to' someone", () => {
    for (const models of BOTH) {
      expect(
        said(
          "On his website, Kestrel Amundsen wrote: “Velmor Bank has misled every one of its customers.”",
          models,
        ),
      ).toEqual(["Kestrel Amundsen -> Velmor Bank"]);
      expect(said("Kestrel Amundsen wrote that Velmor Bank had misled its customers.", models)).toEqual([
        "Kestrel Amundsen -> Velmor Bank",
      ]);
    }
  });
});

describe("writing, inverted", () => {
  it("is a statement in '…, writes X.'", () => {
    for (const models of BOTH)
      expect(
        said(
          "The prime minister changed his mind in June, following intervention from Velmor Bank allies, writes Dana Orrell.",
          models,
        ),
      ).toEqual(["Dana Orrell -> Velmor Bank"]);
  });
});

describe("thinking", () => {
  it("is no statement in a narrative 'X thought he had scored'", () => {
    for (const models of BOTH)
      for (const text of [
        "Early on, Dana Orrell thought he had scored but Kestrel Amundsen's pass was ruled forward.",
        "Sir Dana Orrell believed he had the authority to remain in office with the support of the Velmor Party.",
      ])
        expect(said(text, models), text).toEqual([]);
  });

  it("is a stated view with 'that'", () => {
    for (const models of BOTH)
      expect(
        said("Dana Orrell thought that the sale of Velmor Studios would cause problems.", models),
      ).toEqual(["Dana Orrell -> Velmor Studios"]);
  });
});

describe("who speaks", () => {
  it("is not the one urged in a headline's passive 'X urged to compete'", () => {
    for (const models of BOTH)
      expect(said("Orrell urged to compete at Velmor Games\n\nDana Orrell may yet run.", models)).toEqual([]);
  });

  it("is no party for 'he', even where a member of it was written as a person ('14 Liberal MPs')", () => {
    for (const models of BOTH) {
      const found = said(
        "Sir Dana Orrell believed he had the authority to remain in office providing the 14 Liberal MPs would support his government. He said the Liberals could keep out Labour in three ways.",
        models,
      );
      expect(found.length).toBeGreaterThan(0);
      expect(
        found.every((r) => r.startsWith("Dana Orrell ->")),
        found.join("; "),
      ).toBe(true);
    }
  });

  it("is the one told, with 'told' before a name that begins with 'To'", () => {
    for (const models of BOTH)
      expect(
        said(
          "“The Velmor Games will decide if we can compete again in Greece,” Dana Orrell told To Velmo newspaper.",
          models,
        ),
      ).toEqual(["Dana Orrell -> Greece"]);
  });

  it("is the person after a body's possessive ('…, said Velmor Bank's Dana Orrell.')", () => {
    for (const models of BOTH)
      expect(
        said(
          "“The deal will bring more revenue than any film in Greece this year,” said Velmor Bank's Dana Orrell.",
          models,
        ),
      ).toEqual(["Dana Orrell -> Greece"]);
  });

  it("is the person after a body and a post ('…, commented Velmor Networks chief executive Dana Orrell.')", () => {
    for (const models of BOTH)
      expect(
        said(
          "“We are delighted to be offering free access to Greece in our hotspots,” commented Velmor Networks chief executive Dana Orrell.",
          models,
        ),
      ).toEqual(["Dana Orrell -> Greece"]);
  });

  it("is the body before the verb when a person of it is spoken of after it", () => {
    for (const models of BOTH)
      expect(
        said("Velmor Records said frontman Dana Orrell planned to spend some time in Greece.", models),
      ).toEqual(["Velmor Records -> Greece"]);
  });

  it("speaks about something other than their own body", () => {
    for (const models of BOTH)
      expect(
        said(
          "“Obviously a lot of time is needed to clean up the mess,” said Velmor Bank's Dana Orrell.",
          models,
        ),
      ).toEqual([]);
  });

  it("is the body after 'according to the'", () => {
    for (const models of BOTH)
      expect(
        said(
          "Airstrikes killed at least 12 people across Tarnby overnight, according to the Velmor Health Ministry.",
          models,
        ).filter((r) => r.startsWith("Velmor Health Ministry ->")).length,
      ).toBe(1);
  });

  it("is the name set off by commas after an unnamed subject ('The EU agency for asylum, EUAA, said')", () => {
    for (const models of BOTH) {
      expect(
        said(
          "The relief agency for the northern provinces, Velmor Aid, said more than 300 of its staff had been killed in Greece.",
          models,
        ),
      ).toEqual(["Velmor Aid -> Greece"]);
      expect(
        said(
          "The company's chief executive, Dana Orrell, said the merger with Tarnby Group was off.",
          models,
        ),
      ).toEqual(["Dana Orrell -> Tarnby Group"]);
    }
  });

  it("is the name set off by commas after a post, in a closing '…, the commander of X, Y, said'", () => {
    for (const models of BOTH)
      expect(
        said(
          "Ukrainian forces repelled a large assault on the town of Tarnby, the commander of Ukraine's ground forces, Dana Orrell, said on Tuesday.",
          models,
        ).filter((r) => r.startsWith("Dana Orrell ->")).length,
      ).toBe(1);
  });

  it("says the whole reported clause when a few of its words are quoted", () => {
    for (const models of BOTH)
      expect(
        said(
          'Pentagon spokesman Dana Orrell told reporters that Washington remained open to talks but that Riga must accept "the new territorial realities".',
          models,
        ),
      ).toEqual(["Dana Orrell -> Washington"]);
  });

  it("speaks to a programme or a paper, not about it ('told Velmor Radio's Today Programme', 'in an interview with the X')", () => {
    for (const models of BOTH) {
      expect(
        said(
          'Dana Orrell told Velmor Radio\'s Today Programme: "There has been a lot of spin about this by Tarnby Group."',
          models,
        ),
      ).toEqual(["Dana Orrell -> Tarnby Group"]);
      expect(
        said(
          "But in an interview with the Velmor Times, Dana Orrell refused to be pinned down, saying Greece would hold a poll next year.",
          models,
        ).filter((r) => r.startsWith("Velmor Times")),
      ).toEqual([]);
    }
  });

  it("is the person named after a post set off by commas ('shadow chief secretary to the Treasury, X, said')", () => {
    for (const models of BOTH)
      expect(
        said(
          'Responding to the speech, shadow chief secretary to the Treasury, Dana Orrell, said: "This was more talk from Kestrel Amundsen."',
          models,
        ),
      ).toEqual(["Dana Orrell -> Kestrel Amundsen"]);
  });

  it("is not X in 'sources close to X said', 'friends of X said'", () => {
    for (const models of BOTH)
      for (const text of [
        "Sources close to Mr Orrell said eight other members of the Velmor Party were planning to leave.",
        "Friends of Dana Orrell said the Velmor Party had treated her badly.",
      ])
        expect(
          said(text, models).filter((r) => r.startsWith("Dana Orrell") || r.startsWith("Orrell")),
          text,
        ).toEqual([]);
  });

  it("reads a plural noun after 'any' or an adjective as no speech verb ('without any concrete pledges')", () => {
    for (const models of BOTH)
      expect(
        said(
          "He and his deputy Dana Orrell have been edging towards a deal with Velmor Bank for months, but without any concrete pledges.",
          models,
        ),
      ).toEqual([]);
  });
});

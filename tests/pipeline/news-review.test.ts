/**
 * Errors found reading whole BBC business and politics articles against their graphs, each fixed
 * by a general rule. Invented names throughout, with real places where the gazetteer must know them.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";
import { entityLabels } from "../support/entities";

function relations(text: string, models = true): string[] {
  const x = extractArticle({ id: "t", files: ["t.txt"], text }, { models });
  return x.relations.map((r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`);
}

describe("a body named before a post of several words", () => {
  it("is the body the holder leads ('X chief executive Y', 'X president and chief executive Y')", () => {
    for (const models of [true, false]) {
      for (const post of ["chief executive", "president and chief executive"]) {
        const text = `Velmor Networks cut its profits. The figures were confirmed by Velmor ${post} Dana Orrell on Monday.`;
        const found = relations(text, models);
        expect(found).toContain("leads Dana Orrell -> Velmor Networks");
        expect(entityLabels(text, models)).not.toContain("Velmor:person");
      }
    }
  });

  it("stays the body named in full, its first word only a short form of it", () => {
    const x = extractArticle(
      {
        id: "t",
        files: [],
        text: "Velmor Networks cut its profits. Velmor chief executive Dana Orrell said sales fell.",
      },
      { models: true },
    );
    const found = x.entities.filter((e) => e.mentions.length > 0).map((e) => `${e.label}:${e.type}`);
    expect(found).toContain("Velmor Networks:organisation");
    expect(found).not.toContain("Velmor:organisation");
  });

  it("is no lower-case part of a body named so ('the Velmor research unit')", () => {
    const found = relations(
      "The Velmor research unit wrote the report. Velmor leader Dana Orrell said it was wrong.",
    );
    expect(found).not.toContain("leads Dana Orrell -> Velmor research unit");
  });
});

describe("an apposition naming a person's post in a body", () => {
  it("names the body the person leads ('said X, Y's group chief executive.')", () => {
    for (const models of [true, false]) {
      const text =
        'Kestrel Holdings sold more cars in 2004. "We are pleased," said Dana Orrell, Kestrel Holdings\' group chief executive.';
      expect(relations(text, models)).toContain("leads Dana Orrell -> Kestrel Holdings");
      expect(entityLabels(text, models)).toContain("Dana Orrell:person");
    }
  });

  it("names the body a member serves ('said X, Y's chief economist.')", () => {
    for (const models of [true, false])
      expect(
        relations('"Growth will slow," said Dana Orrell, Kestrel Bank\'s chief economist.', models),
      ).toContain("member-of Dana Orrell -> Kestrel Bank");
  });
});

describe("a hyphenated surname alone", () => {
  it("is the person named in full before ('Rev Tarn-Orrell' after 'Dana Tarn-Orrell')", () => {
    for (const models of [true, false]) {
      const x = extractArticle(
        {
          id: "t",
          files: [],
          text: "The bishop, the Rt Rev Dana Tarn-Orrell, spoke first. Rt Rev Tarn-Orrell argued it was wrong.",
        },
        { models },
      );
      const people = x.entities.filter((e) => e.type === "person" && e.mentions.length > 0);
      expect(people.map((e) => e.label)).toEqual(["Dana Tarn-Orrell"]);
      expect(people[0]!.mentions).toHaveLength(2);
    }
  });
});

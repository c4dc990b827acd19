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

describe("names listed right after a plural kind noun", () => {
  it("are organisations ('the financial institutions X, Y and Z')", () => {
    for (const models of [true, false]) {
      const found = entityLabels(
        "Shares fell on Monday. Investors are suing the financial institutions Velmor Dask, Tarnbridge and Kestrel Orrell Hasker over the losses.",
        models,
      );
      expect(found).toEqual(
        expect.arrayContaining([
          "Velmor Dask:organisation",
          "Tarnbridge:organisation",
          "Kestrel Orrell Hasker:organisation",
        ]),
      );
    }
  });

  it("keep a country inside a listed firm's name ('firms such as Credit X First Y')", () => {
    const found = entityLabels(
      "Shares fell on Monday. Banks such as Tarnbridge and Credit France Velmor lost most.",
      false,
    );
    expect(found).toContain("Credit France Velmor:organisation");
  });

  it("are no list where only a comma stands before the name ('some TV channels, X predicts')", () => {
    const found = entityLabels("Viewers may switch off some TV channels, Velmorcast predicts.", false);
    expect(found).not.toContain("Velmorcast:organisation");
  });

  it("type no run of two names joined by 'and' as one ('labels such as X and Y Z')", () => {
    const found = entityLabels(
      "The scene was vital in the 1980s, when labels such as Harbour and Velmor Dask were formed.",
      false,
    );
    expect(found).not.toContain("Harbour and Velmor Dask:organisation");
  });
});

describe("a pronoun in capitals opening a sentence", () => {
  it("is no name ('Whichever way the court rules')", () => {
    const found = entityLabels("Whichever way the court rules, the other side will appeal.", true);
    expect(found.filter((e) => e.startsWith("Whichever"))).toEqual([]);
  });
});

describe("a country's adjective before a governing post in lower case", () => {
  it("names the land its holder leads ('Iraqi interim leader X', 'French prime minister Y')", () => {
    for (const models of [true, false]) {
      expect(
        relations(
          "Mr Velmor will miss an address from Iraqi interim leader Dana Orrell, who criticised nations.",
          models,
        ),
      ).toContain("leads Dana Orrell -> Iraq");
      expect(relations("The French prime minister Dana Orrell said no.", models)).toContain(
        "leads Dana Orrell -> France",
      );
    }
  });

  it("names no land before another post ('French striker X')", () => {
    const found = entityLabels("French striker Dana Orrell scored twice on Saturday.", true);
    expect(found).not.toContain("France:place");
  });
});

describe("a knight or a dame called by the given name", () => {
  it("is the person of the article with that given name ('Sir Dorian' after 'Sir Dorian Velmor')", () => {
    for (const models of [true, false]) {
      const x = extractArticle(
        {
          id: "t",
          files: [],
          text: "Sir Dorian Velmor's inquiry cleared the minister. Mr Orrell said Sir Dorian's inquiry had failed.",
        },
        { models },
      );
      const people = x.entities
        .filter((e) => e.type === "person" && e.mentions.length > 0)
        .map((e) => e.label);
      expect(people).toContain("Dorian Velmor");
      expect(people).not.toContain("Dorian");
    }
  });
});

describe("an office 'of the' a body named in several words", () => {
  it("names the body, not a holder ('Director of the Scottish X Authority Y Centre')", () => {
    for (const models of [true, false]) {
      const text =
        "Dana Orrell, Director of the Scottish Velmor Authority Tarn Centre at Kestrel University, said it was slowing.";
      const found = entityLabels(text, models);
      expect(found).not.toContain("Velmor Authority Tarn Centre:person");
      expect(found.filter((e) => e.endsWith(":person"))).toEqual(["Dana Orrell:person"]);
    }
  });
});

describe("a name after the kind noun 'organisation'", () => {
  it("is an organisation ('the umbrella organisation X')", () => {
    for (const models of [true, false])
      expect(
        entityLabels(
          "The councils' umbrella organisation Tarnsla warned that councils would struggle.",
          models,
        ),
      ).toContain("Tarnsla:organisation");
  });
});

describe("a medicine named after its kind", () => {
  it("is no entity in any of its article's mentions ('the sclerosis drug X')", () => {
    for (const models of [true, false]) {
      const found = entityLabels(
        'Kestrel Pharma suspended sales of its new multiple sclerosis drug Velmorix. "Most of the value was in Velmorix," said Dana Orrell.',
        models,
      );
      expect(found.filter((e) => e.startsWith("Velmorix"))).toEqual([]);
    }
  });
});

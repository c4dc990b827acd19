import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";

const entities = (text: string, models: boolean) =>
  extractArticle({ id: "w", files: [], text }, { models }).entities.map((e) => `${e.label}:${e.type}`);

describe("names the rules type only by their shape", () => {
  it("are dropped when the recogniser sees no name there either (titles of works)", () => {
    const text = "Viewers loved Desperate Gardeners on Sunday night.";
    expect(entities(text, true)).toEqual([]);
    expect(entities(text, false)).toEqual(["Desperate Gardeners:person"]);
  });

  it("lose a descriptor in front when the recogniser finds the name inside", () => {
    const text = "Actress Maribel Quintero won the award on Sunday.";
    expect(entities(text, true)).toEqual(["Maribel Quintero:person"]);
  });

  it("lose a nationality in front, with or without the models", () => {
    const text = "Australian Nicole Pratt beat Tunisian Selima Sfar in the final.";
    for (const models of [true, false])
      expect(entities(text, models).sort()).toEqual(["Nicole Pratt:person", "Selima Sfar:person"]);
  });

  it("keep an organisation whose name starts with a nationality", () => {
    expect(entities("The American Red Cross said it would help.", true)).toEqual([
      "American Red Cross:organisation",
    ]);
  });
});

describe("a name after a determiner", () => {
  it("is an institution when it is one unknown word", () => {
    for (const models of [true, false])
      expect(entities("Officials at the Zarkhov said the talks had failed.", models)).toContain(
        "Zarkhov:organisation",
      );
  });

  it("is nobody when it is a title alone", () => {
    for (const models of [true, false])
      expect(entities("The Chancellor said taxes would rise.", models)).toEqual([]);
  });
});

/**
 * "X Y of the Z Council", "X Y of Peru": a person's name, "of", and a body or a country are two
 * names, not one organisation; a body's own name with "of" ("the Royal College of X") and a work's
 * title stay whole. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { entityLabels as typed } from "../support/entities";

describe("a person's name before 'of' and a body", () => {
  it("is the person, and the body a name of its own", () => {
    for (const models of [true, false]) {
      const entities = typed("But Dana Orrell of the Kestrel Alliance has questioned the plan.", models);
      expect(entities).toContain("Dana Orrell:person");
      expect(entities).toContain("Kestrel Alliance:organisation");
    }
    const tennis = typed(
      "Seed through in straight sets\n\nThe top seed beat Marta Kovalenko of Peru 6-3 6-3 on Monday to reach the quarter-finals, and she will play again on Wednesday.",
      false,
    );
    expect(tennis).toContain("Marta Kovalenko:person");
    expect(tennis).toContain("Peru:place");
  });

  it("leaves a body's own name with 'of' whole", () => {
    for (const models of [true, false]) {
      expect(typed("The Royal College of Tanners said prices would rise.", models)).toEqual([
        "Royal College of Tanners:organisation",
      ]);
    }
  });
});

/**
 * An apposition ending in a kind noun ("X, the consumer electronics firm", "X, Peru's largest
 * bank") makes the name an organisation; a new clause ("X, the firm said") or a person's job
 * ("Y, a broadcaster with Z") does not. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { entityLabels as typed } from "../support/entities";

describe("a name with an apposition", () => {
  it("is an organisation when the apposition ends in a kind noun", () => {
    for (const models of [true, false]) {
      expect(typed("Kestravo, the consumer electronics firm, cut prices.", models)).toContain(
        "Kestravo:organisation",
      );
      expect(typed("Investors sold Orlin Tass, Peru's third-largest bank, on Monday.", models)).toContain(
        "Orlin Tass:organisation",
      );
    }
  });

  it("is not when a clause or a person's job follows the comma", () => {
    expect(typed("Dana Orr, a senior broadcaster with Kestravo, agreed.", false)).toContain(
      "Dana Orr:person",
    );
    expect(typed("In a letter from Tomas Ferrin, the company says sales fell.", false)).toContain(
      "Tomas Ferrin:person",
    );
    // The kind noun only qualifies the job that ends the phrase.
    for (const models of [true, false]) {
      expect(
        typed("The film will feature Dorran Vell, a style magazine columnist, and his friends.", models),
      ).toContain("Dorran Vell:person");
      expect(typed("Talks were led by Kesta Morrin, a former bank manager, last year.", models)).toContain(
        "Kesta Morrin:person",
      );
    }
  });
});

/**
 * A post before "at X" or "with X" ("an economist at X", "an analyst with X") makes X the body
 * that employs the holder: an organisation, whatever its shape. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { entityLabels as typed } from "../support/entities";

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

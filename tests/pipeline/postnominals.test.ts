/**
 * Letters after a name for a seat or a rank ("X Y MP", "X Y QC") are not part of the name: the
 * person is the same as the one named without them. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { entityLabels as typed } from "../support/entities";

describe("letters after a person's name", () => {
  it("are left out of the name", () => {
    for (const models of [true, false]) {
      expect(typed("Dana Orrell MP said the bill was flawed.", models)).toEqual(["Dana Orrell:person"]);
      expect(typed("Tomas Ferrin QC, for the defence, said the men were innocent.", models)).toEqual([
        "Tomas Ferrin:person",
      ]);
    }
  });
});

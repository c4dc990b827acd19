/**
 * A name and a lower-case unit noun form one body ("the “Kestrel” battalion"), unless the noun
 * describes: a name follows it ("Rock group Y": Y's kind), or a place, a nationality or an
 * ordinary word describes a company or group ("the Glossop company", "Research group Y").
 * Invented names; Glossop is a small town the gazetteer knows.
 */
import { describe, expect, it } from "vitest";
import { entityLabels as typed } from "../support/entities";

describe("a unit noun after a name", () => {
  it("is the kind of the name after it, not part of a body's name", () => {
    for (const models of [true, false]) {
      const entities = typed("Fans cheered when Loud group Vendrix played on Friday.", models);
      expect(entities).toContain("Vendrix:organisation");
      expect(entities.filter((e) => e.includes("group"))).toEqual([]);
    }
  });

  it("is described by a place before a company", () => {
    for (const models of [true, false]) {
      const entities = typed("The Glossop company also owns 90 stores.", models);
      expect(entities).not.toContain("Glossop company:organisation");
    }
  });

  it("still forms a unit's name on its own", () => {
    expect(typed("Ana Dobre said the “Kestrel” battalion held the bridge.", false)).toContain(
      "Kestrel battalion:organisation",
    );
  });
});

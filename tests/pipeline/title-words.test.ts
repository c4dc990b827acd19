/**
 * Title words that do not title a person: "Lord of the X" (a body's or a work's office names no
 * one, and a person after a one-word body holds it), "General X-s" (a title that is also an
 * adjective before a plural noun begins a body's name), and "the X-ic champion" (an adjective).
 * Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { entityLabels as typed } from "../support/entities";

describe("a title before 'of the'", () => {
  it("names no one after a body or a work, and the holder after a one-word body", () => {
    for (const models of [true, false]) {
      expect(typed("Fans queued to see Lord of the Kestrels on Friday.", models)).toEqual([]);
      expect(typed("Chancellor of the Treasury Dana Orrell said taxes would rise.", models)).toEqual([
        "Dana Orrell:person",
      ]);
    }
  });
});

describe("a title that is also an adjective, before a plural noun", () => {
  it("begins a body's name", () => {
    for (const models of [true, false]) {
      expect(typed("Shares in General Turbines fell after the recall.", models)).toEqual([
        "General Turbines:organisation",
      ]);
    }
  });
});

describe("a word in '-ic' after 'the' and before a common noun", () => {
  it("is an adjective, no body", () => {
    for (const models of [true, false]) {
      expect(typed("The Vendric champion Dana Orrell won again.", models)).toEqual(["Dana Orrell:person"]);
    }
  });
});

describe("words that name no entity", () => {
  it("are an adjective title before an event noun, a post's plural, a people and a month", () => {
    for (const models of [true, false]) {
      expect(typed("Voters waited for the General Referendum in Kestrelland.", models)).not.toContain(
        "Referendum:person",
      );
      const entities = typed("Angry Vendrix MPs met Britons on Monday, before the January sales.", models);
      expect(entities.filter((e) => /MPs|Britons|January/.test(e))).toEqual([]);
    }
  });
});

describe("a second title after a first one", () => {
  it("is the holder's, and the words between name the body", () => {
    for (const models of [true, false]) {
      const entities = typed(
        "But Metropolitan Harbour Commissioner Sir Dana Orrell said the port was safe.",
        models,
      );
      expect(entities).toContain("Dana Orrell:person");
      expect(entities.filter((e) => e.includes("Commissioner"))).toEqual([]);
    }
  });
});

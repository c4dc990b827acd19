/**
 * A post before "at X" or "with X" ("an economist at X", "an analyst with X") makes X the body
 * that employs the holder: an organisation, whatever its shape. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";
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

describe("a side's captain", () => {
  it("is a member of the side, not its commander ('Velmor Rovers captain X')", () => {
    for (const models of [true, false]) {
      const x = extractArticle(
        { id: "t", files: ["t.txt"], text: "Velmor Rovers captain Dana Orrell scored twice on Saturday." },
        { models },
      );
      const posts = x.relations.map(
        (r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`,
      );
      expect(posts).toContain("member-of Dana Orrell -> Velmor Rovers");
      expect(posts.filter((r) => r.startsWith("commands"))).toEqual([]);
    }
  });
});

/**
 * A post held once ("former Labour leader X", "ex-army chief X", "X, the former commander of Y")
 * is no edge of the present: X neither leads nor commands it now, and keeps the post among their
 * roles as a former one. "Ex-" is no part of the body's name. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";

function read(text: string, models: boolean) {
  const x = extractArticle({ id: "t", files: ["t.txt"], text }, { models });
  return {
    labels: x.entities.map((e) => e.label),
    roles: x.entities.flatMap((e) => e.roles),
    posts: x.relations
      .filter((r) => r.type === "leads" || r.type === "commands" || r.type === "member-of")
      .map((r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`),
  };
}

describe("a former post", () => {
  it("makes no leads or commands edge", () => {
    for (const models of [true, false])
      for (const text of [
        "Former Velmor Party leader Dana Orrell has been made a life peer.",
        "Ex-Velmor Party leader Dana Orrell said the government was wrong.",
        "Dana Orrell, the former commander of the 47th Velmor Brigade, was arrested.",
      ]) {
        const found = read(text, models);
        expect(found.posts, text).toEqual([]);
        if (text.startsWith("Former")) expect(found.roles.length, text).toBeGreaterThan(0);
        // Where a post is read at all, it is a former one, named so once.
        expect(
          found.roles.every((r) => r.startsWith("former ") && !r.startsWith("former former")),
          text,
        ).toBe(true);
      }
  });

  it("leaves the post of the present an edge", () => {
    for (const models of [true, false])
      expect(read("Velmor Party leader Dana Orrell said the government was wrong.", models).posts).toEqual([
        "leads Dana Orrell -> Velmor Party",
      ]);
  });

  it("does not put 'Ex-' into the body's name", () => {
    for (const models of [true, false])
      expect(
        read("Ex-Velmor Party leader Dana Orrell said the government was wrong.", models).labels,
      ).toContain("Velmor Party");
  });
});

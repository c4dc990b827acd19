/**
 * Session 14's cues, from its blind evaluations (docs/DESIGN.md, "Session 14's cues"). Invented
 * names.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";

function extract(text: string, headline = "Report") {
  return extractArticle({ id: "t", files: ["t.txt"], text: `${headline}\n\n${text}` }, { models: true });
}

/** The entities the article's mentions keep, as "label:type". */
function liveEntities(x: ReturnType<typeof extract>): string[] {
  return x.entities.filter((e) => e.mentions.length > 0).map((e) => `${e.label}:${e.type}`);
}

/** Relations as "type source -> target" by entity label. */
function relations(x: ReturnType<typeof extract>): string[] {
  return x.relations.map((r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`);
}

describe("a titled person's full name, 'of' and a name no one knows ('Analyst X Y of Z')", () => {
  it("is the person and the body they work for, not one person's name", () => {
    const x = extract("Analyst Mirela Vantongeren of Quellhaus said a rival bid was unlikely.");
    const live = liveEntities(x);
    expect(live).toContain("Mirela Vantongeren:person");
    expect(live).toContain("Quellhaus:organisation");
    expect(relations(x)).toContain("member-of Mirela Vantongeren -> Quellhaus");
  });

  it("while a peer's 'of' stays in the name", () => {
    const live = liveEntities(extract("Lord Varley of Quellhaus said the bill was flawed."));
    expect(live.filter((e) => e.endsWith(":organisation"))).toEqual([]);
    expect(live.some((e) => e.startsWith("Varley of Quellhaus:person"))).toBe(true);
  });
});

/**
 * Relations only the dependency parse reads: each sentence defeats the surface patterns (which
 * look at the words next to a verb), so every case is checked with the models on and off.
 * Names are invented or ordinary places, none from the source articles.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";

function relations(text: string, models: boolean): string[] {
  const x = extractArticle({ id: "t", files: ["t.txt"], text }, { models });
  return x.relations.map((r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`);
}

describe("relations read from the dependency parse", () => {
  it("finds a passive's agent past adverbs between the auxiliary, the verb and 'by'", () => {
    const text = "The port of Poti was repeatedly shelled overnight by Armenian forces.";
    expect(relations(text, true)).toContain("attacked Armed Forces of Armenia -> Poti");
    expect(relations(text, false)).not.toContain("attacked Armed Forces of Armenia -> Poti");
  });

  it("finds a speaker whose subject phrase ends in another name (a place)", () => {
    const text =
      "Ilse Brandvik of the finance committee in Oslo said that Sweden would raise its defence spending.";
    expect(relations(text, true)).toContain("said Ilse Brandvik -> Sweden");
    expect(relations(text, false)).toEqual([]);
  });

  it("takes nothing from a count taken or a second object the parser attaches past a comma", () => {
    const text =
      "And the Kestrel Herald takes three of a possible five nominations for its coverage of Velmor Cup 2004, the Tour de Kestrel and the US elections.";
    for (const models of [true, false])
      expect(relations(text, models).filter((r) => r.startsWith("captured"))).toEqual([]);
  });

  it("gives an action to every conjoined subject", () => {
    const text = "The Armenian Army and the Georgian Coast Guard shelled the town of Poti on Sunday.";
    const parsed = relations(text, true);
    expect(parsed).toContain("attacked Armenian Army -> Poti");
    expect(parsed).toContain("attacked Georgian Coast Guard -> Poti");
    expect(relations(text, false)).not.toContain("attacked Armenian Army -> Poti");
  });

  it("reads a role from an apposition too long for the patterns", () => {
    const text = "Lena Horvath, since March the commander of the Croatian Navy, visited Split on Monday.";
    expect(relations(text, true)).toContain("commands Lena Horvath -> Croatian Navy");
    expect(relations(text, false)).not.toContain("commands Lena Horvath -> Croatian Navy");
  });
});

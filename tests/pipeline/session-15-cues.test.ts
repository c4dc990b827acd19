/**
 * Session 15's cues, from its blind evaluations (docs/DESIGN.md, "Session 15's cues"). Invented
 * names.
 */
import { describe, expect, it } from "vitest";
import { assembleGraph } from "../../src/pipeline/assemble";
import { extractStory as extract, relationLabels as relations } from "../support/entities";

describe("a quotation that runs across sentences", () => {
  it("is about what its earlier sentence names when the attribution closes it", () => {
    const x = extract(
      "Ministers met on Thursday. “Norway is testing our patience every week. Our answer has to be unity,” Defence Minister Lars Brenvik said.",
    );
    expect(relations(x)).toContain("said Lars Brenvik -> Norway");
  });

  it("is about what its later sentence names when the attribution opens it", () => {
    const x = extract(
      "Analyst Mira Kovalenko said: “The cables are vulnerable. Portugal has already paid the price.” Repairs began.",
    );
    expect(relations(x)).toContain("said Mira Kovalenko -> Portugal");
  });

  it("leaves a later sentence with its own attribution to that attribution", () => {
    const x = extract(
      "Lars Brenvik said: “We went there early. Portugal was helpful,” he added. Then they left.",
    );
    // One statement, read once: from the sentence that says "he added".
    const said = x.relations.filter((r) => r.type === "said");
    expect(said).toHaveLength(1);
    expect(x.sentences[said[0]!.sentence]!.text).toContain("he added");
    expect(relations(x)).toContain("said Lars Brenvik -> Portugal");
  });

  it("stops at a sentence that closes another quotation", () => {
    const x = extract(
      "“Portugal will not pay,” said Ines Varga. The minister left. “We are done here,” Lars Brenvik said.",
    );
    expect(relations(x)).not.toContain("said Lars Brenvik -> Portugal");
  });

  it("carries every sentence of the quotation as its evidence", () => {
    const x = extract(
      "Ministers met on Thursday. “Norway is testing our patience every week. Our answer has to be unity,” Defence Minister Lars Brenvik said.",
    );
    const { graph } = assembleGraph([x]);
    const edge = graph
      .edges()
      .map((e) => graph.getEdgeAttributes(e))
      .find((a) => a.type === "said");
    expect(edge?.evidence[0]?.text).toContain("Norway is testing");
    expect(edge?.evidence[0]?.text).toContain("Lars Brenvik said");
    expect(edge?.evidence[0]?.quote).toContain("Norway is testing");
  });
});

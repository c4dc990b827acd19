/**
 * A name right after a post's lower-case title is its holder's even where the recogniser reads it
 * otherwise. The recogniser's reading depends on the whole sentence, so a wrong "organisation" is
 * stood in for here by hints that call every span an organisation.
 */
import { describe, expect, it, vi } from "vitest";
import type { EntityHints } from "../../src/pipeline/model-hints";
import { entityLabels } from "../support/entities";

vi.mock("../../src/pipeline/model-hints", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/pipeline/model-hints")>();
  const organisationEverywhere = (): EntityHints => {
    const hints: EntityHints = () => "organisation";
    hints.within = () => [];
    hints.covers = () => true;
    return hints;
  };
  return { ...real, articleHints: () => organisationEverywhere };
});

describe("a name right after a post's lower-case title", () => {
  it("is the holder's whatever the recogniser reads", () => {
    const found = entityLabels(
      "Chief executive Walter Ashby and chief financial officer Harold Finch were ousted on Monday.",
      true,
    );
    expect(found).toContain("Walter Ashby:person");
    expect(found).toContain("Harold Finch:person");
  });

  it("is the recogniser's after a firm's kind or with an acronym title", () => {
    const found = entityLabels(
      "Prices rose, said an analyst at fund manager Zentrix Asset Advisors. Deputy PM Harold Finch agreed.",
      true,
    );
    expect(found).toContain("Zentrix Asset Advisors:organisation");
    expect(found).not.toContain("PM Harold Finch:person");
  });
});

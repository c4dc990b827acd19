import { describe, expect, it } from "vitest";
import { extractionFingerprint } from "../../src/cache/extraction-cache";
import { extractArticle } from "../../src/pipeline/extract";

const types = (text: string, models: boolean) =>
  Object.fromEntries(
    extractArticle({ id: "m", files: [], text }, { models }).entities.map((e) => [e.label, e.type]),
  );

describe("the trained recogniser in the pipeline", () => {
  it("turns a bare name the recogniser knows as an organisation into one, and --no-models does not", () => {
    const text = "Dixons Retail owns several shops, the company said.";
    expect(types(text, true)["Dixons Retail"]).toBe("organisation");
    expect(types(text, false)["Dixons Retail"]).toBe("person");
  });

  it("leaves names the rules are sure of alone", () => {
    const text = "Polish President Marek Wolny met the Pentagon spokesman in Warsaw.";
    expect(types(text, true)).toEqual(types(text, false));
  });

  it("keeps cached results of the two paths apart", () => {
    expect(extractionFingerprint(undefined, true)).not.toBe(extractionFingerprint(undefined, false));
  });
});

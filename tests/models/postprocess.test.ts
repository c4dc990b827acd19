import { describe, expect, it } from "vitest";
import type { Span } from "../../src/corpora/types";
import { sharedGazetteer } from "../../src/models/gazetteer";
import { postprocessSpans } from "../../src/models/postprocess";

const show = (tokens: string[], spans: Span[]): string[] =>
  spans.map((s) => `${s.type}:${tokens.slice(s.start, s.end).join(" ")}`);

describe("recogniser span corrections", () => {
  const g = sharedGazetteer();

  it("splits titles off person names and keeps a known place before the title", () => {
    const t = "US President Tom Belyakov met Bryansk Gov. Arkady Tolkunov and President Hrebensky".split(" ");
    const spans: Span[] = [
      { start: 0, end: 4, type: "person" },
      { start: 5, end: 9, type: "person" },
      { start: 10, end: 12, type: "person" },
    ];
    expect(show(t, postprocessSpans(t, spans, g))).toEqual([
      "place:US",
      "person:Tom Belyakov",
      "place:Bryansk",
      "person:Arkady Tolkunov",
      "person:Hrebensky",
    ]);
  });

  it("turns 'Governor of <known place>' into the place and drops other 'title of ...' spans", () => {
    const t = "the Governor of Ohio met the Minister for Digital Affairs".split(" ");
    const spans: Span[] = [
      { start: 1, end: 4, type: "person" },
      { start: 6, end: 10, type: "person" },
    ];
    expect(show(t, postprocessSpans(t, spans, g))).toEqual(["place:Ohio"]);
  });

  it("drops title-only spans, trims weekdays, drops lone demonyms, keeps the rest", () => {
    const t = "The President told BBC Wednesday that Russians and Ukrainian troops left Riga".split(" ");
    const spans: Span[] = [
      { start: 1, end: 2, type: "person" },
      { start: 3, end: 5, type: "organisation" },
      { start: 6, end: 7, type: "place" },
      { start: 8, end: 9, type: "person" },
      { start: 11, end: 12, type: "place" },
    ];
    expect(show(t, postprocessSpans(t, spans, g))).toEqual(["organisation:BBC", "place:Riga"]);
  });
});

import { describe, expect, it } from "vitest";
import type { Arc } from "../../src/models/parser";
import { tokenize } from "../../src/nlp/tokenize";
import { onPipelineTokens, toUdTokens } from "../../src/nlp/ud-tokens";
import { parseSentence } from "../../src/pipeline/dependency-parse";

const ud = (text: string) => toUdTokens(tokenize(text));

describe("pipeline tokens in UD tokenisation", () => {
  it("splits contractions the way UD English does and remembers where each piece came from", () => {
    const { tokens, origin } = ud("They don't know, I’m sure we can't and cannot go.");
    expect(tokens).toEqual("They do n't know , I ’m sure we ca n't and can not go .".split(" "));
    expect(origin).toEqual([0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 7, 8, 9, 9, 10, 11]);
  });

  it("joins abbreviation and initial periods but keeps a sentence-final period apart", () => {
    expect(ud("Mr. Hale met Gen. J. Orwin at Acme Inc. on Monday.").tokens).toEqual(
      "Mr. Hale met Gen. J. Orwin at Acme Inc. on Monday .".split(" "),
    );
    expect(ud("He works for Acme Inc.").tokens).toEqual("He works for Acme Inc .".split(" "));
    // a spaced-out period is punctuation, not part of the word before it
    expect(ud("Ask Mr . Hale").tokens).toEqual("Ask Mr . Hale".split(" "));
  });

  it("maps arcs back: a split word takes the arc of its piece that attaches outside it", () => {
    // They do n't know .   (know is the root; do = aux, n't = advmod of know)
    const u = ud("They don't know.");
    const udArcs: Arc[] = [
      { head: 3, rel: "nsubj" },
      { head: 3, rel: "aux" },
      { head: 3, rel: "advmod" },
      { head: -1, rel: "root" },
      { head: 3, rel: "punct" },
    ];
    const out = onPipelineTokens(["PRON", "AUX", "PART", "VERB", "PUNCT"], udArcs, u, 4);
    expect(out.arcs).toEqual([
      { head: 2, rel: "nsubj" },
      { head: 2, rel: "aux" },
      { head: -1, rel: "root" },
      { head: 2, rel: "punct" },
    ]);
    expect(out.tags).toEqual(["PRON", "AUX", "VERB", "PUNCT"]);
  });

  it("attaches a period folded into an abbreviation to it", () => {
    const u = ud("Mr. Hale left.");
    const udArcs: Arc[] = [
      { head: 1, rel: "compound" },
      { head: 2, rel: "nsubj" },
      { head: -1, rel: "root" },
      { head: 2, rel: "punct" },
    ];
    const out = onPipelineTokens(["PROPN", "PROPN", "VERB", "PUNCT"], udArcs, u, 5);
    expect(out.arcs).toEqual([
      { head: 2, rel: "compound" },
      { head: 0, rel: "punct" },
      { head: 3, rel: "nsubj" },
      { head: -1, rel: "root" },
      { head: 3, rel: "punct" },
    ]);
  });
});

describe("parseSentence on pipeline tokens (shipped models)", () => {
  it("returns one single-rooted tree over the pipeline's own tokens", () => {
    const tokens = tokenize("Mr. Hale said the ministry didn't confirm the strikes.");
    const { tags, arcs } = parseSentence(tokens);
    expect(tags).toHaveLength(tokens.length);
    expect(arcs).toHaveLength(tokens.length);
    expect(arcs.filter((a) => a.head === -1)).toHaveLength(1);
    arcs.forEach((_, i) => {
      let h = i;
      let steps = 0;
      while (h !== -1 && steps++ <= tokens.length) h = arcs[h]!.head;
      expect(h).toBe(-1);
    });
    const said = tokens.findIndex((t) => t.text === "said");
    expect(arcs[said]!.head).toBe(-1);
    // "Hale" is the subject of "said", not cut off by the abbreviation's period
    expect(arcs[tokens.findIndex((t) => t.text === "Hale")]).toEqual({ head: said, rel: "nsubj" });
    expect(parseSentence([])).toEqual({ tags: [], arcs: [] });
  });
});

import { describe, expect, it } from "vitest";
import type { NerSentence } from "../../src/corpora/types";
import { byDocument, pipelineNames } from "../../src/eval/detectors";

const sentence = (doc: string, text: string): NerSentence => ({
  id: `${doc}-${text.length}`,
  doc,
  source: "test",
  tokens: text.split(" "),
  spans: [],
});

describe("the pipeline's mention finder as a recogniser", () => {
  it("maps names back to token spans with their types, and leaves referring words out", () => {
    const doc = [
      sentence("d1", "Polish President Marek Wolny met the Northern Grain Council in Warsaw ."),
      sentence("d1", "He said the talks with the council had failed ."),
    ];
    const spans = pipelineNames(doc, false);
    const named = spans.map((list, i) =>
      list.map((s) => `${doc[i]!.tokens.slice(s.start, s.end).join(" ")}:${s.type}`),
    );
    expect(named[0]).toEqual(
      expect.arrayContaining(["Marek Wolny:person", "Northern Grain Council:organisation", "Warsaw:place"]),
    );
    expect(named[1]).toEqual([]);
  });

  it("does not score a single unknown word that resolution drops, as it never reaches the graph", () => {
    const doc = [sentence("d2", "Officials said that Quorvath arrived late .")];
    expect(pipelineNames(doc, false)[0]).toEqual([]);
  });

  it("groups sentences by document in corpus order", () => {
    const sentences = [sentence("a", "x"), sentence("b", "y"), sentence("a", "z")];
    expect(byDocument(sentences).map((doc) => doc.map((s) => s.tokens[0]))).toEqual([["x", "z"], ["y"]]);
  });
});

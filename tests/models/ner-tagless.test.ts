/**
 * A recogniser trained without part-of-speech features never needs the tagger: the pipeline
 * relies on that to tag only the sentences a parse needs (src/pipeline/model-hints.ts).
 */
import { describe, expect, it } from "vitest";
import { loadRecognizer } from "../../src/models";
import { WordClusters } from "../../src/models/clusters";
import { sharedGazetteer } from "../../src/models/gazetteer";
import { type NerTrainSentence, PerceptronRecognizer, trainRecognizer } from "../../src/models/ner";
import type { PosTagger } from "../../src/models/tagger";

const sentences: NerTrainSentence[] = [
  {
    tokens: ["Mayor", "Lena", "Sorvik", "visited", "Riga", "on", "Monday", "."],
    tags: ["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
    spans: [
      { start: 1, end: 3, type: "person" },
      { start: 4, end: 5, type: "place" },
    ],
  },
  {
    tokens: ["The", "Tallinn", "Port", "Authority", "said", "Anna", "Brenner", "resigned", "."],
    tags: ["DET", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"],
    spans: [
      { start: 1, end: 4, type: "organisation" },
      { start: 5, end: 7, type: "person" },
    ],
  },
];
const res = { clusters: WordClusters.empty(), gazetteer: sharedGazetteer() };
let tagged = 0;
const countingTagger = (): PosTagger =>
  ({
    tag: (tokens: string[]) => {
      tagged++;
      return tokens.map(() => "PROPN");
    },
  }) as unknown as PosTagger;
const options = { epochs: 3, seed: 1, minWeight: 0 };

describe("a recogniser without part-of-speech features", () => {
  it("never asks the tagger, and the tags it is given change nothing", () => {
    const tagless = trainRecognizer(sentences, res, countingTagger, { ...options, tags: false });
    expect(tagless.readsTags).toBe(false);
    tagged = 0;
    const tokens = ["Councillor", "Lena", "Sorvik", "visited", "Tallinn", "."];
    const spans = tagless.recognize(tokens);
    expect(tagged).toBe(0);
    expect(tagless.recognize(tokens, ["X", "NOUN", "VERB", "ADP", "NUM", "PUNCT"])).toEqual(spans);
    // The file says so: a decoded copy does not read tags either, and answers alike.
    const decoded = PerceptronRecognizer.decode(tagless.encode(), res, countingTagger);
    expect(decoded.readsTags).toBe(false);
    expect(decoded.recognize(tokens)).toEqual(spans);
    expect(tagged).toBe(0);
  });

  it("unlike one trained with them, which tags a sentence given without tags", () => {
    const withTags = trainRecognizer(sentences, res, countingTagger, options);
    expect(withTags.readsTags).toBe(true);
    tagged = 0;
    withTags.recognize(["Lena", "Sorvik", "visited", "Riga", "."]);
    expect(tagged).toBe(1);
    expect(PerceptronRecognizer.decode(withTags.encode(), res, countingTagger).readsTags).toBe(true);
  });

  it("is what ships", () => {
    expect(loadRecognizer().readsTags).toBe(false);
  });
});

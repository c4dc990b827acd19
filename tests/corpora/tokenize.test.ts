import { describe, expect, it } from "vitest";
import { splitSentences, tokenize } from "../../src/corpora/tokenize";

describe("corpus tokeniser", () => {
  it("splits punctuation and clitics, keeps abbreviations and hyphenated words", () => {
    const t = tokenize("Russia's U.S. envoy didn't visit Riga, Mr. Smith said of the pro-Russian F-16.").map(
      (x) => x.text,
    );
    expect(t).toEqual([
      "Russia",
      "'s",
      "U.S.",
      "envoy",
      "did",
      "n't",
      "visit",
      "Riga",
      ",",
      "Mr.",
      "Smith",
      "said",
      "of",
      "the",
      "pro-Russian",
      "F-16",
      ".",
    ]);
  });

  it("keeps offsets and splits sentences", () => {
    const text = 'He left. Then Gen. Smith came! "Why?" she asked.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    const sents = splitSentences(toks, text).map((s) => s.map((x) => x.text).join(" "));
    // a lower-case word after a closing quote continues the sentence
    expect(sents).toEqual(["He left .", "Then Gen. Smith came !", '" Why ? " she asked .']);
  });
});

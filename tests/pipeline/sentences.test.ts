import { describe, expect, it } from "vitest";
import { splitBlock } from "../../src/nlp/sentences";
import { isCapitalised, tokenize } from "../../src/nlp/tokenize";
import { sentenceLowers, sentenceTokens } from "../../src/pipeline/sentences";

const split = (text: string) => splitBlock(text, 0, 0).map((s) => s.text);

describe("splitBlock", () => {
  it("does not split after titles, initials and dotted abbreviations", () => {
    expect(split("Gov. Anna Berg met Mr. Tal in the U.S. capital. Then she left.")).toEqual([
      "Gov. Anna Berg met Mr. Tal in the U.S. capital.",
      "Then she left.",
    ]);
    expect(split("US Vice President J.D. Marr spoke. He was brief.")).toEqual([
      "US Vice President J.D. Marr spoke.",
      "He was brief.",
    ]);
  });

  it("splits after ordinary words whatever precedes them, and after a word at the very start", () => {
    expect(split("Prices rose 5.5 per cent in the year to March. Wages did not.")).toEqual([
      "Prices rose 5.5 per cent in the year to March.",
      "Wages did not.",
    ]);
    expect(split("Gone. The rest stayed.")).toEqual(["Gone.", "The rest stayed."]);
    expect(split("It was the workers' choice. They voted.")).toEqual([
      "It was the workers' choice.",
      "They voted.",
    ]);
    expect(split("Talks with Dr. Ilse Varga and Prof. Ode Lamm ended. No deal.")).toEqual([
      "Talks with Dr. Ilse Varga and Prof. Ode Lamm ended.",
      "No deal.",
    ]);
  });

  it("splits after a closing quote and keeps offsets into the text", () => {
    const text = "“We will stay,” she said. “We will not leave.” Others agreed.";
    const sentences = splitBlock(text, 10, 3);
    expect(sentences.map((s) => s.text)).toEqual([
      "“We will stay,” she said.",
      "“We will not leave.”",
      "Others agreed.",
    ]);
    expect(sentences[1]!.index).toBe(4);
    expect(text.slice(sentences[2]!.start - 10, sentences[2]!.end - 10)).toBe("Others agreed.");
  });
});

describe("tokenize", () => {
  it("splits possessives and keeps hyphenated words and abbreviations whole", () => {
    expect(tokenize("Velmora’s cross-border U.S. talks").map((t) => t.text)).toEqual([
      "Velmora",
      "’s",
      "cross-border",
      "U.S.",
      "talks",
    ]);
  });
});

describe("isCapitalised", () => {
  it("answers for ASCII and for capitals of other scripts", () => {
    expect(["Alba", "Z", "Élodie", "Øresund", "Ωmega", "Ярмарок"].map(isCapitalised)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["alba", "élodie", "ярмарок", "3rd", "'s", "", "@home"].map(isCapitalised)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("sentenceLowers", () => {
  it("is each token of the sentence in lower case, the same on every call", () => {
    const [sentence] = splitBlock("Velko Dam’s OPERATORS said the U.S. Ex-Minister flew to Tarnby.", 40, 0);
    const lowers = sentenceLowers(sentence!);
    expect(lowers).toEqual(sentenceTokens(sentence!).map((t) => t.text.toLowerCase()));
    expect(lowers).toContain("operators");
    expect(sentenceLowers(sentence!)).toBe(lowers);
    // Kept off the sentence's own fields: a sentence still serialises as before.
    expect(Object.keys(sentence!)).toEqual(["index", "start", "end", "text"]);
  });
});

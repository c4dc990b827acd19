import { describe, expect, it } from "vitest";
import { readWikigold } from "../../src/corpora/wikigold";

const TEXT = `-DOCSTART- O

The O
Russian I-MISC
Foreign I-ORG
Ministry I-ORG
said O
Sergei I-PER
Lavrov I-PER
visited O
Riga I-LOC
. O

-DOCSTART- O

Hello O
`;

describe("wikigold converter", () => {
  it("turns IO runs into spans and drops MISC", () => {
    const s = readWikigold(TEXT);
    expect(s).toHaveLength(2);
    const first = s[0]!;
    expect(first.spans.map((x) => `${x.type}:${first.tokens.slice(x.start, x.end).join(" ")}`)).toEqual([
      "organisation:Foreign Ministry",
      "person:Sergei Lavrov",
      "place:Riga",
    ]);
    expect(first.doc).toBe("wikigold-1");
    expect(s[1]!.doc).toBe("wikigold-2");
  });

  it("types MISC names with an event head word as events and drops other MISC", () => {
    const text =
      "-DOCSTART- O\n\nAfter O\nthe O\nBattle I-MISC\nof I-MISC\nOstrava I-MISC\n, O\nthe O\nOstrava I-MISC\nJazz I-MISC\nFestival I-MISC\nwon O\nthe O\nGolden I-MISC\nLyre I-MISC\nAward I-MISC\nfor O\nRuritanian I-MISC\nmusic O\n. O\n";
    const [s] = readWikigold(text);
    expect(s!.spans.map((x) => `${x.type}:${s!.tokens.slice(x.start, x.end).join(" ")}`)).toEqual([
      "event:Battle of Ostrava",
      "event:Ostrava Jazz Festival",
    ]);
  });
});

/**
 * The recogniser decoding a window of a sentence (what the pipeline asks about one name) instead
 * of the whole sentence: the window's bounds, the decoder's start inside a sentence, and agreement
 * with the whole-sentence decode.
 */
import { describe, expect, it } from "vitest";
import { loadGumNer, loadRe3d, loadWikigold } from "../../src/corpora/index";
import type { Span } from "../../src/corpora/types";
import { loadRecognizer } from "../../src/models/index";
import { decodingWindow, NER_LABELS, viterbi } from "../../src/models/ner";
import { CORPORA } from "./corpora-available";

const NL = NER_LABELS.length;
const id = (label: string): number => NER_LABELS.indexOf(label);

describe("decodingWindow", () => {
  const tokens = "Talks were held on Monday at the Bank of England in London , officials said .".split(" ");

  it("takes three tokens of context either side of the words asked about", () => {
    // "London" (11) − 3 is "of", inside "Bank of England": widened to "Bank" (7); + 3 ends at "said"
    expect(decodingWindow(tokens, 11, 12)).toEqual([7, 15]);
  });

  it("never starts or ends inside a capitalised run, connectors included", () => {
    // "Monday" (4) + 3 ends inside "Bank of England" (7..9): widened to its end
    expect(decodingWindow(tokens, 4, 5)).toEqual([1, 10]);
    // "," (12) − 3 starts at "England": widened to "Bank"
    expect(decodingWindow(tokens, 12, 13)).toEqual([7, 16]);
  });

  it("stays inside the sentence", () => {
    expect(decodingWindow(tokens, 0, 1)).toEqual([0, 4]);
    expect(decodingWindow(tokens, 15, 16)).toEqual([12, 16]);
  });
});

describe("viterbi from inside a sentence", () => {
  it("scores the first token's transition from the label given, not from the sentence start", () => {
    const trans = new Float64Array((NL + 1) * NL);
    // From the sentence start a one-word place is cheap; after an O it is penalised.
    trans[(id("O") + 1) * NL + id("U-place")] = -10;
    const emit = new Float64Array(2 * NL);
    emit[id("U-place")] = 3;
    emit[id("O")] = 1;
    emit[NL + id("O")] = 1;
    expect(viterbi(2, emit, () => trans)).toEqual([id("U-place"), id("O")]);
    expect(viterbi(2, emit, () => trans, undefined, id("O"))).toEqual([id("O"), id("O")]);
  });
});

const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;

describe.skipIf(!CORPORA)("a window's decode against the whole sentence's", () => {
  const recognizer = loadRecognizer();
  const around = recognizer.recognizeAround!.bind(recognizer);

  it("is the whole sentence's decode when the window is the whole sentence", () => {
    for (const s of loadRe3d(CORPORA!, "test").slice(0, 120)) {
      const window = around(s.tokens, 0, s.tokens.length);
      expect([window.from, window.to]).toEqual([0, s.tokens.length]);
      expect(window.spans).toEqual(recognizer.recognize(s.tokens));
    }
  });

  it("finds the same names over each held-out gold name (≥ 99% of them)", () => {
    const sentences = [
      ...loadRe3d(CORPORA!, "test"),
      ...loadGumNer(CORPORA!, "test"),
      ...loadWikigold(CORPORA!, "test"),
    ];
    let asked = 0;
    let same = 0;
    for (const s of sentences) {
      const whole = recognizer.recognize(s.tokens);
      for (const gold of s.spans) {
        const over = (x: Span) =>
          (x.start >= gold.start && x.end <= gold.end) || (x.start <= gold.start && x.end >= gold.end);
        const window = around(s.tokens, gold.start, gold.end);
        expect(window.from).toBeLessThanOrEqual(gold.start);
        expect(window.to).toBeGreaterThanOrEqual(gold.end);
        asked++;
        if (window.spans.filter(over).map(key).sort().join() === whole.filter(over).map(key).sort().join())
          same++;
      }
    }
    expect(asked).toBeGreaterThan(1000);
    expect(same / asked).toBeGreaterThanOrEqual(0.99);
  });
});

import { describe, expect, it } from "vitest";
import {
  isAllCaps,
  isCapitalised,
  normalizeToken,
  shortShape,
  wordKey,
  wordShape,
} from "../../src/models/tokens";

describe("token normalisation", () => {
  it("straightens curly quotes and dashes, leaves other strings alone", () => {
    expect(normalizeToken("\u2019s")).toBe("'s");
    expect(normalizeToken("\u201cHello\u201d")).toBe('"Hello"');
    expect(normalizeToken("\u2013")).toBe("-");
    const s = "Riga";
    expect(normalizeToken(s)).toBe(s);
  });

  it("lower-cases and maps digits for word keys", () => {
    expect(wordKey("Poltava")).toBe("poltava");
    expect(wordKey("1,250")).toBe("0,000");
    expect(wordKey("Don\u2019t")).toBe("don't");
  });

  it("computes shapes", () => {
    expect(wordShape("Kovalskyi")).toBe("Xxx");
    expect(wordShape("OSCE")).toBe("XX");
    expect(wordShape("F-16")).toBe("X-dd");
    expect(shortShape("Xxx")).toBe("Xx");
    expect(isCapitalised("Riga")).toBe(true);
    expect(isCapitalised("riga")).toBe(false);
    expect(isAllCaps("U.S.")).toBe(true);
  });
});

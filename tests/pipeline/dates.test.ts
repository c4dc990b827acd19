import { describe, expect, it } from "vitest";
import { findDates } from "../../src/nlp/dates";

const iso = (text: string, date?: string) => findDates(text, 0, date).map((d) => d.iso);

describe("findDates", () => {
  it("reads absolute dates at the precision the text gives", () => {
    expect(iso("The strike came on August 17, 2024.")).toEqual(["2024-08-17"]);
    expect(iso("since the invasion in February 2022")).toEqual(["2022-02"]);
    expect(iso("It began on 6 August 2024 and ended in 2025.")).toEqual(["2024-08-06", "2025"]);
  });

  it("resolves relative dates against the article's date, and drops them without one", () => {
    expect(iso("on August 6 last year", "2025-03-12")).toEqual(["2024-08-06"]);
    expect(iso("declared on Tuesday", "2024-11-07")).toEqual(["2024-11-05"]);
    expect(iso("declared yesterday", "2024-11-07")).toEqual(["2024-11-06"]);
    expect(iso("declared on Tuesday")).toEqual([]);
  });

  it("gives offsets into the text", () => {
    const [d] = findDates("Talks in Geneva on 3 May 2023.", 100);
    expect(d).toMatchObject({ start: 119, end: 129, text: "3 May 2023" });
  });
});

describe("a 'since' compared with", () => {
  it("gives no date after a superlative ('the largest protest since 2019'), but starts an event otherwise", () => {
    expect(iso("The protest was the largest in the country since 2019.")).toEqual([]);
    expect(iso("It was the first time since June that prices fell.")).toEqual([]);
    expect(iso("The war has raged since 2014.")).toEqual(["2014"]);
    expect(iso("The protest since 2019 has drawn thousands.")).toEqual(["2019"]);
  });
});

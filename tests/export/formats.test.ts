/** The export registry and the `--format` parser. */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_FORMATS,
  EXPORT_FORMATS,
  FORMAT_NAMES,
  FormatError,
  parseFormats,
  renderFormats,
} from "../../src/export/formats";
import { sampleGraph } from "./sample-graph";

describe("parseFormats", () => {
  it("reads a comma list, trimming, lower-casing and dropping repeats", () => {
    expect(parseFormats("gexf,graphml")).toEqual(["gexf", "graphml"]);
    expect(parseFormats(" GEXF , json,gexf,")).toEqual(["gexf", "json"]);
  });

  it("defaults to json and gexf, and knows 'all'", () => {
    expect(parseFormats(undefined)).toEqual([...DEFAULT_FORMATS]);
    expect(parseFormats("")).toEqual(["json", "gexf"]);
    expect(parseFormats("all")).toEqual(FORMAT_NAMES);
  });

  it("rejects unknown names with the list of known ones", () => {
    expect(() => parseFormats("gexf,pdf,xlsx")).toThrow(FormatError);
    expect(() => parseFormats("gexf,pdf,xlsx")).toThrow(
      'unknown export formats "pdf", "xlsx": choose from json, gexf, graphml, csv, cypher (or all)',
    );
    expect(() => parseFormats(",,")).toThrow(/no export format/);
  });
});

describe("renderFormats", () => {
  it("produces exactly the files each format declares", () => {
    const files = renderFormats(sampleGraph(), FORMAT_NAMES);
    expect(Object.keys(files).sort()).toEqual(
      FORMAT_NAMES.flatMap((name) => EXPORT_FORMATS[name].files).sort(),
    );
    for (const content of Object.values(files)) expect(content.length).toBeGreaterThan(0);
  });
});

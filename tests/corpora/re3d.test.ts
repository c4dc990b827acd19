import { describe, expect, it } from "vitest";
import { re3dSpan, re3dToNer } from "../../src/corpora/re3d";

const toks = (s: string): string[] => s.split(" ");

describe("re3d converter", () => {
  it("ignores title-only person spans such as 'Minister for the Middle East'", () => {
    const t = toks("Minister for the Middle East");
    expect(re3dSpan(t, 0, t.length, "person")).toEqual({ ignore: { start: 0, end: 5 } });
  });

  it("strips role titles from person names", () => {
    const t = toks("Foreign Secretary Boris Johnson");
    expect(re3dSpan(t, 0, t.length, "person").span).toEqual({ start: 2, end: 4, type: "person" });
  });

  it("trims determiners and ignores descriptive spans", () => {
    const t = toks("the Kurdish YPG");
    expect(re3dSpan(t, 0, 3, "organisation").span).toEqual({ start: 1, end: 3, type: "organisation" });
    const d = toks("U.S. forces");
    expect(re3dSpan(d, 0, 2, "organisation")).toEqual({ ignore: { start: 0, end: 2 } });
    const p = toks("He");
    expect(re3dSpan(p, 0, 1, "person").span).toBeUndefined();
  });

  it("maps character offsets to tokens per sentence", () => {
    const text =
      "U.S. forces advised the Syrian Democratic Forces. Later, Minister for the Middle East Alistair Burt spoke in Raqqa.";
    const at = (v: string): number => text.indexOf(v);
    const ents = [
      {
        documentId: "d",
        begin: at("U.S. forces"),
        end: at("U.S. forces") + 11,
        type: "Organisation",
        value: "U.S. forces",
      },
      {
        documentId: "d",
        begin: at("the Syrian"),
        end: at("Forces.") + 6,
        type: "Organisation",
        value: "the Syrian Democratic Forces",
      },
      { documentId: "d", begin: at("Raqqa"), end: at("Raqqa") + 5, type: "Location", value: "Raqqa" },
      {
        documentId: "d",
        begin: at("Minister"),
        end: at(" spoke"),
        type: "Person",
        value: "Minister ... Burt",
      },
      { documentId: "d", begin: at("Syrian"), end: at("Syrian") + 6, type: "Nationality", value: "Syrian" },
    ];
    const out = re3dToNer([{ _id: "d", text }], ents, "test");
    expect(out).toHaveLength(2);
    const [a, b] = out;
    expect(a!.spans.map((s) => a!.tokens.slice(s.start, s.end).join(" "))).toEqual([
      "Syrian Democratic Forces",
    ]);
    expect(a!.ignore).toEqual([{ start: 0, end: 2 }]);
    expect(b!.spans.map((s) => `${s.type}:${b!.tokens.slice(s.start, s.end).join(" ")}`)).toEqual([
      "place:Raqqa",
    ]);
    // the title-with-name span has no marker where the title ends: ignored, not guessed
    expect(b!.ignore?.length).toBe(1);
  });
});

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

  it("ignores organisation / place spans that are part of a title, keeps departments", () => {
    const t = toks("the Ruritanian Secretary of State Ann Fox");
    expect(re3dSpan(t, 1, 3, "organisation")).toEqual({ ignore: { start: 1, end: 3 } });
    const f = toks("the Foreign Secretary");
    expect(re3dSpan(f, 1, 2, "organisation")).toEqual({ ignore: { start: 1, end: 2 } });
    const d = toks("the Department of Defense");
    expect(re3dSpan(d, 0, 4, "organisation").span).toEqual({ start: 1, end: 4, type: "organisation" });
  });

  it("ignores a lone month or weekday typed as a name, and possessive pronouns", () => {
    const t = toks("on Jan. 7 and since June");
    expect(re3dSpan(t, 1, 2, "person")).toEqual({ ignore: { start: 1, end: 2 } });
    expect(re3dSpan(t, 5, 6, "person")).toEqual({ ignore: { start: 5, end: 6 } });
    const m = toks("My thoughts");
    expect(re3dSpan(m, 0, 1, "person")).toEqual({ ignore: { start: 0, end: 1 } });
    // a name that ends in a month word is still a name once its title is cut off
    const p = toks("Prime Minister Ann May");
    expect(re3dSpan(p, 0, 4, "person").span).toEqual({ start: 2, end: 4, type: "person" });
  });

  it("lets an annotation inside another one give way where their names overlap", () => {
    const text = "Special Advisor Bryn Coll will visit Ostrava.";
    const at = (v: string): number => text.indexOf(v);
    const ents = [
      { documentId: "d", begin: 0, end: at(" will"), type: "Person", value: "Special Advisor Bryn Coll" },
      {
        documentId: "d",
        begin: at("Advisor"),
        end: at(" will"),
        type: "Organisation",
        value: "Advisor Bryn Coll",
      },
      { documentId: "d", begin: at("Ostrava"), end: at("Ostrava") + 7, type: "Location", value: "Ostrava" },
    ];
    const [s] = re3dToNer([{ _id: "d", text }], ents, "test");
    expect(s!.spans.map((x) => `${x.type}:${s!.tokens.slice(x.start, x.end).join(" ")}`)).toEqual([
      "person:Bryn Coll",
      "place:Ostrava",
    ]);
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

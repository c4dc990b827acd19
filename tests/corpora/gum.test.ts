import { describe, expect, it } from "vitest";
import { parseConllu } from "../../src/corpora/conllu";
import { gumMentions, gumSentenceToNer, joinHyphens, parseGumSplits } from "../../src/corpora/gum";

// id form lemma upos xpos feats head deprel deps misc
const rows: [string, string, number, string, string][] = [
  ["President", "PROPN", 3, "compound", "Entity=(1-person-new-x-cf1-1-coref-Barack_Obama"],
  ["Barack", "PROPN", 3, "compound", "_"],
  ["Obama", "PROPN", 4, "nsubj", "Entity=1)"],
  ["visited", "VERB", 0, "root", "_"],
  ["the", "DET", 6, "det", "Entity=(2-organization-new-x-cf2-3-coref-UC|SpaceAfter=No"],
  ["University", "PROPN", 4, "obj", "_"],
  ["of", "ADP", 8, "case", "_"],
  ["California", "PROPN", 6, "nmod", "Entity=(3-place-new-x-cf3-1-coref-California)2)"],
  ["with", "ADP", 10, "case", "_"],
  ["Jean", "PROPN", 4, "obl", "Entity=(4-person-new-x-cf4-1-coref-JP|SpaceAfter=No"],
  ["-", "PUNCT", 12, "punct", "SpaceAfter=No"],
  ["Pierre", "PROPN", 10, "flat", "Entity=4)"],
  ["and", "CCONJ", 15, "cc", "_"],
  ["a", "DET", 15, "det", "Entity=(5-person-new-x-cf5-1-sgl"],
  ["friend", "NOUN", 10, "conj", "Entity=5)"],
  ["at", "ADP", 17, "case", "_"],
  ["Christmas", "PROPN", 4, "obl", "Entity=(6-time-new-x-cf6-1-sgl)"],
];
const CONLLU = `# sent_id = t-1\n${rows
  .map(
    ([form, upos, head, rel, misc], i) => `${i + 1}\t${form}\t_\t${upos}\t_\t_\t${head}\t${rel}\t_\t${misc}`,
  )
  .join("\n")}\n\n`;

describe("GUM converter", () => {
  const [tree] = parseConllu(CONLLU, "GUM_news_test");

  it("reads nested and single-token bracket annotations", () => {
    const m = gumMentions(tree!.misc);
    const types = m.map((x) => `${x.gumType}:${x.start}-${x.end}`).sort();
    expect(types).toEqual([
      "organization:4-8",
      "person:0-3",
      "person:13-15",
      "person:9-12",
      "place:7-8",
      "time:16-17",
    ]);
  });

  it("keeps named mentions only, strips titles and determiners, prefers the outer name, joins hyphens", () => {
    const s = gumSentenceToNer(tree!);
    const spans = s.spans.map((x) => `${x.type}:${s.tokens.slice(x.start, x.end).join(" ")}`);
    expect(spans).toEqual([
      "person:Barack Obama",
      "organisation:University of California",
      "person:Jean-Pierre",
    ]);
    expect(s.tokens).toContain("Jean-Pierre");
    // "a friend" is a person mention but not a name; "Christmas" is a time (dropped type)
    expect(spans.join(" ")).not.toContain("friend");
    expect(spans.join(" ")).not.toContain("Christmas");
  });

  // id form upos head deprel feats misc
  const tree2 = (rows2: [string, string, number, string, string, string][]) =>
    parseConllu(
      `# sent_id = t-2\n${rows2
        .map(
          ([form, upos, head, rel, feats, misc], i) =>
            `${i + 1}\t${form}\t_\t${upos}\t_\t${feats}\t${head}\t${rel}\t_\t${misc}`,
        )
        .join("\n")}\n\n`,
      "GUM_x",
    )[0]!;

  it("takes the name after a title noun that heads the mention (flat / appos)", () => {
    const t = tree2([
      ["replace", "VERB", 0, "root", "_", "_"],
      ["outgoing", "ADJ", 3, "amod", "_", "Entity=(1-person-new-x-cf1-1-coref-X"],
      ["governor", "NOUN", 1, "obj", "_", "_"],
      ["Bob", "PROPN", 3, "flat", "_", "_"],
      ["Smith", "PROPN", 3, "flat", "_", "Entity=1)"],
      ["and", "CCONJ", 8, "cc", "_", "_"],
      ["the", "DET", 8, "det", "_", "Entity=(2-person-new-x-cf2-1-sgl"],
      ["critic", "NOUN", 1, "conj", "_", "_"],
      ["Ann", "PROPN", 8, "appos", "_", "_"],
      ["Lee", "PROPN", 9, "flat", "_", "Entity=2)"],
      ["of", "ADP", 12, "case", "_", "_"],
      ["Texas", "PROPN", 1, "obl", "_", "Entity=(3-place-new-x-cf3-1-sgl)"],
    ]);
    const s = gumSentenceToNer(t);
    expect(s.spans.map((x) => `${x.type}:${s.tokens.slice(x.start, x.end).join(" ")}`)).toEqual([
      "person:Bob Smith",
      "person:Ann Lee",
      "place:Texas",
    ]);
  });

  it("drops person mentions that are a title alone or a plural group, keeps names nested in them", () => {
    const t = tree2([
      ["As", "ADP", 2, "case", "_", "_"],
      ["President", "PROPN", 5, "obl", "Number=Sing", "Entity=(1-person-new-x-cf1-1-sgl)"],
      [",", "PUNCT", 2, "punct", "_", "_"],
      ["many", "ADJ", 5, "amod", "_", "_"],
      ["Texans", "PROPN", 0, "root", "Number=Plur", "Entity=(2-person-new-x-cf2-1-sgl)"],
      ["met", "VERB", 5, "acl", "_", "_"],
      ["the", "DET", 8, "det", "_", "Entity=(3-person-new-x-cf3-1-sgl"],
      ["Governor", "PROPN", 6, "obj", "Number=Sing", "_"],
      ["of", "ADP", 10, "case", "_", "_"],
      ["Ohio", "PROPN", 8, "nmod", "Number=Sing", "Entity=(4-place-new-x-cf4-1-sgl)3)"],
    ]);
    const s = gumSentenceToNer(t);
    expect(s.spans.map((x) => `${x.type}:${s.tokens.slice(x.start, x.end).join(" ")}`)).toEqual([
      "place:Ohio",
    ]);
  });

  it("cuts a title GUM attaches as nmod:desc off a person's name and ignores it", () => {
    const t = tree2([
      [
        "Space",
        "PROPN",
        3,
        "compound",
        "_",
        "Entity=(1-person-new-x-cf1-1-sgl(2-organization-new-x-cf2-1-sgl",
      ],
      ["Agency", "PROPN", 1, "flat", "_", "Entity=2)"],
      ["Administrator", "PROPN", 4, "nmod:desc", "_", "_"],
      ["Ann", "PROPN", 6, "nsubj", "_", "_"],
      ["Fox", "PROPN", 4, "flat", "_", "Entity=1)"],
      ["met", "VERB", 0, "root", "_", "_"],
      ["Governor", "PROPN", 10, "nmod:desc", "_", "Entity=(3-person-new-x-cf3-1-sgl"],
      ["of", "ADP", 9, "case", "_", "_"],
      ["Ohio", "PROPN", 10, "nmod", "_", "_"],
      ["Bo", "PROPN", 6, "obj", "_", "_"],
      ["Lind", "PROPN", 10, "flat", "_", "Entity=3)"],
      ["and", "CCONJ", 14, "cc", "_", "_"],
      ["Minister", "PROPN", 14, "nmod:desc", "_", "Entity=(4-person-new-x-cf4-1-sgl"],
      ["Cy", "PROPN", 10, "conj", "_", "Entity=4)"],
    ]);
    const s = gumSentenceToNer(t);
    expect(s.spans.map((x) => `${x.type}:${s.tokens.slice(x.start, x.end).join(" ")}`)).toEqual([
      "organisation:Space Agency",
      "person:Ann Fox",
      "person:Bo Lind",
      "person:Cy",
    ]);
    // "Space Agency" is an annotated name of its own, so that title keeps no ignored region;
    // "Governor of Ohio" is ignored (GUM did not annotate "Ohio" here), as is "Minister"
    expect((s.ignore ?? []).map((r) => s.tokens.slice(r.start, r.end).join(" "))).toEqual([
      "Governor of Ohio",
      "Minister",
    ]);
  });

  it("joins only unspaced hyphen triples", () => {
    expect(joinHyphens(["pro", "-", "Russian", "-", "x"], [true, true, false, false, false]).tokens).toEqual([
      "pro-Russian",
      "-",
      "x",
    ]);
  });

  it("parses splits.md", () => {
    const s = parseGumSplits("## dev\n\n  * GUM_a\n\n## test\n\n  * GUM_b\n  * GUM_c\n");
    expect([...s.dev!]).toEqual(["GUM_a"]);
    expect([...s.test!]).toEqual(["GUM_b", "GUM_c"]);
  });
});

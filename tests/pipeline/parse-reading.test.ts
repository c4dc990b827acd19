/**
 * ParseReading on hand-written parses (CoNLL-style: word/UPOS/head/relation, heads 1-based, 0 =
 * root), so what it reads from a tree is tested apart from how well the shipped parser parses.
 */
import { describe, expect, it } from "vitest";
import type { FoundMention } from "../../src/pipeline/mention-types";
import { ParseReading } from "../../src/pipeline/parse-relations";
import { SentenceParse } from "../../src/pipeline/sentence-parse";
import type { Token } from "../../src/pipeline/types";
import type { NodeType } from "../../src/schema";

/** `rows`: one "word/UPOS/head/rel" per token; `names`: [first token, end token, type] per mention. */
function read(rows: string, names: [number, number, NodeType][]) {
  const tokens: Token[] = [];
  const tags: string[] = [];
  const arcs: { head: number; rel: string }[] = [];
  let offset = 0;
  for (const row of rows.trim().split(/\s+/)) {
    const [word, tag, head, rel] = row.split("/") as [string, string, string, string];
    tokens.push({ text: word, start: offset, end: offset + word.length });
    offset += word.length + 1;
    tags.push(tag);
    arcs.push({ head: Number(head) - 1, rel });
  }
  const mentions: FoundMention[] = names.map(([from, to, type]) => ({
    sentence: 0,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    text: tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(" "),
    name: "",
    type,
    cue: "test",
    roles: [],
  }));
  const parse = new SentenceParse(
    tokens,
    mentions,
    mentions.map((_m, i) => i),
    { tags, arcs },
  );
  return { reading: new ParseReading(parse), word: (w: string) => tokens.findIndex((t) => t.text === w) };
}

describe("ParseReading", () => {
  it("does not count a misread clause before 'says' as an unnamed speaker", () => {
    // "Mira bluffing on threats, says Tarn - as …": the parser made the clause the subject.
    const { reading, word } = read(
      `Mira/PROPN/2/nsubj bluffing/VERB/6/nsubj on/ADP/4/case threats/NOUN/2/obl ,/PUNCT/6/punct
       says/VERB/0/root Tarn/PROPN/6/obj`,
      [
        [0, 1, "person"],
        [6, 7, "person"],
      ],
    );
    expect(reading.hasUnnamedSubject(word("says"))).toBe(false);
    const named = read(`The/DET/2/det spokesman/NOUN/3/nsubj said/VERB/0/root Tarn/PROPN/3/obj`, [
      [3, 4, "person"],
    ]);
    expect(named.reading.hasUnnamedSubject(named.word("said"))).toBe(true);
  });

  it("takes the subject of a speech verb across a relative clause", () => {
    const { reading, word } = read(
      `Mira/PROPN/8/nsubj Holst/PROPN/1/flat ,/PUNCT/5/punct who/PRON/5/nsubj chairs/VERB/1/acl:relcl
       Tarn/PROPN/5/obj ,/PUNCT/5/punct said/VERB/0/root Velm/PROPN/11/nsubj would/AUX/11/aux
       lose/VERB/8/ccomp ./PUNCT/8/punct`,
      [
        [0, 2, "person"],
        [5, 6, "organisation"],
        [8, 9, "place"],
      ],
    );
    expect(reading.speakers(word("said"))).toEqual([0]);
  });

  it("gives the statement to every conjoined speaker", () => {
    const { reading, word } = read(
      "Tarn/PROPN/4/nsubj and/CCONJ/3/cc Velm/PROPN/1/conj said/VERB/0/root so/ADV/4/advmod ./PUNCT/4/punct",
      [
        [0, 1, "organisation"],
        [2, 3, "organisation"],
      ],
    );
    expect(reading.speakers(word("said"))).toEqual([0, 1]);
  });

  it("takes a speaker after the verb only in the inverted order after punctuation", () => {
    const inverted = read(
      `"/PUNCT/2/punct Yes/INTJ/0/root ,/PUNCT/2/punct "/PUNCT/2/punct said/VERB/2/parataxis
       Mira/PROPN/5/nsubj Holst/PROPN/6/flat ./PUNCT/2/punct`,
      [[5, 7, "person"]],
    );
    expect(inverted.reading.speakers(inverted.word("said"))).toEqual([0]);
    const inside = read(
      `Officials/NOUN/2/nsubj said/VERB/0/root Mira/PROPN/2/nsubj Holst/PROPN/3/flat had/AUX/6/aux
       left/VERB/2/ccomp ./PUNCT/2/punct`,
      [[2, 4, "person"]],
    );
    expect(inside.reading.speakers(inside.word("said"))).toEqual([]);
  });

  it("prefers the person in the subject phrase to the organisation the parse made its head", () => {
    const { reading, word } = read(
      "Velm/PROPN/5/nsubj chief/NOUN/3/amod Mira/PROPN/1/flat Holst/PROPN/3/flat said/VERB/0/root so/ADV/5/advmod",
      [
        [0, 1, "organisation"],
        [2, 4, "person"],
      ],
    );
    expect(reading.speakers(word("said"))).toEqual([1]);
  });

  it("does not make a possessor the speaker", () => {
    const { reading, word } = read(
      "Mira/PROPN/4/nmod:poss Holst/PROPN/1/flat 's/PART/1/case spokesman/NOUN/5/nsubj said/VERB/0/root so/ADV/5/advmod",
      [[0, 2, "person"]],
    );
    expect(reading.speakers(word("said"))).toEqual([]);
  });

  it("reads agent and target of a passive, also when the subject is labelled plain nsubj", () => {
    const { reading, word } = read(
      `The/DET/2/det port/NOUN/6/nsubj of/ADP/4/case Tarn/PROPN/2/nmod was/AUX/6/aux:pass shelled/VERB/0/root
       by/ADP/9/case Velm/PROPN/9/compound forces/NOUN/6/obl:agent ./PUNCT/6/punct`,
      [
        [3, 4, "place"],
        [7, 9, "organisation"],
      ],
    );
    expect(reading.action(word("shelled"), "direct")).toEqual({ agents: [1], objects: [0], sites: [] });
  });

  it("gives a relative clause's action to the noun the clause hangs on, and a conjoined verb its subject", () => {
    const { reading, word } = read(
      `Velm/PROPN/0/root ,/PUNCT/4/punct which/PRON/4/nsubj shelled/VERB/1/acl:relcl Tarn/PROPN/4/obj
       and/CCONJ/7/cc captured/VERB/4/conj Osk/PROPN/7/obj`,
      [
        [0, 1, "organisation"],
        [4, 5, "place"],
        [7, 8, "place"],
      ],
    );
    expect(reading.action(word("shelled"), "direct").agents).toEqual([0]);
    expect(reading.action(word("captured"), "direct")).toEqual({ agents: [0], objects: [2], sites: [] });
  });

  it("reads roles from appositions, telling a head from one of several", () => {
    const head = read(
      `Mira/PROPN/0/root Holst/PROPN/1/flat ,/PUNCT/5/punct the/DET/5/det commander/NOUN/1/appos of/ADP/9/case
       the/DET/9/det Velm/PROPN/9/compound Navy/PROPN/5/nmod`,
      [
        [0, 2, "person"],
        [7, 9, "organisation"],
      ],
    );
    expect(head.reading.roles([0])).toEqual([{ person: 0, holder: 1, role: "commander", part: false }]);
    const member = read(
      `Mira/PROPN/0/root Holst/PROPN/1/flat ,/PUNCT/5/punct a/DET/5/det director/NOUN/1/appos at/ADP/8/case
       Velm/PROPN/8/compound Institute/PROPN/5/nmod`,
      [
        [0, 2, "person"],
        [6, 8, "organisation"],
      ],
    );
    expect(member.reading.roles([0])).toEqual([{ person: 0, holder: 1, role: "director", part: true }]);
  });

  it("places an event by its own 'in' phrase", () => {
    const { reading } = read(
      "The/DET/2/det strike/NOUN/5/nsubj in/ADP/4/case Tarn/PROPN/2/nmod killed/VERB/0/root two/NUM/5/obj",
      [
        [1, 2, "event"],
        [3, 4, "place"],
      ],
    );
    expect(reading.eventPlaces(0)).toEqual([1]);
  });
});

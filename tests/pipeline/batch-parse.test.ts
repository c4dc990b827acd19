/**
 * Parsing in phases (all sentences tagged, then all parsed) and labelling arcs only when read must
 * give exactly what parsing each sentence alone and labelling every arc at once gives: relations
 * are read from these arcs, and the graph has to stay the same.
 */
import { describe, expect, it } from "vitest";
import { type Arc, loadParser, loadTagger } from "../../src/models";
import { tokenize } from "../../src/nlp/tokenize";
import { parseSentence, parseSentences } from "../../src/pipeline/dependency-parse";

const SENTENCES = [
  "The chief executive of Northwind Bank, Maria Lindqvist, said on Monday that profits had fallen.",
  "Troops loyal to the governor attacked the port of Calderra, officials told reporters.",
  "",
  "Shares in the firm rose 4% after the U.S. regulator approved the deal, which analysts welcomed.",
  "He didn't say whether the talks, which began in March, would resume.",
];

const plain = (arcs: readonly Arc[]) => arcs.map(({ head, rel }) => ({ head, rel }));

describe("parsing sentences together", () => {
  it("gives each sentence the parse it gets alone", () => {
    const tokens = SENTENCES.map((text) => tokenize(text, 0));
    const alone = tokens.map((t) => parseSentence(t));
    const together = parseSentences(tokens);
    expect(together).toHaveLength(SENTENCES.length);
    together.forEach((parse, i) => {
      expect(parse.tags).toEqual(alone[i]!.tags);
      expect(plain(parse.arcs)).toEqual(plain(alone[i]!.arcs));
    });
    expect(together[2]).toEqual({ tags: [], arcs: [] });
    expect(together[0]!.arcs.some((arc) => arc.rel === "root")).toBe(true);
  });
});

describe("relation labels read late", () => {
  const words = (text: string) => text.split(" ");
  const first = words("The minister of defence , Ana Ruiz , visited the front on Friday .");
  const second = words("Rebels shelled two villages near the border overnight , the army said .");
  const parser = loadParser();
  const tagger = loadTagger();

  it("are the labels read right after the parse, whatever was parsed in between and in any order", () => {
    const readNow = plain(parser.parse(first, tagger.tag(first)));
    const late = parser.parse(first, tagger.tag(first));
    const other = plain(parser.parse(second, tagger.tag(second)));
    const backwards = [...late].reverse().map(({ head, rel }) => ({ head, rel }));
    expect(backwards.reverse()).toEqual(readNow);
    expect(plain(parser.parse(second, tagger.tag(second)))).toEqual(other);
    expect(new Set(readNow.map((arc) => arc.rel)).size).toBeGreaterThan(3);
  });

  it("stay the same when read again", () => {
    const arcs = parser.parse(second, tagger.tag(second));
    const once = arcs.map((arc) => arc.rel);
    expect(arcs.map((arc) => arc.rel)).toEqual(once);
  });
});

import { describe, expect, it } from "vitest";
import { assembleGraph } from "../../src/pipeline/assemble";
import type { ArticleExtraction } from "../../src/pipeline/types";

/** A hand-made extraction: two sentences, three entities, relations we control. */
function extraction(relations: ArticleExtraction["relations"]): ArticleExtraction {
  return {
    article: { id: "t1", files: ["t1.txt"] },
    sentences: [
      { index: 0, start: 0, end: 36, text: "Marta Lind met Olaf Berg in Velmora." },
      { index: 1, start: 37, end: 52, text: "It was raining." },
    ],
    mentions: [
      { id: 0, sentence: 0, start: 0, end: 10, text: "Marta Lind", type: "person", entity: 0 },
      { id: 1, sentence: 0, start: 15, end: 24, text: "Olaf Berg", type: "person", entity: 1 },
      { id: 2, sentence: 0, start: 28, end: 35, text: "Velmora", type: "place", entity: 2 },
    ],
    entities: [
      {
        id: 0,
        type: "person",
        label: "Marta Lind",
        aliases: ["Marta Lind"],
        mentions: [0],
        roles: [],
        key: "person:marta lind",
      },
      {
        id: 1,
        type: "person",
        label: "Olaf Berg",
        aliases: ["Olaf Berg"],
        mentions: [1],
        roles: [],
        key: "person:olaf berg",
      },
      {
        id: 2,
        type: "place",
        label: "Velmora",
        aliases: ["Velmora"],
        mentions: [2],
        roles: [],
        key: "place:velmora",
      },
    ],
    relations,
    dropped: [],
  };
}

describe("assembleGraph grounding check", () => {
  it("keeps an edge whose sentence mentions both ends, with the sentence as evidence", () => {
    const { graph, stats } = assembleGraph([
      extraction([{ type: "visited", source: 0, target: 2, sentence: 0, origin: "text" }]),
    ]);
    expect(stats.droppedUngrounded).toBe(0);
    const evidence = graph.getEdgeAttribute("visited:person:marta-lind->place:velmora", "evidence");
    expect(evidence).toEqual([{ article: "t1", sentence: 0, text: "Marta Lind met Olaf Berg in Velmora." }]);
  });

  it("drops and counts an edge whose cited sentence names neither end", () => {
    const { graph, stats } = assembleGraph([
      extraction([{ type: "visited", source: 0, target: 2, sentence: 1, origin: "text" }]),
    ]);
    expect(stats.droppedUngrounded).toBe(1);
    expect(graph.size).toBe(0);
  });

  it("drops and counts an edge whose endpoint types the schema does not allow", () => {
    const { graph, stats } = assembleGraph([
      extraction([{ type: "commands", source: 0, target: 2, sentence: 0, origin: "text" }]),
    ]);
    expect(stats.droppedBadTypes).toBe(1);
    expect(graph.size).toBe(0);
  });

  it("counts each supporting sentence once in the weight", () => {
    const twice = extraction([
      { type: "visited", source: 0, target: 2, sentence: 0, origin: "text" },
      { type: "visited", source: 0, target: 2, sentence: 0, origin: "text" },
    ]);
    const { graph } = assembleGraph([twice, { ...twice, article: { id: "t2", files: ["t2.txt"] } }]);
    const attributes = graph.getEdgeAttributes("visited:person:marta-lind->place:velmora");
    expect(attributes.weight).toBe(2);
    expect(attributes.articles).toEqual(["t1", "t2"]);
  });
});

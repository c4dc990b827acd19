import { describe, expect, it } from "vitest";
import { type Gold, normaliseName, scoreGraph } from "../../src/eval/score";
import { createNewsGraph } from "../../src/graph";
import type { NodeAttributes } from "../../src/schema";

const node = (label: string, type: NodeAttributes["type"], aliases: string[] = []): NodeAttributes => ({
  label,
  type,
  aliases: [label, ...aliases],
  mentions: 1,
  articles: ["001_x"],
  evidence: [],
  x: 0,
  y: 0,
  size: 1,
  color: "#000",
});

const gold: Gold = {
  entities: [
    {
      id: "p",
      type: "person",
      name: "Anna Berg",
      aliases: ["Berg", "Mrs Berg"],
      articles: ["001"],
      required: true,
    },
    { id: "c", type: "place", name: "Velmora", aliases: ["Velmora"], articles: ["001"], required: true },
    { id: "o", type: "organisation", name: "Harbour Board", aliases: [], articles: ["001"], required: false },
  ],
  relations: [{ type: "visited", source: "p", target: "c", articles: ["001"], required: true }],
  noise: ["Photo Agency"],
};

describe("normaliseName", () => {
  it("follows the gold README's rules", () => {
    expect(normaliseName("Mr Hrebenskyy’s")).toBe("hrebenskyy");
    expect(normaliseName("The Pentagon")).toBe("pentagon");
    expect(normaliseName("Gov. Ánna  Berg-Lind")).toBe("anna berg lind");
  });
});

describe("scoreGraph", () => {
  it("counts matches, duplicates, noise and relations", () => {
    const graph = createNewsGraph();
    graph.addNode("person:anna-berg", node("Anna Berg", "person"));
    graph.addNode("person:berg", node("Mrs Berg", "person"));
    graph.addNode("place:velmora", node("Velmora", "place"));
    graph.addNode("organisation:photo-agency", node("Photo Agency", "organisation"));
    graph.addDirectedEdgeWithKey("visited:a", "person:anna-berg", "place:velmora", {
      type: "visited",
      label: "visited",
      weight: 1,
      articles: [],
      evidence: [],
    });
    graph.addDirectedEdgeWithKey("said:a", "person:anna-berg", "place:velmora", {
      type: "said",
      label: "said",
      weight: 1,
      articles: [],
      evidence: [],
    });
    const score = scoreGraph(graph, gold);
    expect(score.entities.recall).toBe(1);
    expect(score.entities.precision).toBe(3 / 4);
    expect(score.duplicates).toEqual([{ gold: "p", nodes: ["person:anna-berg", "person:berg"] }]);
    expect(score.noiseNodes).toEqual(["organisation:photo-agency"]);
    expect(score.relations.recall).toBe(1);
    expect(score.relations.precision).toBe(0.5);
    expect(score.wrongEdges).toEqual(["said:a"]);
  });

  it("does not count a node of the wrong type towards recall", () => {
    const graph = createNewsGraph();
    graph.addNode("organisation:velmora", node("Velmora", "organisation"));
    const score = scoreGraph(graph, gold);
    expect(score.missedEntities.map((e) => e.id)).toEqual(["p", "c"]);
  });
});

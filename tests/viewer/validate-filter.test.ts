/** Graph files are validated at the edge; filters derive the on-screen graph from the dataset. */
import { describe, expect, it } from "vitest";
import { GraphFileError, stringList, validateSerializedGraph } from "../../src/viewer/data/validate";
import { filterGraph, nodePassesDate } from "../../src/viewer/graph/filter";
import { ARROW_EDGE_LIMIT, buildSigmaGraph } from "../../src/viewer/graph/sigma-graph";
import { DEFAULT_FILTERS } from "../../src/viewer/state/view-state";
import { randomGraph } from "../fixtures/random-graph";
import { buildSmallGraph } from "../fixtures/small-graph";

const serialized = buildSmallGraph().export();
const { graph } = validateSerializedGraph(serialized);

describe("validateSerializedGraph", () => {
  it("accepts the contract's shape and keeps every node and edge", () => {
    const result = validateSerializedGraph(serialized);
    expect(result.graph.order).toBe(serialized.nodes.length);
    expect(result.graph.size).toBe(serialized.edges.length);
    expect(result.hasLayout).toBe(true);
  });

  it.each([
    ["not an object", 42, /not a graph file/],
    ["no nodes", { edges: [] }, /not a graph file/],
    ["edges not a list", { nodes: [], edges: {} }, /edges/],
    ["bad node type", { nodes: [{ key: "x", attributes: { type: "robot" } }] }, /type “robot”/],
    ["missing node type", { nodes: [{ key: "x", attributes: {} }] }, /type “\(none\)”/],
    [
      "dangling edge",
      {
        nodes: [{ key: "a", attributes: { type: "person" } }],
        edges: [{ source: "a", target: "b", attributes: { type: "said" } }],
      },
      /not a node/,
    ],
    [
      "bad relation",
      {
        nodes: [
          { key: "a", attributes: { type: "person" } },
          { key: "b", attributes: { type: "place" } },
        ],
        edges: [{ source: "a", target: "b", attributes: { type: "loves" } }],
      },
      /relation “loves”/,
    ],
    [
      "duplicate node",
      {
        nodes: [
          { key: "a", attributes: { type: "person" } },
          { key: "a", attributes: { type: "person" } },
        ],
      },
      /appears twice/,
    ],
  ])("rejects %s with a clear message", (_name, input, message) => {
    expect(() => validateSerializedGraph(input)).toThrow(GraphFileError);
    expect(() => validateSerializedGraph(input)).toThrow(message);
  });

  it("fills defaults and reads GEXF-style encodings", () => {
    const result = validateSerializedGraph({
      nodes: [
        {
          key: "a",
          attributes: {
            type: "person",
            aliases: "[Al, Alan]",
            mentions: "3",
            evidence: '[{"article":"x","sentence":1,"text":"Al spoke."}]',
          },
        },
        { key: "b", attributes: { type: "event", label: "B", aliases: "b1|b2" } },
      ],
      edges: [{ source: "a", target: "b", attributes: { label: "said", evidence: [{ text: "t" }] } }],
    });
    const a = result.graph.getNodeAttributes("a");
    expect(a.label).toBe("a");
    expect(a.aliases).toEqual(["Al", "Alan"]);
    expect(a.mentions).toBe(3);
    expect(a.evidence[0]?.text).toBe("Al spoke.");
    expect(result.graph.getNodeAttribute("b", "aliases")).toEqual(["b1", "b2"]);
    expect(result.graph.edges()).toEqual(["said:a->b"]);
    expect(result.hasLayout).toBe(false);
  });

  it("reads list encodings", () => {
    expect(stringList(["a", 1, "b"])).toEqual(["a", "b"]);
    expect(stringList('["x","y"]')).toEqual(["x", "y"]);
    expect(stringList("")).toEqual([]);
  });
});

describe("filterGraph", () => {
  it("with default filters keeps everything", () => {
    const out = filterGraph(graph, DEFAULT_FILTERS);
    expect(out).toBe(graph);
    const minOne = filterGraph(graph, { ...DEFAULT_FILTERS, minMentions: 1 });
    expect([minOne.order, minOne.size]).toEqual([graph.order, graph.size]);
  });

  it("drops hidden node types and their edges", () => {
    const out = filterGraph(graph, { ...DEFAULT_FILTERS, hiddenNodeTypes: ["event"] });
    expect(out.filterNodes((_k, a) => a.type === "event")).toEqual([]);
    out.forEachEdge((_e, _a, s, t) => {
      expect(out.hasNode(s) && out.hasNode(t)).toBe(true);
    });
  });

  it("drops hidden relations but keeps their nodes", () => {
    const out = filterGraph(graph, { ...DEFAULT_FILTERS, hiddenRelations: ["said"] });
    expect(out.filterEdges((_k, a) => a.type === "said")).toEqual([]);
    expect(out.order).toBe(graph.order);
  });

  it("keeps only what an article supports", () => {
    const out = filterGraph(graph, { ...DEFAULT_FILTERS, article: "a2-prestova-visits-kostrin" });
    out.forEachNode((_k, a) => expect(a.articles).toContain("a2-prestova-visits-kostrin"));
    out.forEachEdge((_k, a) => expect(a.articles).toContain("a2-prestova-visits-kostrin"));
    expect(out.hasNode("person:ilvana-prestova")).toBe(true);
    expect(out.hasNode("person:mykola-zelinskyi")).toBe(false);
  });

  it("applies minimum mentions and hides isolated nodes", () => {
    const out = filterGraph(graph, { ...DEFAULT_FILTERS, minMentions: 3 });
    out.forEachNode((_k, a) => expect(a.mentions).toBeGreaterThanOrEqual(3));
    const connected = filterGraph(graph, { ...DEFAULT_FILTERS, hideIsolated: true });
    expect(connected.hasNode("place:drevnik")).toBe(false);
    connected.forEachNode((k) => expect(connected.degree(k)).toBeGreaterThan(0));
  });

  it("filters dated events by range and never undated nodes", () => {
    const out = filterGraph(graph, { ...DEFAULT_FILTERS, dateFrom: "2025-03-01", dateTo: "2025-03-05" });
    expect(out.hasNode("event:drone-strike-on-kostrin")).toBe(true);
    expect(out.hasNode("event:port-ossin-talks")).toBe(false);
    expect(out.hasNode("event:siege-of-lesna")).toBe(false);
    expect(out.hasNode("event:evacuation-of-kostrin")).toBe(true);
    expect(out.hasNode("person:mykola-zelinskyi")).toBe(true);
  });

  it.each([
    ["2025-03-08", "2025-03-08", "2025-03-08", true],
    ["2025-03-08T10:00:00Z", "2025-03-08", "2025-03-08", true],
    ["2025-03", "2025-03-10", null, true],
    ["2025-02-28", "2025-03", null, false],
    ["2025", null, "2024-12-31", false],
    [undefined, "2030-01-01", null, true],
  ] as const)("date %s within [%s, %s] is %s", (date, from, to, expected) => {
    expect(nodePassesDate(date, from, to)).toBe(expected);
  });
});

describe("buildSigmaGraph", () => {
  it("maps our types away from sigma's program attribute and curves parallel edges", () => {
    const sigmaGraph = buildSigmaGraph(graph, "mentions", new Map());
    sigmaGraph.forEachNode((_k, a) => expect(a).not.toHaveProperty("type"));
    const pair = sigmaGraph.edges("person:mykola-zelinskyi", "event:port-ossin-talks");
    expect(pair).toHaveLength(2);
    const curvatures = pair.map((e) => sigmaGraph.getEdgeAttribute(e, "curvature"));
    expect(curvatures[0]).not.toBe(curvatures[1]);
    sigmaGraph.forEachEdge((_e, a) => expect(["arrow", "curvedArrow"]).toContain(a.type));
  });

  it("sizes by degree when asked and keeps given positions", () => {
    const sigmaGraph = buildSigmaGraph(graph, "degree", new Map([["place:kostrin", { x: 7, y: 8 }]]));
    expect(sigmaGraph.getNodeAttributes("place:kostrin")).toMatchObject({ x: 7, y: 8 });
    const hub = sigmaGraph.getNodeAttribute("place:kostrin", "size");
    const leaf = sigmaGraph.getNodeAttribute("place:drevnik", "size");
    expect(hub).toBeGreaterThan(leaf);
  });
});

describe("level of detail", () => {
  it("draws big graphs with translucent straight lines and keeps the relation colour for focus", () => {
    const big = validateSerializedGraph(randomGraph(2_000, ARROW_EDGE_LIMIT + 1_000).export()).graph;
    expect(big.size).toBeGreaterThan(ARROW_EDGE_LIMIT);
    const sigmaGraph = buildSigmaGraph(big, "mentions", new Map());
    sigmaGraph.forEachEdge((_e, a) => {
      expect(a.type).toBe("line");
      expect(a.color).toBe(`${a.baseColor}55`);
    });
    const small = buildSigmaGraph(graph, "mentions", new Map());
    small.forEachEdge((_e, a) => expect(a.color).toBe(a.baseColor));
    // Thousands of nodes are drawn smaller so they do not bury each other and the edges.
    const node = big.nodes()[0]!;
    expect(sigmaGraph.getNodeAttribute(node, "size")).toBeLessThan(big.getNodeAttribute(node, "size"));
    expect(small.getNodeAttribute("place:kostrin", "size")).toBe(
      graph.getNodeAttribute("place:kostrin", "size"),
    );
  });
});

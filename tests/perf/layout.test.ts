/**
 * The scalable layout on a generated 5k-node graph: deterministic, finite, spread out, and a
 * rebuild keeps the positions of nodes that already existed.
 */
import { describe, expect, it } from "vitest";
import { generateNewsGraph } from "../../src/bench/generate-graph";
import type { NewsGraph } from "../../src/graph";
import { runForceAtlas2 } from "../../src/layout/force-kernel";
import { startLayoutThread } from "../../src/layout/layout-thread";
import {
  computePositions,
  layoutGraph,
  layoutJob,
  newNodesJob,
  type Positions,
} from "../../src/pipeline/layout";

const positions = (graph: NewsGraph): Positions => {
  const map: Positions = new Map();
  graph.forEachNode((node, a) => {
    map.set(node, { x: a.x, y: a.y });
  });
  return map;
};

describe("layout", () => {
  const generated = () => generateNewsGraph({ nodes: 5_000, edges: 15_000, seed: 3 });

  it("is deterministic and finite for a generated 5k-node graph", () => {
    const a = generated();
    const b = generated();
    layoutGraph(a);
    layoutGraph(b);
    expect([...positions(a)]).toEqual([...positions(b)]);
    const points = [...positions(a).values()];
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    // Spread out, not collapsed onto a point or a line.
    const xs = new Set(points.map((p) => Math.round(p.x)));
    const ys = new Set(points.map((p) => Math.round(p.y)));
    expect(xs.size).toBeGreaterThan(500);
    expect(ys.size).toBeGreaterThan(500);
  }, 60_000);

  it("keeps the previous positions of existing nodes and places new ones among them", () => {
    const graph = generated();
    layoutGraph(graph);
    const before = positions(graph);
    const previous: Positions = new Map([...before].slice(0, 4_950));
    layoutGraph(graph, { previous });
    const after = positions(graph);
    for (const [node, p] of previous) expect(after.get(node)).toEqual(p);
    let extent = 0;
    for (const p of previous.values()) extent = Math.max(extent, Math.hypot(p.x, p.y));
    for (const [node, p] of after) {
      if (previous.has(node)) continue;
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(Math.hypot(p.x, p.y)).toBeLessThan(extent * 2);
    }
  }, 60_000);

  it("places a handful of new nodes by their neighbours without moving anything else", () => {
    const graph = generated();
    layoutGraph(graph);
    const before = positions(graph);
    // New nodes whose neighbours are all known, so where each should go is plain.
    const fresh: string[] = [];
    for (const node of graph.nodes()) {
      if (fresh.length === 5) break;
      if (graph.degree(node) > 0 && graph.neighbors(node).every((n) => !fresh.includes(n))) fresh.push(node);
    }
    const previous: Positions = new Map([...before].filter(([node]) => !fresh.includes(node)));
    layoutGraph(graph, { previous });
    const after = positions(graph);
    for (const [node, p] of previous) expect(after.get(node)).toEqual(p);
    for (const node of fresh) {
      // The middle of its neighbours, one per edge, and a starting spacing (5) away from it.
      let sx = 0;
      let sy = 0;
      let k = 0;
      graph.forEachEdge(node, (_e, _a, source, target) => {
        const other = previous.get(source === node ? target : source)!;
        sx += other.x;
        sy += other.y;
        k++;
      });
      const p = after.get(node)!;
      expect(Math.hypot(p.x - sx / k, p.y - sy / k)).toBeLessThan(5.1);
    }
  }, 60_000);

  it("gives the same positions on its own thread as in this one", async () => {
    const graph = generateNewsGraph({ nodes: 2_000, edges: 5_000, seed: 4 });
    const { job } = layoutJob(graph);
    const thread = startLayoutThread();
    try {
      const [here, there] = [computePositions(job), await thread.positions(job)];
      expect(there).toHaveLength(4_000);
      expect([...there]).toEqual([...here]);
      // The job's starting positions are the caller's still (a copy went to the thread).
      expect(job.xy.every((v) => v === 0)).toBe(true);
    } finally {
      await thread.close();
    }
    await expect(thread.positions(job)).rejects.toThrow(/closed/);
  }, 60_000);

  it("sets pairs and triangles of new nodes apart: together, around the body of the picture", () => {
    // A chain of 400 nodes with chords, then 60 pairs and 20 triangles, then 50 unlinked nodes.
    const source: number[] = [];
    const target: number[] = [];
    const link = (a: number, b: number) => {
      source.push(a);
      target.push(b);
    };
    for (let i = 0; i < 399; i++) link(i, i + 1);
    for (let i = 0; i < 400; i += 7) link(i, (i * 13) % 400);
    const small: number[][] = [];
    let next = 400;
    for (let k = 0; k < 60; k++, next += 2) {
      link(next, next + 1);
      small.push([next, next + 1]);
    }
    for (let k = 0; k < 20; k++, next += 3) {
      link(next, next + 1);
      link(next + 1, next + 2);
      small.push([next, next + 1, next + 2]);
    }
    const n = next + 50;
    const xy = computePositions(newNodesJob(n, source, target, 7));
    const radius = (i: number) => Math.hypot(xy[2 * i]!, xy[2 * i + 1]!);
    const body = Array.from({ length: 400 }, (_, i) => radius(i)).sort((a, b) => a - b);
    for (const component of small) {
      const [a, ...rest] = component as [number, ...number[]];
      for (const b of rest)
        expect(Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!)).toBeLessThan(6);
      expect(radius(a)).toBeGreaterThanOrEqual(body[Math.floor(body.length * 0.9)]! - 6);
    }
    // The unlinked nodes still ring everything.
    let farthest = 0;
    for (let i = 0; i < next; i++) farthest = Math.max(farthest, radius(i));
    for (let i = next; i < n; i++) expect(radius(i)).toBeGreaterThan(farthest);
  });

  it("leaves a graph alone when every node is known", () => {
    const graph = generateNewsGraph({ nodes: 300, edges: 600 });
    layoutGraph(graph);
    const before = positions(graph);
    layoutGraph(graph, { previous: before });
    expect([...positions(graph)]).toEqual([...before]);
  });

  it("kernel: two cliques end apart, each tighter than the distance between them", () => {
    const n = 10;
    const source: number[] = [];
    const target: number[] = [];
    for (const base of [0, 5])
      for (let i = 0; i < 5; i++)
        for (let j = i + 1; j < 5; j++) {
          source.push(base + i);
          target.push(base + j);
        }
    // Start interleaved, on a small circle.
    const xy = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      xy[2 * i] = Math.cos((i * 2 * Math.PI) / n);
      xy[2 * i + 1] = Math.sin((i * 2 * Math.PI) / n);
    }
    runForceAtlas2(
      {
        xy,
        mass: new Float64Array(n).fill(5),
        source: Int32Array.from(source),
        target: Int32Array.from(target),
        weight: new Float64Array(source.length).fill(1),
      },
      { iterations: 300 },
    );
    expect([...xy].every(Number.isFinite)).toBe(true);
    const d = (i: number, j: number) => Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!);
    let inside = 0;
    let across = 0;
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) {
        if (i !== j) inside = Math.max(inside, d(i, j), d(5 + i, 5 + j));
        across += d(i, 5 + j) / 25;
      }
    expect(inside).toBeLessThan(across);
  });
});

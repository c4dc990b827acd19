/**
 * Layout: ForceAtlas2 positions written onto the nodes, so any viewer (ours, Gephi) draws the
 * graph as built. Built to scale (a 50k-node graph in seconds):
 * - a good start: Louvain communities laid out as a small graph of their own, each community's
 *   nodes on a disc around its place (hubs in the middle), unconnected nodes on a ring outside,
 *   pairs and triangles of nodes scattered around the body of the picture, unsimulated;
 * - positions from the previous build kept where a node already existed (new nodes start by their
 *   positioned neighbours); when nearly every node is known, known nodes stay exactly where they
 *   were and only the new ones move;
 * - iterations chosen by size, run by our Barnes–Hut FA2 kernel over typed arrays
 *   (src/layout/force-kernel.ts; graphology's takes ~0.9 s per iteration at 50k nodes).
 */
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import type { NewsGraph } from "../graph";
import { runForceAtlas2 } from "../layout/force-kernel";

export type Positions = Map<string, { x: number; y: number }>;

export interface LayoutOptions {
  previous?: Positions;
  /** Fixed seed so the same input gives the same picture. */
  seed?: number;
  /** Overrides the iteration count chosen by size. */
  iterations?: number;
}

/** Share of known nodes from which known nodes are frozen and only new nodes are laid out. */
const FREEZE_KNOWN_SHARE = 0.9;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Up to this many new nodes (or 0.2% of the graph) are placed by their neighbours, not simulated. */
const FEW_NEW_NODES = 20;

/** Distance between neighbouring nodes in a starting disc. */
const SPACING = 5;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
}

export function iterationsFor(order: number): number {
  if (order <= 1_000) return 300;
  if (order <= 5_000) return 100;
  if (order <= 20_000) return 80;
  if (order <= 60_000) return 40;
  return 25;
}

/**
 * What the layout needs of a graph, as typed arrays only: it can be handed to a worker thread
 * (src/layout/layout-thread.ts) while this thread renders the outputs.
 */
export interface LayoutJob {
  /** Node count; node i is the graph's i-th node. */
  n: number;
  /** FA2 mass: degree + 1 (self-loops left out). */
  mass: Float64Array;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** Starting positions of known nodes (x0, y0, x1, y1, …); 0 for the others. */
  xy: Float64Array;
  /** 1 where the previous build placed the node. */
  known: Uint8Array;
  seed: number;
  iterations?: number;
}

interface Arrays {
  n: number;
  mass: Float64Array;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  neighbours: number[][];
}

/** The graph's nodes (in graph order) and its layout job. */
export function layoutJob(graph: NewsGraph, options: LayoutOptions = {}): { keys: string[]; job: LayoutJob } {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    index.set(key, i);
  });
  const n = keys.length;
  const mass = new Float64Array(n).fill(1);
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  graph.forEachEdge((_edge, attributes, s, t) => {
    const a = index.get(s)!;
    const b = index.get(t)!;
    if (a === b) return;
    source.push(a);
    target.push(b);
    weight.push(attributes.weight > 0 ? attributes.weight : 1);
    mass[a]!++;
    mass[b]!++;
  });
  const xy = new Float64Array(2 * n);
  const known = new Uint8Array(n);
  keys.forEach((key, i) => {
    const p = options.previous?.get(key);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) {
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
      known[i] = 1;
    }
  });
  const job: LayoutJob = {
    n,
    mass,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight: Float64Array.from(weight),
    xy,
    known,
    seed: options.seed ?? 42,
  };
  if (options.iterations !== undefined) job.iterations = options.iterations;
  return { keys, job };
}

function toArrays(job: LayoutJob): Arrays {
  const neighbours: number[][] = Array.from({ length: job.n }, () => []);
  for (let e = 0; e < job.source.length; e++) {
    neighbours[job.source[e]!]!.push(job.target[e]!);
    neighbours[job.target[e]!]!.push(job.source[e]!);
  }
  return { n: job.n, mass: job.mass, source: job.source, target: job.target, weight: job.weight, neighbours };
}

/** Starting positions of the nodes to place that have edges: communities apart, hubs at their centres. */
function communityStart(arrays: Arrays, xy: Float64Array, place: Uint8Array, random: () => number): void {
  const { n, neighbours, source, target, weight } = arrays;
  // Louvain on the undirected, simple graph of the nodes to place that have edges; parallel
  // edges summed first (numeric pair keys: much cheaper than hasEdge per edge).
  const pairs = new Map<number, number>();
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    if (!place[a] || !place[b]) continue;
    const key = a < b ? a * n + b : b * n + a;
    pairs.set(key, (pairs.get(key) ?? 0) + weight[e]!);
  }
  const connected = new UndirectedGraph();
  for (let i = 0; i < n; i++) if (place[i] && neighbours[i]!.length > 0) connected.addNode(i);
  for (const [key, w] of pairs) connected.addEdge(Math.floor(key / n), key % n, { weight: w });
  const community = connected.order > 0 ? louvain(connected, { rng: random, getEdgeWeight: "weight" }) : {};
  // Communities numbered in node order, so the picture does not depend on Louvain's labels.
  const ids = new Map<number, number>();
  const members: number[][] = [];
  const of = new Int32Array(n).fill(-1);
  connected.forEachNode((node) => {
    const label = community[node]!;
    let id = ids.get(label);
    if (id === undefined) {
      id = members.length;
      ids.set(label, id);
      members.push([]);
    }
    members[id]!.push(Number(node));
    of[Number(node)] = id;
  });

  // The graph of communities, laid out first.
  const count = members.length;
  const cxy = new Float64Array(2 * count);
  const cmass = new Float64Array(count);
  const order = members.map((_, c) => c).sort((a, b) => members[b]!.length - members[a]!.length || a - b);
  order.forEach((c, rank) => {
    const r = SPACING * Math.sqrt(rank + 0.5);
    cxy[2 * c] = r * Math.cos(rank * GOLDEN_ANGLE);
    cxy[2 * c + 1] = r * Math.sin(rank * GOLDEN_ANGLE);
    cmass[c] = members[c]!.length;
  });
  const between = new Map<number, number>();
  for (let e = 0; e < source.length; e++) {
    const a = of[source[e]!]!;
    const b = of[target[e]!]!;
    if (a < 0 || b < 0 || a === b) continue;
    const key = a < b ? a * count + b : b * count + a;
    between.set(key, (between.get(key) ?? 0) + weight[e]!);
  }
  const cs: number[] = [];
  const ct: number[] = [];
  const cw: number[] = [];
  for (const [key, w] of between) {
    cs.push(Math.floor(key / count));
    ct.push(key % count);
    cw.push(w);
  }
  runForceAtlas2(
    {
      xy: cxy,
      mass: cmass,
      source: Int32Array.from(cs),
      target: Int32Array.from(ct),
      weight: Float64Array.from(cw),
    },
    { iterations: count <= 2_000 ? 200 : 80 },
  );

  // Scale the community layout so the discs fill about a third of its area.
  let discArea = 0;
  let extent = 1e-9;
  for (let c = 0; c < count; c++) {
    discArea += Math.PI * SPACING * SPACING * members[c]!.length;
    extent = Math.max(extent, Math.hypot(cxy[2 * c]!, cxy[2 * c + 1]!));
  }
  const scale = count > 1 ? Math.sqrt((3 * discArea) / Math.PI) / extent : 0;
  for (let c = 0; c < count; c++) {
    const centreX = cxy[2 * c]! * scale;
    const centreY = cxy[2 * c + 1]! * scale;
    const list = [...members[c]!].sort((a, b) => neighbours[b]!.length - neighbours[a]!.length || a - b);
    const turn = random() * Math.PI * 2;
    list.forEach((node, j) => {
      const r = SPACING * Math.sqrt(j);
      xy[2 * node] = centreX + r * Math.cos(turn + j * GOLDEN_ANGLE);
      xy[2 * node + 1] = centreY + r * Math.sin(turn + j * GOLDEN_ANGLE);
    });
  }
}

/** Puts `nodes` on a ring (a golden-angle band) just outside everything already placed. */
function ringOutside(xy: Float64Array, nodes: number[], others: number[]): void {
  let outer = 0;
  for (const i of others) outer = Math.max(outer, Math.hypot(xy[2 * i]!, xy[2 * i + 1]!));
  nodes.forEach((node, j) => {
    const r = Math.sqrt(outer * outer + SPACING * SPACING * (j + 1)) + SPACING;
    xy[2 * node] = r * Math.cos(j * GOLDEN_ANGLE);
    xy[2 * node + 1] = r * Math.sin(j * GOLDEN_ANGLE);
  });
}

/** Components of at most this many nodes are placed apart from the simulation (see below). */
const SMALL_COMPONENT = 3;

/**
 * The new nodes' components of two or three nodes (no known node among them), each as a list.
 * In a news graph most are one relation between two entities no other article names (in the
 * BBC corpus's graph, ~28% of the nodes with edges): ForceAtlas2 only pushes them out to float
 * about the picture, at the cost of a node each in every iteration.
 */
function smallComponents(arrays: Arrays, known: Uint8Array): number[][] {
  const { n, neighbours } = arrays;
  const seen = new Uint8Array(n);
  const small: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (seen[i] || neighbours[i]!.length === 0) continue;
    const component = [i];
    seen[i] = 1;
    let large = false;
    for (let k = 0; k < component.length; k++) {
      for (const j of neighbours[component[k]!]!) {
        if (seen[j]) continue;
        seen[j] = 1;
        component.push(j);
      }
      if (component.length > SMALL_COMPONENT) large = true;
    }
    if (!large && component.every((node) => !known[node])) small.push(component);
  }
  return small;
}

/**
 * Scatters the small components over the ring between the body of the laid-out picture (where
 * nine in ten of its nodes lie) and its edge, evenly by area, as ForceAtlas2 leaves them: each
 * component's centre on a golden-angle spiral, its nodes around it at half the spacing of a
 * starting disc.
 */
function scatterAround(xy: Float64Array, components: number[][], others: number[]): void {
  const distances = others.map((i) => Math.hypot(xy[2 * i]!, xy[2 * i + 1]!)).sort((a, b) => a - b);
  const inner = distances[Math.floor(distances.length * 0.9)] ?? 0;
  const room = 2 * SPACING;
  // (a picture with no room around its body: a band as wide as the components need)
  const outer = Math.max(distances[distances.length - 1] ?? 0, inner + room * Math.sqrt(components.length));
  components.forEach((component, j) => {
    const r = Math.sqrt(inner * inner + ((outer * outer - inner * inner) * (j + 0.5)) / components.length);
    const cx = r * Math.cos(j * GOLDEN_ANGLE);
    const cy = r * Math.sin(j * GOLDEN_ANGLE);
    component.forEach((node, k) => {
      const angle = j * GOLDEN_ANGLE + (2 * Math.PI * k) / component.length;
      xy[2 * node] = cx + (SPACING / 2) * Math.cos(angle);
      xy[2 * node + 1] = cy + (SPACING / 2) * Math.sin(angle);
    });
  });
}

/** The kernel on a subset of nodes (edges among them only), positions copied in and back out. */
function simulate(
  arrays: Arrays,
  xy: Float64Array,
  nodes: number[],
  fixed: Uint8Array | undefined,
  iterations: number,
) {
  const local = new Int32Array(arrays.n).fill(-1);
  nodes.forEach((node, i) => {
    local[node] = i;
  });
  const sub = new Float64Array(2 * nodes.length);
  const mass = new Float64Array(nodes.length);
  const subFixed = fixed ? new Uint8Array(nodes.length) : undefined;
  nodes.forEach((node, i) => {
    sub[2 * i] = xy[2 * node]!;
    sub[2 * i + 1] = xy[2 * node + 1]!;
    mass[i] = arrays.mass[node]!;
    if (subFixed && fixed) subFixed[i] = fixed[node]!;
  });
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  for (let e = 0; e < arrays.source.length; e++) {
    const a = local[arrays.source[e]!]!;
    const b = local[arrays.target[e]!]!;
    if (a < 0 || b < 0) continue;
    source.push(a);
    target.push(b);
    weight.push(arrays.weight[e]!);
  }
  runForceAtlas2(
    {
      xy: sub,
      mass,
      source: Int32Array.from(source),
      target: Int32Array.from(target),
      weight: Float64Array.from(weight),
      ...(subFixed ? { fixed: subFixed } : {}),
    },
    { iterations },
  );
  nodes.forEach((node, i) => {
    xy[2 * node] = sub[2 * i]!;
    xy[2 * node + 1] = sub[2 * i + 1]!;
  });
}

/** Size of the warm-up graph: enough for V8 to optimise the kernel, ~0.1–0.2 s on a cold thread. */
const WARM_UP_NODES = 1_500;
const WARM_UP_ITERATIONS = 40;

/**
 * Lays out a small generated graph (rings of a few nodes with chords between them, and unlinked
 * nodes) and throws the result away. A fresh thread runs the kernel, the tree and Louvain cold
 * (interpreted, then optimised part-way through the job): on the BBC corpus's graph the layout
 * took ~0.75 s on a fresh thread against ~0.5 s warm in process. The warm-up runs while the
 * articles are extracted, long before the job comes.
 */
export function warmUpLayout(): void {
  const n = WARM_UP_NODES;
  const source: number[] = [];
  const target: number[] = [];
  for (let i = 0; i < n * 0.6; i++) {
    source.push(i);
    target.push(i % 5 === 4 ? i - 4 : i + 1);
    if (i % 7 === 0) {
      source.push(i);
      target.push((i * 31) % Math.floor(n * 0.6));
    }
  }
  computePositions({ ...newNodesJob(n, source, target, 1), iterations: WARM_UP_ITERATIONS });
}

/** The layout job of n new nodes joined by edges of weight 1 (a generated or test graph). */
export function newNodesJob(n: number, source: number[], target: number[], seed: number): LayoutJob {
  const mass = new Float64Array(n).fill(1);
  for (let e = 0; e < source.length; e++) {
    mass[source[e]!]!++;
    mass[target[e]!]!++;
  }
  return {
    n,
    mass,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight: new Float64Array(source.length).fill(1),
    xy: new Float64Array(2 * n),
    known: new Uint8Array(n),
    seed,
  };
}

/** Whether the job lays out most of its nodes afresh (not a rebuild settling a few new ones). */
export function isFreshLayout(job: LayoutJob): boolean {
  let known = 0;
  for (let i = 0; i < job.n; i++) known += job.known[i]!;
  return known < FREEZE_KNOWN_SHARE * job.n;
}

export function layoutGraph(graph: NewsGraph, options: LayoutOptions = {}): void {
  const { keys, job } = layoutJob(graph, options);
  applyPositions(graph, keys, computePositions(job));
}

/** Writes the positions onto the nodes (rounded to hundredths; a non-finite one becomes 0). */
export function applyPositions(graph: NewsGraph, keys: readonly string[], xy: Float64Array): void {
  keys.forEach((key, i) => {
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    graph.mergeNodeAttributes(key, {
      x: Number.isFinite(x) ? Math.round(x * 100) / 100 : 0,
      y: Number.isFinite(y) ? Math.round(y * 100) / 100 : 0,
    });
  });
}

/** The positions of a layout job's nodes (x0, y0, x1, y1, …). */
export function computePositions(job: LayoutJob): Float64Array {
  const random = seededRandom(job.seed);
  const arrays = toArrays(job);
  const n = job.n;
  const xy = Float64Array.from(job.xy);
  const known = job.known;
  let knownCount = 0;
  for (let i = 0; i < n; i++) knownCount += known[i]!;
  const share = n > 0 ? knownCount / n : 0;
  const unknown = new Uint8Array(n).map((_, i) => 1 - known[i]!);
  // A fresh layout places pairs and triangles of new nodes apart, after the simulation.
  const apart = share < 0.5 ? smallComponents(arrays, known) : [];
  const isApart = new Uint8Array(n);
  for (const component of apart) for (const node of component) isApart[node] = 1;
  if (share < 0.5) {
    // Mostly new: a fresh community start for the new nodes (known ones keep their place).
    communityStart(
      arrays,
      xy,
      unknown.map((u, i) => u & (1 - isApart[i]!)),
      random,
    );
  } else {
    // Mostly known: a new node starts by its positioned neighbours (two passes, so chains of new
    // nodes follow), or at a random spot among the known ones.
    let radius = 1;
    for (let i = 0; i < n; i++)
      if (known[i]) radius = Math.max(radius, Math.hypot(xy[2 * i]!, xy[2 * i + 1]!));
    const placed = Uint8Array.from(known);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < n; i++) {
        if (placed[i]) continue;
        let sx = 0;
        let sy = 0;
        let k = 0;
        for (const j of arrays.neighbours[i]!) {
          if (!placed[j]) continue;
          sx += xy[2 * j]!;
          sy += xy[2 * j + 1]!;
          k++;
        }
        if (k === 0 && pass === 0) continue;
        const angle = random() * Math.PI * 2;
        const r = k > 0 ? SPACING : radius * Math.sqrt(random());
        xy[2 * i] = (k > 0 ? sx / k : 0) + r * Math.cos(angle);
        xy[2 * i + 1] = (k > 0 ? sy / k : 0) + r * Math.sin(angle);
        placed[i] = 1;
      }
    }
  }
  const freeze = share >= FREEZE_KNOWN_SHARE && knownCount < n;
  // New nodes without edges take no part in the simulation (gravity would only push them out to
  // a halo): they go on a ring outside the result. Keeps a news graph, where most entities have
  // no relation, cheap to lay out.
  const simulated: number[] = [];
  const halo: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!known[i] && arrays.neighbours[i]!.length === 0 && share < 0.5) halo.push(i);
    else if (!isApart[i]) simulated.push(i);
  }
  const fullIterations = job.iterations ?? iterationsFor(simulated.length);
  // A handful of new nodes among thousands frozen (a rebuild after one edit) stay where their
  // neighbours put them: a simulation pass over the whole graph for them cost ~0.2 s at 13k nodes.
  const handful = n - knownCount <= Math.max(FEW_NEW_NODES, n * 0.002);
  const iterations =
    share >= FREEZE_KNOWN_SHARE
      ? knownCount === n || (handful && job.iterations === undefined)
        ? 0
        : Math.min(50, fullIterations)
      : fullIterations;
  if (simulated.length >= 2 && iterations > 0)
    simulate(arrays, xy, simulated, freeze ? known : undefined, iterations);
  if (apart.length > 0) scatterAround(xy, apart, simulated);
  if (halo.length > 0) ringOutside(xy, halo, apart.length > 0 ? [...simulated, ...apart.flat()] : simulated);
  return xy;
}

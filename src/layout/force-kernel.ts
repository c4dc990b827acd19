/**
 * ForceAtlas2 over typed arrays with a Barnes–Hut quadtree for repulsion: the same forces as
 * graphology-layout-forceatlas2 (repulsion ∝ mass·mass/d, linear attraction along edges, gravity
 * ∝ mass, adaptive speed from swinging and traction), written for large graphs: one flat tree
 * rebuilt per iteration, no per-node objects, iterative traversal. Deterministic for its input.
 */

export interface ForceInput {
  /** Positions, updated in place: x0, y0, x1, y1, … */
  xy: Float64Array;
  /** Mass per node (FA2: degree + 1). */
  mass: Float64Array;
  /** Edge endpoints and weights. */
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** Nodes that must not move (previous positions kept exactly). */
  fixed?: Uint8Array;
}

export interface ForceSettings {
  iterations: number;
  scalingRatio?: number;
  gravity?: number;
  /** Barnes–Hut accuracy: larger is faster and rougher (FA2 default 1.2). */
  theta?: number;
  jitterTolerance?: number;
}

/** Quadtree over the current positions, in flat arrays (cell 0 is the root). */
class QuadTree {
  capacity: number;
  cx = new Float64Array(0);
  cy = new Float64Array(0);
  cmass = new Float64Array(0);
  size = new Float64Array(0);
  x0 = new Float64Array(0);
  y0 = new Float64Array(0);
  /** First of four children, or -1 for a leaf. */
  child = new Int32Array(0);
  /** Node held by a leaf (-1 empty); -2 for a leaf that absorbed coincident nodes. */
  leafNode = new Int32Array(0);
  cells = 0;

  constructor(nodes: number) {
    this.capacity = 0;
    this.grow(Math.max(64, nodes * 3));
  }

  private grow(capacity: number) {
    const copy = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    const f = (n: number) => new Float64Array(n);
    const i = (n: number) => new Int32Array(n);
    this.cx = copy(this.cx, f);
    this.cy = copy(this.cy, f);
    this.cmass = copy(this.cmass, f);
    this.size = copy(this.size, f);
    this.x0 = copy(this.x0, f);
    this.y0 = copy(this.y0, f);
    this.child = copy(this.child, i);
    this.leafNode = copy(this.leafNode, i);
    this.capacity = capacity;
  }

  private cell(x0: number, y0: number, size: number): number {
    if (this.cells === this.capacity) this.grow(this.capacity * 2);
    const c = this.cells++;
    this.x0[c] = x0;
    this.y0[c] = y0;
    this.size[c] = size;
    this.cx[c] = 0;
    this.cy[c] = 0;
    this.cmass[c] = 0;
    this.child[c] = -1;
    this.leafNode[c] = -1;
    return c;
  }

  private split(c: number) {
    const half = this.size[c]! / 2;
    const first = this.cells;
    this.cell(this.x0[c]!, this.y0[c]!, half);
    this.cell(this.x0[c]! + half, this.y0[c]!, half);
    this.cell(this.x0[c]!, this.y0[c]! + half, half);
    this.cell(this.x0[c]! + half, this.y0[c]! + half, half);
    this.child[c] = first;
  }

  private quadrant(c: number, x: number, y: number): number {
    const half = this.size[c]! / 2;
    return this.child[c]! + (x >= this.x0[c]! + half ? 1 : 0) + (y >= this.y0[c]! + half ? 2 : 0);
  }

  build(xy: Float64Array, mass: Float64Array, n: number) {
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const size = Math.max(maxX - minX, maxY - minY, 1e-6) * 1.0001;
    this.cells = 0;
    this.cell(minX, minY, size);
    for (let i = 0; i < n; i++) this.insert(i, xy[2 * i]!, xy[2 * i + 1]!, mass[i]!, xy, mass);
  }

  private insert(i: number, x: number, y: number, m: number, xy: Float64Array, mass: Float64Array) {
    let c = 0;
    for (let depth = 0; ; depth++) {
      // Every cell on the way down carries the node's mass in its centre of mass.
      const total = this.cmass[c]! + m;
      this.cx[c] = (this.cx[c]! * this.cmass[c]! + x * m) / total;
      this.cy[c] = (this.cy[c]! * this.cmass[c]! + y * m) / total;
      this.cmass[c] = total;
      if (this.child[c]! >= 0) {
        c = this.quadrant(c, x, y);
        continue;
      }
      const held = this.leafNode[c]!;
      if (held === -1) {
        this.leafNode[c] = i;
        return;
      }
      if (held === -2 || depth > 48) {
        // Coincident (or nearly) nodes: the leaf stands for all of them through its centre of mass.
        this.leafNode[c] = -2;
        return;
      }
      // Push the held node one level down, then continue placing this one.
      this.split(c);
      this.leafNode[c] = -1;
      const hx = xy[2 * held]!;
      const hy = xy[2 * held + 1]!;
      const hm = mass[held]!;
      const q = this.quadrant(c, hx, hy);
      this.cx[q] = hx;
      this.cy[q] = hy;
      this.cmass[q] = hm;
      this.leafNode[q] = held;
      c = this.quadrant(c, x, y);
    }
  }
}

/** Runs ForceAtlas2 for `settings.iterations` iterations; positions in `input.xy` are updated. */
export function runForceAtlas2(input: ForceInput, settings: ForceSettings): void {
  const { xy, mass, source, target, weight, fixed } = input;
  const n = mass.length;
  if (n < 2) return;
  const scaling = settings.scalingRatio ?? (n >= 100 ? 2 : 10);
  const gravity = settings.gravity ?? 1;
  const theta2 = (settings.theta ?? 1.2) ** 2;
  const jitterTolerance = settings.jitterTolerance ?? 1;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const oldDx = new Float64Array(n);
  const oldDy = new Float64Array(n);
  const tree = new QuadTree(n);
  const stack = new Int32Array(4 * 64 + 16);
  let speed = 1;
  let speedEfficiency = 1;

  for (let iteration = 0; iteration < settings.iterations; iteration++) {
    oldDx.set(dx);
    oldDy.set(dy);
    dx.fill(0);
    dy.fill(0);
    tree.build(xy, mass, n);
    const { cx, cy, cmass, size, child, leafNode } = tree;

    // Repulsion (Barnes–Hut) and gravity.
    for (let i = 0; i < n; i++) {
      // A fixed node needs no forces: it will not move (this is what makes settling new nodes
      // into a known picture cheap).
      if (fixed?.[i]) continue;
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      const mi = mass[i]!;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        const m = cmass[c]!;
        if (m === 0) continue;
        const ex = x - cx[c]!;
        const ey = y - cy[c]!;
        const d2 = ex * ex + ey * ey;
        const leaf = child[c]! < 0;
        if (leaf && leafNode[c] === i) continue;
        if (leaf || (size[c]! * size[c]!) / d2 < theta2) {
          if (d2 > 0) {
            const factor = (scaling * mi * m) / d2;
            fx += ex * factor;
            fy += ey * factor;
          }
          continue;
        }
        if (top + 4 > stack.length) continue;
        const first = child[c]!;
        stack[top++] = first;
        stack[top++] = first + 1;
        stack[top++] = first + 2;
        stack[top++] = first + 3;
      }
      const d = Math.sqrt(x * x + y * y);
      if (d > 0) {
        const g = (scaling * gravity * mi) / d;
        fx -= x * g;
        fy -= y * g;
      }
      dx[i] = fx;
      dy[i] = fy;
    }

    // Attraction along edges (linear, weighted).
    for (let e = 0; e < source.length; e++) {
      const a = source[e]!;
      const b = target[e]!;
      const ex = xy[2 * a]! - xy[2 * b]!;
      const ey = xy[2 * a + 1]! - xy[2 * b + 1]!;
      const w = weight[e]!;
      dx[a] = dx[a]! - ex * w;
      dy[a] = dy[a]! - ey * w;
      dx[b] = dx[b]! + ex * w;
      dy[b] = dy[b]! + ey * w;
    }

    // Adaptive speed (Gephi's FA2).
    let swingingSum = 0;
    let tractionSum = 0;
    for (let i = 0; i < n; i++) {
      if (fixed?.[i]) continue;
      const m = mass[i]!;
      swingingSum += m * Math.hypot(oldDx[i]! - dx[i]!, oldDy[i]! - dy[i]!);
      tractionSum += 0.5 * m * Math.hypot(oldDx[i]! + dx[i]!, oldDy[i]! + dy[i]!);
    }
    const estimatedJitter = 0.05 * Math.sqrt(n);
    let jitter =
      jitterTolerance *
      Math.max(Math.sqrt(estimatedJitter), Math.min(10, (estimatedJitter * tractionSum) / (n * n)));
    if (swingingSum / tractionSum > 2) {
      if (speedEfficiency > 0.05) speedEfficiency *= 0.5;
      jitter = Math.max(jitter, jitterTolerance);
    }
    const targetSpeed = swingingSum > 0 ? (jitter * speedEfficiency * tractionSum) / swingingSum : speed;
    if (swingingSum > jitter * tractionSum) {
      if (speedEfficiency > 0.05) speedEfficiency *= 0.7;
    } else if (speed < 1000) speedEfficiency *= 1.3;
    speed += Math.min(targetSpeed - speed, 0.5 * speed);
    if (!Number.isFinite(speed) || speed <= 0) speed = 1;

    for (let i = 0; i < n; i++) {
      if (fixed?.[i]) continue;
      const swinging = mass[i]! * Math.hypot(oldDx[i]! - dx[i]!, oldDy[i]! - dy[i]!);
      const factor = speed / (1 + Math.sqrt(speed * swinging));
      const nx = xy[2 * i]! + dx[i]! * factor;
      const ny = xy[2 * i + 1]! + dy[i]! * factor;
      if (Number.isFinite(nx) && Number.isFinite(ny)) {
        xy[2 * i] = nx;
        xy[2 * i + 1] = ny;
      }
    }
  }
}

/**
 * A read-only probe on `window.newsgraphProbe` for the browser tests and the benchmark: where a
 * node is on screen, how many frames sigma drew, when the first non-empty one reached the screen,
 * and how long sigma's last process/render passes took. Nothing can be changed through it.
 */
import type { Renderer } from "./renderer";

export interface ViewerProbe {
  nodeViewport(key: string): { x: number; y: number } | null;
  frames(): number;
  firstFrameAt(): number | null;
  /** JS time of sigma's last process (reducers → buffers) and render (draw calls) passes. */
  lastTimings(): { processMs: number; renderMs: number };
  displayedLabels(): string[];
  /** The colour sigma draws a node with (after the highlight reducer). */
  nodeColor(key: string): string | null;
  /** Whether the translucent context edges of a big graph are drawn (off while in focus). */
  contextEdgesVisible(): boolean;
  order(): number;
  hovered(): string | null;
  /** Redraw everything once; resolves when that frame has been on screen (two frames later). */
  measureRedraw(): Promise<number>;
  isLayoutRunning(): boolean;
}

export interface ProbeSources {
  hovered(): string | null;
  isLayoutRunning(): boolean;
}

export function exposeProbe(renderer: Renderer, sources: ProbeSources): void {
  const sigma = renderer.sigma;
  const frames = { count: 0, firstAt: null as number | null, pending: false, processMs: 0, renderMs: 0 };
  let processStart = 0;
  let renderStart = 0;
  sigma.on("beforeProcess", () => {
    processStart = performance.now();
  });
  sigma.on("afterProcess", () => {
    frames.processMs = performance.now() - processStart;
  });
  sigma.on("beforeRender", () => {
    renderStart = performance.now();
  });
  sigma.on("afterRender", () => {
    frames.renderMs = performance.now() - renderStart;
    frames.count++;
    if (frames.firstAt === null && !frames.pending && renderer.graph().order > 0) {
      frames.pending = true;
      // The next animation frame is when the first drawn graph is actually on screen.
      requestAnimationFrame(() => {
        frames.firstAt = performance.now();
      });
    }
  });
  const probe: ViewerProbe = {
    nodeViewport: (key) => {
      const data = sigma.getNodeDisplayData(key);
      return data ? sigma.framedGraphToViewport(data) : null;
    },
    frames: () => frames.count,
    firstFrameAt: () => frames.firstAt,
    lastTimings: () => ({ processMs: frames.processMs, renderMs: frames.renderMs }),
    displayedLabels: () => [...sigma.getNodeDisplayedLabels()],
    nodeColor: (key) => sigma.getNodeDisplayData(key)?.color ?? null,
    contextEdgesVisible: () => renderer.edgeLayers.isContextVisible(),
    order: () => renderer.graph().order,
    hovered: sources.hovered,
    measureRedraw: () => {
      const t0 = performance.now();
      sigma.refresh();
      return new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0))),
      );
    },
    isLayoutRunning: sources.isLayoutRunning,
  };
  (window as unknown as { newsgraphProbe: ViewerProbe }).newsgraphProbe = probe;
}

/**
 * ForceAtlas2 in a web worker (graphology's supervisor), writing positions into the sigma graph.
 * Recreated when the sigma graph is replaced; never runs on the main thread.
 */
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { SigmaGraph } from "../graph/sigma-graph";

export type LayoutListener = (running: boolean) => void;

export class LayoutController {
  private supervisor: FA2LayoutSupervisor | null = null;
  private graph: SigmaGraph | null = null;
  private stopTimer: number | undefined;

  constructor(private readonly onChange: LayoutListener) {}

  attach(graph: SigmaGraph): void {
    const wasRunning = this.isRunning();
    this.kill();
    this.graph = graph;
    if (wasRunning) this.start();
  }

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** `forMs`: stop by itself after that long (used when a file comes without positions). */
  start(forMs?: number): void {
    if (!this.graph || this.graph.order === 0) return;
    if (!this.supervisor) {
      const settings = forceAtlas2.inferSettings(this.graph as unknown as Graph);
      this.supervisor = new FA2LayoutSupervisor(this.graph as unknown as Graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 500, adjustSizes: false },
        getEdgeWeight: null,
      });
    }
    this.supervisor.start();
    window.clearTimeout(this.stopTimer);
    if (forMs) this.stopTimer = window.setTimeout(() => this.stop(), forMs);
    this.onChange(true);
  }

  stop(): void {
    window.clearTimeout(this.stopTimer);
    if (!this.supervisor?.isRunning()) return;
    this.supervisor.stop();
    this.onChange(false);
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  kill(): void {
    window.clearTimeout(this.stopTimer);
    const running = this.isRunning();
    this.supervisor?.kill();
    this.supervisor = null;
    if (running) this.onChange(false);
  }
}

/** A file without positions starts on a spiral, not all on one point, so FA2 can spread it. */
export function seedPositions(graph: SigmaGraph): void {
  let i = 0;
  graph.updateEachNodeAttributes((_node, a) => {
    const angle = i * 2.399963;
    const radius = 10 * Math.sqrt(++i);
    return { ...a, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
}

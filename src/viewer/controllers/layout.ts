/**
 * ForceAtlas2 in a web worker (graphology's supervisor), writing positions into the sigma graph.
 * Recreated when the sigma graph is replaced; never runs on the main thread.
 */
import type Graph from "graphology";
import type FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { SigmaGraph } from "../graph/sigma-graph";

/** ForceAtlas2 and its worker supervisor, loaded when a layout first runs (not before the first frame). */
type Fa2Modules = {
  inferSettings: (graph: Graph) => Record<string, unknown>;
  Supervisor: typeof FA2LayoutSupervisor;
};
let fa2: Promise<Fa2Modules> | undefined;
function loadFa2(): Promise<Fa2Modules> {
  fa2 ??= Promise.all([
    import("graphology-layout-forceatlas2"),
    import("graphology-layout-forceatlas2/worker"),
  ]).then(([sync, worker]) => ({
    inferSettings: (graph) => sync.default.inferSettings(graph) as Record<string, unknown>,
    Supervisor: worker.default,
  }));
  return fa2;
}

export type LayoutListener = (running: boolean) => void;

export class LayoutController {
  private supervisor: FA2LayoutSupervisor | null = null;
  private graph: SigmaGraph | null = null;
  private stopTimer: number | undefined;
  /** Running, or asked to run while the layout code loads: what the button shows. */
  private running = false;

  constructor(private readonly onChange: LayoutListener) {}

  attach(graph: SigmaGraph): void {
    const wasRunning = this.isRunning();
    this.kill();
    this.graph = graph;
    if (wasRunning) this.start();
  }

  isRunning(): boolean {
    return this.running;
  }

  /** `forMs`: stop by itself after that long (used when a file comes without positions). */
  start(forMs?: number): void {
    const graph = this.graph;
    if (!graph || graph.order === 0) return;
    window.clearTimeout(this.stopTimer);
    if (forMs) this.stopTimer = window.setTimeout(() => this.stop(), forMs);
    if (this.running) return;
    this.running = true;
    this.onChange(true);
    void loadFa2().then(({ inferSettings, Supervisor }) => {
      // Stopped, killed or given another graph while the code loaded.
      if (!this.running || this.graph !== graph) return;
      if (!this.supervisor) {
        const settings = inferSettings(graph as unknown as Graph);
        this.supervisor = new Supervisor(graph as unknown as Graph, {
          settings: { ...settings, barnesHutOptimize: graph.order > 500, adjustSizes: false },
          getEdgeWeight: null,
        });
      }
      this.supervisor.start();
    });
  }

  stop(): void {
    window.clearTimeout(this.stopTimer);
    if (!this.running) return;
    this.running = false;
    if (this.supervisor?.isRunning()) this.supervisor.stop();
    this.onChange(false);
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  kill(): void {
    window.clearTimeout(this.stopTimer);
    const wasRunning = this.running;
    this.running = false;
    this.supervisor?.kill();
    this.supervisor = null;
    if (wasRunning) this.onChange(false);
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

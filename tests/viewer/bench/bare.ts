/**
 * Benchmark baseline: sigma with its default settings on the same graph file, no viewer code.
 * Our `type` attributes are removed because sigma reads `type` as the render program.
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";

interface BareProbe {
  frames: number;
  firstFrameAt: number | null;
}

const probe: BareProbe = { frames: 0, firstFrameAt: null };
(window as unknown as { bareProbe: BareProbe }).bareProbe = probe;

const url = new URLSearchParams(window.location.search).get("graph") ?? "/graph.json";
const data = (await (await fetch(url)).json()) as SerializedGraph;
const graph = new Graph({ type: "directed", multi: true });
graph.import(data);
graph.forEachNode((node) => graph.removeNodeAttribute(node, "type"));
graph.forEachEdge((edge) => graph.removeEdgeAttribute(edge, "type"));
const sigma = new Sigma(graph, document.getElementById("sigma")!);
sigma.on("afterRender", () => {
  probe.frames++;
});
requestAnimationFrame(() => {
  probe.firstFrameAt = performance.now();
});

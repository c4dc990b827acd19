/**
 * Owns the sigma instance: its settings (level of detail, label density, edge programs), the
 * canvas drawing of labels for the current theme, and swapping the displayed graph.
 */
import Sigma from "sigma";
import { type EdgeProgramType, NodePointProgram, type NodeProgramType } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { SigmaEdgeAttributes, SigmaGraph, SigmaNodeAttributes } from "../graph/sigma-graph";
import { afterNextFrame } from "./after-frame";
import { EdgeLayers } from "./edge-layers";
import { compiledOnFirstDraw } from "./lazy-program";
import { CANVAS_THEMES, type CanvasTheme, type ThemeName } from "./theme";

export type ViewerSigma = Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const LABEL_SIZE = 13;

// The programs are generic over attributes they never read; sigma's typings cannot say so.
type Program = EdgeProgramType<SigmaNodeAttributes, SigmaEdgeAttributes>;
type NodeProgram = NodeProgramType<SigmaNodeAttributes, SigmaEdgeAttributes>;

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

function drawLabel(theme: () => CanvasTheme) {
  return (context: CanvasRenderingContext2D, data: LabelData): void => {
    if (!data.label) return;
    const t = theme();
    context.font = `500 ${LABEL_SIZE}px ${FONT}`;
    const x = data.x + data.size + 3;
    const y = data.y + LABEL_SIZE / 3;
    // A halo keeps labels readable over edges and other nodes in both themes.
    context.lineWidth = 3;
    context.lineJoin = "round";
    context.strokeStyle = t.halo;
    context.strokeText(data.label, x, y);
    context.fillStyle = t.label;
    context.fillText(data.label, x, y);
  };
}

function drawHover(theme: () => CanvasTheme) {
  const label = drawLabel(theme);
  return (context: CanvasRenderingContext2D, data: LabelData): void => {
    const t = theme();
    context.font = `600 ${LABEL_SIZE}px ${FONT}`;
    const padding = 3;
    context.fillStyle = t.hoverBox;
    context.shadowBlur = 8;
    context.shadowColor = "rgba(0,0,0,0.35)";
    context.beginPath();
    context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
    context.fill();
    if (data.label) {
      const width = context.measureText(data.label).width;
      const height = LABEL_SIZE + 2 * padding;
      context.fillRect(data.x, data.y - height / 2, data.size + width + 8, height);
    }
    context.shadowBlur = 0;
    label(context, data);
  };
}

export function createRenderer(container: HTMLElement, graph: SigmaGraph, theme: ThemeName): Renderer {
  return new Renderer(container, graph, theme);
}

export class Renderer {
  readonly sigma: ViewerSigma;
  readonly edgeLayers = new EdgeLayers();
  private theme: ThemeName;

  constructor(container: HTMLElement, graph: SigmaGraph, theme: ThemeName) {
    this.theme = theme;
    const current = () => CANVAS_THEMES[this.theme];
    const settings: Partial<Settings<SigmaNodeAttributes, SigmaEdgeAttributes>> = {
      // Level of detail: while the camera moves only nodes are drawn, so panning stays fluid.
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      renderEdgeLabels: true,
      enableEdgeEvents: graph.size <= 20_000,
      zIndex: true,
      // Nodes are GL points (one vertex each) rather than sigma's default circles, which are
      // instanced triangles: software WebGL (SwiftShader) pays per instance, so at 10k nodes a
      // circle frame costs ~300 ms and a point frame ~20 ms. Points look the same (a disc with an
      // antialiased rim); a point whose centre leaves the viewport is clipped whole. sigma merges
      // its default "circle" entry into this map, so the point program takes that key rather than
      // a new one: otherwise sigma would still compile circle shaders that never draw anything.
      nodeProgramClasses: { circle: compiledOnFirstDraw(NodePointProgram) as unknown as NodeProgram },
      defaultEdgeType: "arrow",
      edgeProgramClasses: {
        arrow: this.edgeLayers.arrowProgram() as unknown as Program,
        // One GL line per edge: the level of detail for big graphs and for edges out of focus.
        line: this.edgeLayers.lineProgram() as unknown as Program,
        curvedArrow: this.edgeLayers.curvedArrowProgram() as unknown as Program,
      },
      labelFont: FONT,
      labelSize: LABEL_SIZE,
      labelWeight: "500",
      // One label per 100 px cell (the biggest node wins): labels never pile up, and zooming in
      // reveals more of them.
      labelDensity: 1,
      labelGridCellSize: 100,
      labelRenderedSizeThreshold: 6,
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: current().edgeLabel },
      defaultDrawEdgeLabel: (context, edge, source, target, options) =>
        this.edgeLayers.drawEdgeLabel(context, edge, source, target, options),
      defaultDrawNodeLabel: drawLabel(current),
      defaultDrawNodeHover: drawHover(current),
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      stagePadding: 40,
    };
    this.sigma = new Sigma(graph, container, settings);
    this.skipPickingWhileDragging();
  }

  /**
   * sigma looks for the node under the pointer on every mouse move, even while the stage is
   * dragged; each look reads the picking buffer back from the GPU, which stalls until the frame in
   * flight is done. While the button is down nothing can be hovered anyway, so skip the look.
   */
  private skipPickingWhileDragging(): void {
    const captor = this.sigma.getMouseCaptor();
    for (const listener of captor.listeners("mousemove")) {
      captor.removeListener("mousemove", listener);
      captor.on("mousemove", (event) => {
        if (!captor.isMouseDown) listener(event);
      });
    }
    // Likewise once a finger has moved far enough to pan or pinch (taps still select).
    const touch = this.sigma.getTouchCaptor();
    for (const listener of touch.listeners("touchmove")) {
      touch.removeListener("touchmove", listener);
      touch.on("touchmove", (event) => {
        if (!touch.hasMoved) listener(event);
      });
    }
  }

  setTheme(theme: ThemeName): void {
    this.theme = theme;
    this.sigma.setSetting("edgeLabelColor", { color: CANVAS_THEMES[theme].edgeLabel });
  }

  canvasTheme(): CanvasTheme {
    return CANVAS_THEMES[this.theme];
  }

  /**
   * A new graph's first frame is drawn without the edges' picking pass (a second pass over every
   * edge, not needed to see the graph); the frame after the first one is on screen restores it.
   */
  setGraph(graph: SigmaGraph): void {
    this.sigma.setSetting("enableEdgeEvents", graph.size <= 20_000);
    this.edgeLayers.setPicking(false);
    this.sigma.setGraph(graph);
    this.edgeLayers.setPicking(true);
    this.cancelPickingFrame();
    this.cancelPickingFrame = afterNextFrame(() => this.sigma.scheduleRender());
  }

  private cancelPickingFrame: () => void = () => {};

  graph(): SigmaGraph {
    return this.sigma.getGraph() as SigmaGraph;
  }
}

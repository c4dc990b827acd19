/**
 * Big graphs draw their edges in two layers. The context layer is every edge as a translucent GL
 * line; the focus layer is the few edges around a hovered or selected node, drawn with width,
 * arrow head and label on sigma's edge-label canvas (under the nodes). While something is in
 * focus the context layer is switched off as a whole, so a hover needs neither a pass over 30k+
 * edges in the reducers nor their vertex work in the frame: software WebGL pays for every vertex,
 * even of a hidden edge.
 */
import type { Attributes } from "graphology-types";
import { drawStraightEdgeLabel, EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData, PartialButFor, RenderParams } from "sigma/types";

type EdgeLabelData = PartialButFor<EdgeDisplayData, "label" | "color" | "size">;
type EndData = PartialButFor<NodeDisplayData, "x" | "y" | "size">;

const HEAD_LENGTH = 9;
const HEAD_HALF_WIDTH = 4.5;

export class EdgeLayers {
  private contextVisible = true;

  /** Off while something is in focus in a big graph; the next render applies it. */
  setContextVisible(visible: boolean): void {
    this.contextVisible = visible;
  }

  isContextVisible(): boolean {
    return this.contextVisible;
  }

  /**
   * sigma's line program, skipped while the context layer is off, and without its picking pass
   * when edge events are off (sigma draws that pass whenever the context was created with picking).
   */
  lineProgram(): typeof EdgeLineProgram {
    const layers = this;
    return class ContextLineProgram<
      N extends Attributes,
      E extends Attributes,
      G extends Attributes,
    > extends EdgeLineProgram<N, E, G> {
      override render(params: RenderParams): void {
        if (!layers.contextVisible) return;
        if (this.renderer.getSetting("enableEdgeEvents")) {
          super.render(params);
          return;
        }
        const pick = this.pickProgram;
        this.pickProgram = null;
        try {
          super.render(params);
        } finally {
          this.pickProgram = pick;
        }
      }
    };
  }

  /** sigma's edge label, plus the edge itself for focus edges that live in the context layer. */
  drawEdgeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
    context: CanvasRenderingContext2D,
    edge: EdgeLabelData,
    source: EndData,
    target: EndData,
    settings: Settings<N, E, G>,
  ): void {
    if (edge.type === "line") {
      // With the context layer off, only focus edges exist on screen, labels included.
      if (!edge.forceLabel && !this.contextVisible) return;
      if (edge.forceLabel) drawFocusLine(context, edge, source, target);
    }
    drawStraightEdgeLabel(context, edge, source, target, settings);
  }
}

function drawFocusLine(
  context: CanvasRenderingContext2D,
  edge: EdgeLabelData,
  source: EndData,
  target: EndData,
): void {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length <= source.size + target.size) return;
  const ux = dx / length;
  const uy = dy / length;
  // The tip touches the target's rim, as sigma's own arrow program draws it.
  const tipX = target.x - ux * target.size;
  const tipY = target.y - uy * target.size;
  const head = Math.min(HEAD_LENGTH, length - source.size - target.size);
  const baseX = tipX - ux * head;
  const baseY = tipY - uy * head;
  context.strokeStyle = edge.color;
  context.fillStyle = edge.color;
  context.lineWidth = Math.max(1.5, edge.size);
  context.beginPath();
  context.moveTo(source.x + ux * source.size, source.y + uy * source.size);
  context.lineTo(baseX, baseY);
  context.stroke();
  const half = (HEAD_HALF_WIDTH * head) / HEAD_LENGTH;
  context.beginPath();
  context.moveTo(tipX, tipY);
  context.lineTo(baseX - uy * half, baseY + ux * half);
  context.lineTo(baseX + uy * half, baseY - ux * half);
  context.closePath();
  context.fill();
}

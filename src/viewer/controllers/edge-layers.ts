/**
 * Edge programs and labels. Big graphs draw their edges in two layers. The context layer is every edge as a translucent GL
 * line; the focus layer is the few edges around a hovered or selected node, drawn with width,
 * arrow head and label on sigma's edge-label canvas (under the nodes). While something is in
 * focus the context layer is switched off as a whole, so a hover needs neither a pass over 30k+
 * edges in the reducers nor their vertex work in the frame: software WebGL pays for every vertex,
 * even of a hidden edge.
 */
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { Attributes } from "graphology-types";
import {
  createEdgeCompoundProgram,
  drawStraightEdgeLabel,
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  EdgeLineProgram,
  type EdgeProgramType,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData, PartialButFor, RenderParams } from "sigma/types";
import { compiledOnFirstDraw } from "./lazy-program";

type EdgeLabelData = PartialButFor<EdgeDisplayData, "label" | "color" | "size">;
type EndData = PartialButFor<NodeDisplayData, "x" | "y" | "size">;

const HEAD_LENGTH = 9;
const HEAD_HALF_WIDTH = 4.5;

/** What this module switches on sigma's program objects (public fields of sigma's `Program`). */
interface SwitchableProgram {
  pickProgram: unknown;
  renderer: { getSetting(name: "enableEdgeEvents"): boolean };
  render(params: RenderParams): void;
}
type SwitchableProgramClass = new (...args: never[]) => SwitchableProgram;

export class EdgeLayers {
  private contextVisible = true;
  private picking = true;

  /** Off while something is in focus in a big graph; the next render applies it. */
  setContextVisible(visible: boolean): void {
    this.contextVisible = visible;
  }

  isContextVisible(): boolean {
    return this.contextVisible;
  }

  /**
   * Edge picking (what makes edges hoverable and clickable) costs a second pass over every edge;
   * a new graph's first frame goes without it, and the pass is back from the next frame on.
   */
  setPicking(picking: boolean): void {
    this.picking = picking;
  }

  /** The translucent context lines of big graphs (and hidden edges out of focus in small ones). */
  lineProgram(): EdgeProgramType {
    return this.switchable(EdgeLineProgram as unknown as EdgeProgramType, true);
  }

  /** sigma's arrow (a clamped body plus a head), with the picking pass switchable. */
  arrowProgram(): EdgeProgramType {
    return createEdgeCompoundProgram([
      this.switchable(EdgeClampedProgram, false),
      this.switchable(EdgeArrowHeadProgram, false),
    ]);
  }

  curvedArrowProgram(): EdgeProgramType {
    return this.switchable(EdgeCurvedArrowProgram, false);
  }

  /**
   * A program drawn only while its layer is visible, and without its picking pass while picking
   * is off or edge events are (sigma draws that pass whenever the edges' WebGL context was created
   * with picking, whatever the setting says later). Its shaders compile when first needed.
   */
  private switchable(Base: EdgeProgramType, context: boolean): EdgeProgramType {
    const layers = this;
    const Program = compiledOnFirstDraw(Base) as unknown as SwitchableProgramClass;
    class Switchable extends Program {
      override render(params: RenderParams): void {
        if (context && !layers.contextVisible) return;
        if (layers.picking && this.renderer.getSetting("enableEdgeEvents")) {
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
    }
    return Switchable as unknown as EdgeProgramType;
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

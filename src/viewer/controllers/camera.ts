/**
 * Camera side effects: centring on a node, fitting the view, and reporting camera moves (debounced)
 * so the URL can carry them.
 */
import type { CameraView } from "../state/view-state";
import type { ViewerSigma } from "./renderer";

const REPORT_DELAY_MS = 250;

export class CameraController {
  private timer: number | undefined;
  private muted = false;

  constructor(
    private readonly sigma: ViewerSigma,
    onMove: (camera: CameraView) => void,
  ) {
    sigma.getCamera().on("updated", (state) => {
      if (this.muted) return;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => onMove({ ...state }), REPORT_DELAY_MS);
    });
  }

  /** Centre on a node, zoomed so its whole neighbourhood is in view. */
  focusNode(node: string, animate = true): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    let reach = 0;
    const graph = this.sigma.getGraph();
    if (graph.hasNode(node)) {
      graph.forEachNeighbor(node, (neighbour) => {
        const other = this.sigma.getNodeDisplayData(neighbour);
        if (other) reach = Math.max(reach, Math.abs(other.x - display.x), Math.abs(other.y - display.y));
      });
    }
    const ratio = Math.min(1.2, Math.max(0.06, reach * 2.6));
    const target = { x: display.x, y: display.y, ratio };
    const camera = this.sigma.getCamera();
    if (animate) void camera.animate(target, { duration: 400 });
    else camera.setState(target);
  }

  fit(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Restoring from the URL must not echo back as a fresh move. */
  set(view: CameraView | null): void {
    this.muted = true;
    const camera = this.sigma.getCamera();
    if (view) camera.setState(view);
    else camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.muted = false;
  }

  /** Where the camera is now (the URL's copy lags a moment behind a move). */
  current(): CameraView {
    return { ...this.sigma.getCamera().getState() };
  }

  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    void (factor > 1 ? camera.animatedUnzoom({ duration: 200 }) : camera.animatedZoom({ duration: 200 }));
  }
}

/**
 * The viewer's composition root: owns the dataset → filtered graph → sigma graph pipeline and
 * wires the store to the controllers (sigma side effects) and to the DOM components.
 */
import Graph from "graphology";
import { NODE_TYPE_SPECS } from "../schema";
import { afterNextFrame } from "./controllers/after-frame";
import { CameraController } from "./controllers/camera";
import { HighlightController } from "./controllers/highlight";
import { bindKeyboard } from "./controllers/keyboard";
import { LayoutController, seedPositions } from "./controllers/layout";
import { NeighbourSteps } from "./controllers/neighbour-steps";
import { exposeProbe } from "./controllers/probe";
import { Renderer } from "./controllers/renderer";
import { initialTheme, saveTheme, type ThemeName } from "./controllers/theme";
import { syncUrl } from "./controllers/url";
import { createDataset, type Dataset } from "./data/dataset";
import { fetchGraph, readGraphFile } from "./data/load";
import type { DatasetGraph, ValidatedGraph } from "./data/validate";
import { download, fileStem } from "./export/download";
import { filterGraph } from "./graph/filter";
import { buildSigmaGraph, type Positions, readPositions, type SigmaGraph } from "./graph/sigma-graph";
import { Store } from "./state/store";
import {
  cleanViewState,
  DEFAULT_VIEW_STATE,
  filtersEqual,
  type Selection,
  type ViewState,
} from "./state/view-state";
import { DetailsPanel } from "./ui/details-panel";
import { byId } from "./ui/dom";
import { FiltersPanel } from "./ui/filters-panel";
import { SearchBox } from "./ui/search-box";

export type AppStatus = "loading" | "ready" | "error";

export class App {
  private readonly store = new Store();
  private dataset: Dataset | null = null;
  private filtered: DatasetGraph | null = null;
  private positions: Positions = new Map();
  private theme: ThemeName = initialTheme();
  private readonly renderer: Renderer;
  private readonly highlight: HighlightController;
  private readonly camera: CameraController;
  private readonly layout: LayoutController;
  private readonly steps = new NeighbourSteps();
  private readonly panel: DetailsPanel;
  private readonly filters: FiltersPanel;
  private readonly searchBox: SearchBox;

  constructor() {
    this.applyTheme(this.theme);
    this.renderer = new Renderer(byId("sigma"), new Graph() as SigmaGraph, this.theme);
    const sigma = this.renderer.sigma;
    this.highlight = new HighlightController(sigma, this.renderer.edgeLayers);
    this.highlight.setDimColor(this.renderer.canvasTheme().dim);
    this.camera = new CameraController(sigma, (camera) => this.store.update((s) => ({ ...s, camera })));
    this.layout = new LayoutController((running) => this.layoutChanged(running));
    const select = (selection: Selection) => this.select(selection);
    this.panel = new DetailsPanel(byId("panel"), {
      select,
      showArticle: (article) => this.store.update((s) => ({ ...s, filters: { ...s.filters, article } })),
    });
    this.filters = new FiltersPanel(byId("filters"), {
      setFilters: (update) => this.store.update((s) => ({ ...s, filters: update(s.filters) })),
      setSizeBy: (sizeBy) => this.store.update((s) => ({ ...s, sizeBy })),
    });
    this.searchBox = new SearchBox(byId("search"), byId("search-results"), {
      choose: (key) => {
        this.select({ kind: "node", key });
        this.camera.focusNode(key);
      },
      queryChanged: (search) => this.store.update((s) => ({ ...s, search })),
    });

    // While the stage is dragged the pointer sweeps over many nodes: re-highlighting for each
    // would redraw the whole graph per node crossed, so hover waits for the button's release.
    const dragging = () => sigma.getMouseCaptor().isMouseDown;
    sigma.on("enterNode", ({ node }) => {
      if (!dragging()) this.highlight.setHovered(node);
    });
    sigma.on("leaveNode", () => {
      if (!dragging()) this.highlight.setHovered(null);
    });
    sigma.on("clickNode", ({ node }) => this.select({ kind: "node", key: node }));
    sigma.on("clickEdge", ({ edge }) => this.select({ kind: "edge", key: edge }));
    sigma.on("clickStage", () => this.select({ kind: "none" }));
    sigma.on("enterEdge", () => byId("sigma").classList.add("pointer"));
    sigma.on("leaveEdge", () => byId("sigma").classList.remove("pointer"));

    this.store.subscribe((state, previous) => this.onState(state, previous));
    bindKeyboard({
      focusSearch: () => this.searchBox.focus(),
      clear: () => this.select({ kind: "none" }),
      step: (direction) => this.step(direction),
      zoom: (factor) => this.camera.zoom(factor),
      fit: () => this.camera.fit(),
    });
    this.bindToolbar();
    exposeProbe(this.renderer, {
      hovered: () => this.highlight.hoveredNode(),
      isLayoutRunning: () => this.layout.isRunning(),
    });
  }

  /**
   * `loading` is the graph already on its way (see main.ts): the request goes out before sigma and
   * the panels are built, so the network and their construction overlap.
   */
  async start(initial: ViewState, url: string, loading: Promise<ValidatedGraph>): Promise<void> {
    this.setStatus("loading");
    try {
      this.setDataset(await loading, url, initial);
    } catch (error) {
      this.showMessage((error as Error).message);
      this.setStatus("error");
    }
    syncUrl(this.store, (state) => this.navigate(state));
  }

  /**
   * The graph at `url` was rebuilt (an article changed): shown in place, with the view kept
   * (selection, search, filters and camera, cleaned against the new data), unless the user opened
   * another graph meanwhile.
   */
  async showRebuiltGraph(url: string): Promise<void> {
    if (!this.dataset) return;
    if (this.dataset.source !== url) {
      this.showMessage(`${fileStem(url)} was rebuilt: reload the page to show it.`, "info");
      return;
    }
    try {
      const validated = await fetchGraph(url);
      const state = this.store.get();
      this.setDataset(validated, url, { ...state, camera: this.camera.current() });
      this.showMessage(
        `Rebuilt from the articles: ${validated.graph.order} nodes, ${validated.graph.size} relations.`,
        "info",
      );
    } catch (error) {
      this.showMessage(
        `The rebuilt graph could not be read. ${(error as Error).message} The graph on screen is unchanged.`,
      );
    }
  }

  /** Back/forward: the state from the address bar, cleaned against the data on screen. */
  private navigate(state: ViewState): void {
    if (!this.dataset) return;
    const cleaned = cleanViewState({ ...state, graph: this.store.get().graph }, this.dataset);
    this.store.update(() => cleaned);
    if (cleaned.camera) this.camera.set(cleaned.camera);
    else if (cleaned.selection.kind === "node") this.camera.focusNode(cleaned.selection.key);
  }

  private setDataset(validated: ValidatedGraph, source: string, state: ViewState): void {
    this.layout.kill();
    const dataset = createDataset(validated, source);
    const cleaned = cleanViewState(state, dataset);
    // With no dataset, onState ignores this update; the one rebuild below does all the work.
    this.dataset = null;
    this.store.update(() => cleaned);
    this.dataset = dataset;
    this.positions = new Map();
    this.steps.reset();
    byId("graph-name").textContent = fileStem(source);
    document.title = `${fileStem(source)} · newsgraph`;
    this.highlight.reset(cleaned.selection);
    this.searchBox.setQuery(cleaned.search);
    this.rebuild(true);
    this.camera.set(cleaned.camera);
    if (!cleaned.camera && cleaned.selection.kind === "node")
      this.camera.focusNode(cleaned.selection.key, false);
    if (!dataset.hasLayout) {
      seedPositions(this.renderer.graph());
      this.layout.start(Math.min(15_000, 2_000 + dataset.graph.order * 4));
    }
    this.showMessage(null);
  }

  /** Filters or dataset changed: derive the filtered graph, then the sigma graph. */
  private rebuild(datasetChanged = false): void {
    if (!this.dataset) return;
    const state = this.store.get();
    if (!datasetChanged) readPositions(this.renderer.graph(), this.positions);
    this.filtered = filterGraph(this.dataset.graph, state.filters);
    const filtered = this.filtered;
    const sigmaGraph = buildSigmaGraph(filtered, state.sizeBy, this.positions);
    this.highlight.graphChanging(sigmaGraph);
    this.renderer.setGraph(sigmaGraph);
    this.layout.attach(sigmaGraph);
    this.searchBox.setData(this.dataset, (key) => filtered.hasNode(key));
    byId("empty-state").hidden = filtered.order > 0;
    this.cancelPanels();
    if (datasetChanged) {
      // A new graph is drawn first; its panels (legend, counts, details) follow in the next frame.
      this.cancelPanels = afterNextFrame(() => {
        this.renderPanels();
        this.setStatus("ready");
      });
    } else {
      this.renderPanels();
    }
  }

  private cancelPanels: () => void = () => {};

  private renderPanels(): void {
    if (!this.dataset || !this.filtered) return;
    const state = this.store.get();
    this.filters.render(this.dataset, this.filtered, state.filters, state.sizeBy);
    this.panel.render(this.dataset, this.filtered, state.selection);
  }

  private onState(state: ViewState, previous: ViewState): void {
    if (!this.dataset) return;
    if (state.filters !== previous.filters && !filtersEqual(state.filters, previous.filters)) {
      this.rebuild();
    } else if (state.sizeBy !== previous.sizeBy) {
      readPositions(this.renderer.graph(), this.positions);
      const sigmaGraph = buildSigmaGraph(this.filtered!, state.sizeBy, this.positions);
      this.highlight.graphChanging(sigmaGraph);
      this.renderer.setGraph(sigmaGraph);
      this.layout.attach(sigmaGraph);
      this.filters.render(this.dataset, this.filtered, state.filters, state.sizeBy);
    }
    if (state.selection !== previous.selection) {
      this.highlight.setSelection(state.selection);
      this.panel.render(this.dataset, this.filtered, state.selection);
    }
    this.searchBox.setQuery(state.search);
  }

  private select(selection: Selection): void {
    this.store.update((s) => {
      const same =
        s.selection.kind === selection.kind &&
        (selection.kind === "none" || (s.selection.kind !== "none" && s.selection.key === selection.key));
      return same ? s : { ...s, selection };
    });
    if (selection.kind === "none") this.setStepStatus(null);
  }

  private step(direction: 1 | -1): void {
    const selection = this.store.get().selection;
    if (selection.kind !== "node" || !this.filtered) return;
    const step = this.steps.step(this.filtered, selection.key, direction);
    if (!step) return;
    this.select({ kind: "node", key: step.key });
    this.camera.focusNode(step.key);
    const anchor = this.filtered.getNodeAttribute(step.anchor, "label");
    this.setStepStatus(
      `Neighbour ${step.index + 1} of ${step.count} of ${anchor} · ←/→ to move, Esc to clear`,
    );
  }

  private setStepStatus(text: string | null): void {
    const status = byId("step-status");
    status.textContent = text ?? "";
    status.hidden = !text;
  }

  private layoutChanged(running: boolean): void {
    const button = byId<HTMLButtonElement>("layout-toggle");
    button.setAttribute("aria-pressed", String(running));
    button.textContent = running ? "Stop layout" : "Run layout";
  }

  private async openFile(file: File): Promise<void> {
    try {
      const validated = await readGraphFile(file);
      this.setDataset(validated, file.name, { ...DEFAULT_VIEW_STATE });
      this.showMessage(
        `Opened ${file.name}: ${validated.graph.order} nodes, ${validated.graph.size} relations.`,
        "info",
      );
    } catch (error) {
      this.showMessage(
        `Could not open ${file.name}. ${(error as Error).message} The current graph is unchanged.`,
      );
    }
  }

  private messageTimer: number | undefined;

  private showMessage(text: string | null, kind: "error" | "info" = "error"): void {
    const box = byId("message");
    window.clearTimeout(this.messageTimer);
    // Errors stay until dismissed; a confirmation goes away by itself.
    if (text && kind === "info") this.messageTimer = window.setTimeout(() => this.showMessage(null), 8000);
    box.hidden = !text;
    box.className = kind;
    byId("message-text").textContent = text ?? "";
  }

  private setStatus(status: AppStatus): void {
    document.body.dataset.status = status;
  }

  private applyTheme(theme: ThemeName): void {
    this.theme = theme;
    document.documentElement.dataset.theme = theme;
    const toggle = document.getElementById("theme-toggle");
    if (toggle)
      toggle.setAttribute("aria-label", theme === "dark" ? "Switch to light theme" : "Switch to dark theme");
  }

  private bindToolbar(): void {
    byId("layout-toggle").addEventListener("click", () => this.layout.toggle());
    byId("fit").addEventListener("click", () => this.camera.fit());
    byId("theme-toggle").addEventListener("click", () => {
      const next = this.theme === "dark" ? "light" : "dark";
      this.applyTheme(next);
      saveTheme(next);
      this.renderer.setTheme(next);
      this.highlight.setDimColor(this.renderer.canvasTheme().dim);
      this.renderer.sigma.refresh();
    });
    byId("toggle-filters").addEventListener("click", () => {
      const open = document.body.classList.toggle("filters-open");
      byId("toggle-filters").setAttribute("aria-expanded", String(open));
    });
    byId("message-close").addEventListener("click", () => this.showMessage(null));
    const input = byId<HTMLInputElement>("file-input");
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      if (file) void this.openFile(file);
      input.value = "";
    });
    byId("export-gexf").addEventListener("click", () => {
      if (!this.filtered || !this.dataset) return;
      const positions = readPositions(this.renderer.graph());
      const name = this.dataset.graph.getAttribute("name") ?? fileStem(this.dataset.source);
      const filtered = this.filtered;
      const source = this.dataset.source;
      // The exporters load on first use: nothing of them is needed for the first frame.
      void import("./export/gexf").then(({ toGexf }) => {
        const blob = new Blob([toGexf(filtered, positions, `${name} (filtered view)`)], {
          type: "application/gexf+xml",
        });
        download(`${fileStem(source)}-filtered.gexf`, blob);
      });
    });
    byId("export-png").addEventListener("click", () => {
      if (!this.dataset) return;
      void import("./export/png")
        .then(({ renderPng }) => renderPng(this.renderer.sigma, this.renderer.canvasTheme().background))
        .then((blob) => download(`${fileStem(this.dataset?.source ?? "graph")}.png`, blob));
    });
    const help = byId<HTMLDialogElement>("help-dialog");
    byId("help").addEventListener("click", () => help.showModal());
    this.bindDrop();
    this.renderLegendColours();
  }

  private bindDrop(): void {
    const overlay = byId("drop-overlay");
    let depth = 0;
    window.addEventListener("dragenter", (event) => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      depth++;
      overlay.hidden = false;
    });
    window.addEventListener("dragleave", () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) overlay.hidden = true;
    });
    window.addEventListener("dragover", (event) => event.preventDefault());
    window.addEventListener("drop", (event) => {
      event.preventDefault();
      depth = 0;
      overlay.hidden = true;
      const file = event.dataTransfer?.files[0];
      if (file) void this.openFile(file);
    });
  }

  /** CSS needs the schema's colours too (chips, swatches); publish them as custom properties. */
  private renderLegendColours(): void {
    for (const [type, spec] of Object.entries(NODE_TYPE_SPECS)) {
      document.documentElement.style.setProperty(`--type-${type}`, spec.color);
    }
  }
}

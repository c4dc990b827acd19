/**
 * Filters and legend in one: every node type and relation type from the schema, with its colour,
 * a checkbox and how many are on screen; then article, minimum mentions, dates and isolated nodes.
 */
import {
  NODE_TYPE_SPECS,
  NODE_TYPES,
  type NodeType,
  RELATION_TYPE_SPECS,
  RELATION_TYPES,
  type RelationType,
} from "../../schema";
import type { Dataset } from "../data/dataset";
import type { DatasetGraph } from "../data/validate";
import { DEFAULT_FILTERS, type Filters, type SizeBy } from "../state/view-state";
import { dateHistogram } from "./date-histogram";
import { el, replaceChildren } from "./dom";

export interface FilterActions {
  setFilters(update: (filters: Filters) => Filters): void;
  setSizeBy(sizeBy: SizeBy): void;
}

function toggle<T>(list: T[], value: T, hidden: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return hidden ? [...without, value] : without;
}

export class FiltersPanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: FilterActions,
  ) {}

  render(dataset: Dataset | null, filtered: DatasetGraph | null, filters: Filters, sizeBy: SizeBy): void {
    if (!dataset || !filtered) {
      replaceChildren(this.root);
      return;
    }
    const nodeCounts = new Map<NodeType, number>();
    const edgeCounts = new Map<RelationType, number>();
    const totalNodes = new Map<NodeType, number>();
    const totalEdges = new Map<RelationType, number>();
    filtered.forEachNode((_k, a) => nodeCounts.set(a.type, (nodeCounts.get(a.type) ?? 0) + 1));
    filtered.forEachEdge((_k, a) => edgeCounts.set(a.type, (edgeCounts.get(a.type) ?? 0) + 1));
    dataset.graph.forEachNode((_k, a) => totalNodes.set(a.type, (totalNodes.get(a.type) ?? 0) + 1));
    dataset.graph.forEachEdge((_k, a) => totalEdges.set(a.type, (totalEdges.get(a.type) ?? 0) + 1));

    const nodeTypes = NODE_TYPES.map((type) => {
      const spec = NODE_TYPE_SPECS[type];
      return this.checkRow(
        `type-${type}`,
        !filters.hiddenNodeTypes.includes(type),
        el("span", { class: "swatch node", attrs: { style: `background:${spec.color}` } }),
        spec.plural,
        `${nodeCounts.get(type) ?? 0}/${totalNodes.get(type) ?? 0}`,
        (checked) =>
          this.actions.setFilters((f) => ({
            ...f,
            hiddenNodeTypes: toggle(f.hiddenNodeTypes, type, !checked),
          })),
      );
    });
    const relations = RELATION_TYPES.map((type) => {
      const spec = RELATION_TYPE_SPECS[type];
      return this.checkRow(
        `relation-${type}`,
        !filters.hiddenRelations.includes(type),
        el("span", { class: "swatch edge", attrs: { style: `--rel:${spec.color}` } }),
        spec.label,
        `${edgeCounts.get(type) ?? 0}/${totalEdges.get(type) ?? 0}`,
        (checked) =>
          this.actions.setFilters((f) => ({
            ...f,
            hiddenRelations: toggle(f.hiddenRelations, type, !checked),
          })),
        `${"source"} ${spec.verb} ${"target"}`,
      );
    });

    const article = el(
      "select",
      {
        attrs: { id: "filter-article", "aria-label": "Article" },
        on: {
          change: (event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.actions.setFilters((f) => ({ ...f, article: value || null }));
          },
        },
      },
      el("option", { attrs: { value: "" } }, "All articles"),
      ...dataset.articleIds.map((id) =>
        el(
          "option",
          { attrs: { value: id, selected: filters.article === id } },
          dataset.articles.get(id)?.title ?? id,
        ),
      ),
    );

    const min = el("input", {
      attrs: {
        id: "filter-min-mentions",
        type: "range",
        min: 0,
        max: Math.max(1, dataset.maxMentions),
        step: 1,
        value: filters.minMentions,
        "aria-label": "Minimum mentions",
      },
    });
    const minOut = el("output", { attrs: { for: "filter-min-mentions" } }, String(filters.minMentions));
    min.addEventListener("input", () => {
      minOut.textContent = min.value;
    });
    min.addEventListener("change", () => {
      const value = Number(min.value);
      this.actions.setFilters((f) => ({ ...f, minMentions: value }));
    });

    const dates = dataset.dateExtent ? this.dateInputs(dataset, dataset.dateExtent, filters) : null;

    const isolated = this.checkRow(
      "hide-isolated",
      filters.hideIsolated,
      null,
      "Hide isolated nodes",
      "",
      (checked) => this.actions.setFilters((f) => ({ ...f, hideIsolated: checked })),
    );

    const sizeSelect = el(
      "select",
      {
        attrs: { id: "size-by", "aria-label": "Size nodes by" },
        on: {
          change: (event) => this.actions.setSizeBy((event.target as HTMLSelectElement).value as SizeBy),
        },
      },
      el("option", { attrs: { value: "mentions", selected: sizeBy === "mentions" } }, "mentions"),
      el("option", { attrs: { value: "degree", selected: sizeBy === "degree" } }, "relations (degree)"),
    );

    replaceChildren(
      this.root,
      el(
        "p",
        { class: "summary", attrs: { id: "filter-summary" } },
        `${filtered.order} of ${dataset.graph.order} nodes · ${filtered.size} of ${dataset.graph.size} relations`,
      ),
      el("fieldset", null, el("legend", null, "Node types"), ...nodeTypes),
      el("fieldset", null, el("legend", null, "Relations"), ...relations),
      el("fieldset", null, el("legend", null, "Article"), article),
      el(
        "fieldset",
        null,
        el("legend", null, "Minimum mentions"),
        el("div", { class: "range-row" }, min, minOut),
      ),
      dates,
      el(
        "fieldset",
        null,
        el("legend", null, "Display"),
        isolated,
        el("label", { class: "row" }, "Size by ", sizeSelect),
      ),
      el(
        "button",
        {
          class: "reset",
          attrs: { type: "button", id: "reset-filters" },
          on: { click: () => this.actions.setFilters(() => DEFAULT_FILTERS) },
        },
        "Reset filters",
      ),
    );
  }

  private checkRow(
    id: string,
    checked: boolean,
    swatch: HTMLElement | null,
    label: string,
    count: string,
    onChange: (checked: boolean) => void,
    title?: string,
  ): HTMLElement {
    const input = el("input", { attrs: { type: "checkbox", id, checked } });
    input.addEventListener("change", () => onChange(input.checked));
    return el(
      "label",
      { class: "check-row", attrs: { for: id }, ...(title ? { title } : {}) },
      input,
      swatch,
      el("span", { class: "name" }, label),
      count ? el("span", { class: "count" }, count) : null,
    );
  }

  private dateInputs(dataset: Dataset, extent: [string, string], filters: Filters): HTMLElement {
    const dates: string[] = [];
    dataset.graph.forEachNode((_k, a) => {
      if (a.date) dates.push(a.date);
    });
    const histogram = dateHistogram(dates, filters.dateFrom, filters.dateTo, (dateFrom, dateTo) =>
      this.actions.setFilters((f) => ({ ...f, dateFrom, dateTo })),
    );
    const clear =
      filters.dateFrom || filters.dateTo
        ? el(
            "button",
            {
              class: "linkish",
              attrs: { type: "button", id: "clear-dates" },
              on: { click: () => this.actions.setFilters((f) => ({ ...f, dateFrom: null, dateTo: null })) },
            },
            "All dates",
          )
        : null;
    const input = (id: string, value: string | null, key: "dateFrom" | "dateTo", label: string) => {
      const field = el("input", {
        attrs: {
          id,
          type: "date",
          min: extent[0].slice(0, 10),
          max: extent[1].slice(0, 10),
          value: value ?? "",
          "aria-label": label,
        },
      });
      field.addEventListener("change", () => {
        const v = field.value || null;
        this.actions.setFilters((f) => ({ ...f, [key]: v }));
      });
      return el("label", { class: "row" }, label, " ", field);
    };
    return el(
      "fieldset",
      null,
      el("legend", null, "Event dates"),
      histogram,
      clear,
      input("filter-date-from", filters.dateFrom, "dateFrom", "From"),
      input("filter-date-to", filters.dateTo, "dateTo", "To"),
      el(
        "p",
        { class: "hint muted" },
        `Events run ${extent[0].slice(0, 10)} – ${extent[1].slice(0, 10)}. Undated nodes are always shown.`,
      ),
    );
  }
}

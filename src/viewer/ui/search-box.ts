/**
 * Search with autocomplete (an ARIA combobox): type, move with ↑/↓, Enter or click to choose.
 * Results come from the search index, limited to nodes on screen.
 */
import { NODE_TYPE_SPECS } from "../../schema";
import type { Dataset } from "../data/dataset";
import { type SearchResult, search } from "../search/search";
import { el, replaceChildren } from "./dom";

export interface SearchActions {
  choose(key: string): void;
  queryChanged(query: string): void;
}

export class SearchBox {
  private results: SearchResult[] = [];
  private active = -1;
  private dataset: Dataset | null = null;
  private visible: (key: string) => boolean = () => true;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly actions: SearchActions,
  ) {
    input.addEventListener("input", () => {
      this.actions.queryChanged(input.value);
      this.update();
    });
    input.addEventListener("focus", () => {
      if (input.value) this.update();
    });
    input.addEventListener("blur", () => window.setTimeout(() => this.close(), 150));
    input.addEventListener("keydown", (event) => this.onKey(event));
  }

  setData(dataset: Dataset | null, visible: (key: string) => boolean): void {
    this.dataset = dataset;
    this.visible = visible;
  }

  setQuery(query: string): void {
    if (this.input.value !== query) this.input.value = query;
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private update(): void {
    this.results = this.dataset ? search(this.dataset.search(), this.input.value, 12, this.visible) : [];
    this.active = this.results.length ? 0 : -1;
    this.renderList();
  }

  private renderList(): void {
    const query = this.input.value.trim();
    const open = query.length > 0 && document.activeElement === this.input;
    this.list.hidden = !open;
    this.input.setAttribute("aria-expanded", String(open));
    if (!open) return;
    if (!this.results.length) {
      const hidden = this.dataset ? search(this.dataset.search(), query, 100).length : 0;
      replaceChildren(
        this.list,
        el(
          "div",
          { class: "empty", attrs: { role: "option", "aria-disabled": "true" } },
          hidden
            ? `No match on screen; ${hidden === 100 ? "100+" : hidden} hidden by the filters`
            : "No match",
        ),
      );
      this.input.removeAttribute("aria-activedescendant");
      return;
    }
    replaceChildren(
      this.list,
      ...this.results.map((result, i) =>
        el(
          "div",
          {
            attrs: {
              id: `search-option-${i}`,
              role: "option",
              "aria-selected": i === this.active,
              "data-node": result.key,
            },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                this.choose(i);
              },
            },
          },
          el("span", { class: "dot", attrs: { style: `background:${NODE_TYPE_SPECS[result.type].color}` } }),
          el("span", { class: "label" }, result.label),
          result.matchedAlias ? el("span", { class: "alias" }, ` “${result.matchedAlias}”`) : null,
          el("span", { class: "type" }, NODE_TYPE_SPECS[result.type].label),
        ),
      ),
    );
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `search-option-${this.active}`);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!this.results.length) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      this.renderList();
    } else if (event.key === "Enter") {
      if (this.active < 0) this.update();
      if (this.active >= 0) {
        event.preventDefault();
        this.choose(this.active);
      }
    } else if (event.key === "Escape") {
      if (!this.list.hidden) {
        event.stopPropagation();
        this.close();
      } else {
        this.input.blur();
      }
    }
  }

  private choose(index: number): void {
    const result = this.results[index];
    if (!result) return;
    this.close();
    this.actions.choose(result.key);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}

/**
 * The side panel: what a selected node or edge is, and every relation with the sentences that
 * support it. Relations come from the filtered graph (what is on screen); the panel says how many
 * more the filters hide.
 */
import {
  type EdgeAttributes,
  NODE_TYPE_SPECS,
  type NodeAttributes,
  RELATION_TYPE_SPECS,
  RELATION_TYPES,
  type RelationType,
} from "../../schema";
import type { Dataset } from "../data/dataset";
import type { DatasetGraph } from "../data/validate";
import type { Selection } from "../state/view-state";
import { type Child, el, replaceChildren } from "./dom";
import { evidenceItem } from "./evidence";
import { namesPattern } from "./marks";

const PAGE = 25;

export interface PanelActions {
  select(selection: Selection): void;
  showArticle(article: string): void;
}

interface Relation {
  edge: string;
  attrs: EdgeAttributes;
  other: string;
  outgoing: boolean;
}

function names(a: NodeAttributes): string[] {
  return [a.label, ...a.aliases];
}

export class DetailsPanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  render(dataset: Dataset | null, filtered: DatasetGraph | null, selection: Selection): void {
    this.root.hidden = selection.kind === "none" || !dataset;
    if (!dataset || !filtered || selection.kind === "none") {
      replaceChildren(this.root);
      return;
    }
    const body =
      selection.kind === "node"
        ? this.nodeView(dataset, filtered, selection.key)
        : this.edgeView(dataset, filtered, selection.key);
    replaceChildren(
      this.root,
      el(
        "button",
        {
          class: "close",
          attrs: { type: "button", "aria-label": "Close panel (Esc)" },
          on: { click: () => this.actions.select({ kind: "none" }) },
        },
        "×",
      ),
      ...body,
    );
    this.root.scrollTop = 0;
  }

  private nodeLink(dataset: Dataset, key: string): HTMLElement {
    const a = dataset.graph.getNodeAttributes(key);
    return el(
      "button",
      {
        class: "node-link",
        attrs: { type: "button", "data-node": key },
        title: `${NODE_TYPE_SPECS[a.type].label}: select`,
        on: { click: () => this.actions.select({ kind: "node", key }) },
      },
      el("span", { class: "dot", attrs: { style: `background:${NODE_TYPE_SPECS[a.type].color}` } }),
      a.label,
    );
  }

  private articleList(dataset: Dataset, ids: string[]): HTMLElement {
    return el(
      "ul",
      { class: "articles" },
      ...ids.map((id) => {
        const info = dataset.articles.get(id);
        return el(
          "li",
          null,
          el(
            "button",
            {
              class: "linkish",
              attrs: { type: "button" },
              title: "Show only what this article supports",
              on: { click: () => this.actions.showArticle(id) },
            },
            info?.title ?? id,
          ),
          info?.date ? el("span", { class: "muted" }, ` ${info.date.slice(0, 10)}`) : null,
        );
      }),
    );
  }

  private nodeView(dataset: Dataset, filtered: DatasetGraph, key: string): Child[] {
    const a = dataset.graph.getNodeAttributes(key);
    const spec = NODE_TYPE_SPECS[a.type];
    const visible = filtered.hasNode(key);
    const relations = new Map<RelationType, Relation[]>();
    if (visible) {
      filtered.forEachOutEdge(key, (edge, attrs, _s, target) => {
        pushRelation(relations, { edge, attrs, other: target, outgoing: true });
      });
      filtered.forEachInEdge(key, (edge, attrs, source) => {
        pushRelation(relations, { edge, attrs, other: source, outgoing: false });
      });
    }
    const shown = visible ? filtered.degree(key) : 0;
    const hidden = dataset.graph.degree(key) - shown;
    const facts: Child[] = [
      `${a.mentions} mention${a.mentions === 1 ? "" : "s"}`,
      ` · ${a.articles.length} article${a.articles.length === 1 ? "" : "s"}`,
      ` · ${dataset.graph.degree(key)} relation${dataset.graph.degree(key) === 1 ? "" : "s"}`,
      a.date ? ` · ${a.date}` : null,
      a.lat !== undefined && a.lng !== undefined ? ` · ${a.lat.toFixed(3)}, ${a.lng.toFixed(3)}` : null,
    ];
    const groups: Child[] = RELATION_TYPES.filter((t) => relations.has(t)).map((type) =>
      this.relationGroup(dataset, key, type, relations.get(type)!),
    );
    const nodeNames = namesPattern(names(a));
    return [
      el("p", { class: "chip", attrs: { style: `--chip:${spec.color}` } }, spec.label),
      el("h2", { attrs: { id: "panel-title" } }, a.label),
      a.description ? el("p", { class: "description" }, a.description) : null,
      el("p", { class: "facts muted" }, ...facts),
      !visible ? el("p", { class: "notice" }, "Hidden by the current filters.") : null,
      a.aliases.length
        ? el(
            "section",
            null,
            el("h3", null, "Also written"),
            el("p", { class: "aliases" }, a.aliases.filter((x) => x !== a.label).join(" · ")),
          )
        : null,
      a.articles.length
        ? el("section", null, el("h3", null, "Articles"), this.articleList(dataset, a.articles))
        : null,
      el(
        "section",
        { class: "relations" },
        el("h3", null, "Relations"),
        groups.length ? null : el("p", { class: "muted" }, "No relations on screen."),
        ...groups,
        hidden > 0 ? el("p", { class: "notice" }, `${hidden} more hidden by the current filters.`) : null,
      ),
      a.evidence.length
        ? el(
            "details",
            { class: "mentions" },
            el("summary", null, `Where it is mentioned (${a.evidence.length})`),
            el(
              "ol",
              { class: "evidence-list" },
              ...a.evidence.map((e) => evidenceItem(dataset, e, nodeNames)),
            ),
          )
        : null,
    ];
  }

  private relationGroup(dataset: Dataset, node: string, type: RelationType, list: Relation[]): HTMLElement {
    const spec = RELATION_TYPE_SPECS[type];
    list.sort((x, y) => y.attrs.weight - x.attrs.weight);
    const items = el("ul", { class: "relation-list" });
    const renderSome = (from: number) => {
      for (const relation of list.slice(from, from + PAGE))
        items.appendChild(this.relationItem(dataset, node, relation));
      if (from + PAGE < list.length) {
        const more: HTMLButtonElement = el(
          "button",
          {
            class: "more",
            attrs: { type: "button" },
            on: {
              click: () => {
                more.remove();
                renderSome(from + PAGE);
              },
            },
          },
          `Show ${Math.min(PAGE, list.length - from - PAGE)} more of ${list.length - from - PAGE}`,
        );
        items.appendChild(el("li", null, more));
      }
    };
    renderSome(0);
    return el(
      "section",
      { class: "relation-group", attrs: { "data-relation": type, style: `--rel:${spec.color}` } },
      el(
        "h4",
        null,
        el("span", { class: "swatch" }),
        spec.label,
        el("span", { class: "count" }, String(list.length)),
      ),
      items,
    );
  }

  private relationItem(dataset: Dataset, node: string, relation: Relation): HTMLElement {
    const spec = RELATION_TYPE_SPECS[relation.attrs.type];
    const self = dataset.graph.getNodeAttributes(node);
    const other = dataset.graph.getNodeAttributes(relation.other);
    const pattern = namesPattern([...names(self), ...names(other)]);
    const sentence = relation.outgoing
      ? el("span", { class: "direction" }, "→ ", spec.verb, " ", this.nodeLink(dataset, relation.other))
      : el(
          "span",
          { class: "direction" },
          "← ",
          this.nodeLink(dataset, relation.other),
          " ",
          spec.verb,
          " this",
        );
    return el(
      "li",
      { class: "relation", attrs: { "data-edge": relation.edge } },
      el(
        "div",
        { class: "relation-head" },
        sentence,
        el(
          "button",
          {
            class: "linkish weight",
            attrs: { type: "button" },
            title: "Select this relation",
            on: { click: () => this.actions.select({ kind: "edge", key: relation.edge }) },
          },
          `${relation.attrs.evidence.length} sentence${relation.attrs.evidence.length === 1 ? "" : "s"}`,
        ),
      ),
      el(
        "ol",
        { class: "evidence-list" },
        ...relation.attrs.evidence.map((e) => evidenceItem(dataset, e, pattern)),
      ),
    );
  }

  private edgeView(dataset: Dataset, filtered: DatasetGraph, key: string): Child[] {
    const graph = dataset.graph;
    const a = graph.getEdgeAttributes(key);
    const spec = RELATION_TYPE_SPECS[a.type];
    const source = graph.source(key);
    const target = graph.target(key);
    const pattern = namesPattern([
      ...names(graph.getNodeAttributes(source)),
      ...names(graph.getNodeAttributes(target)),
    ]);
    const siblings = graph
      .edges(source, target)
      .concat(graph.edges(target, source))
      .filter((e) => e !== key);
    return [
      el("p", { class: "chip", attrs: { style: `--chip:${spec.color}` } }, `Relation: ${spec.label}`),
      el(
        "h2",
        { attrs: { id: "panel-title" } },
        graph.getNodeAttribute(source, "label"),
        " → ",
        graph.getNodeAttribute(target, "label"),
      ),
      el(
        "p",
        { class: "direction-sentence" },
        this.nodeLink(dataset, source),
        ` ${spec.verb} `,
        this.nodeLink(dataset, target),
      ),
      el(
        "p",
        { class: "facts muted" },
        `${a.weight} supporting sentence${a.weight === 1 ? "" : "s"} · ${a.articles.length} article${a.articles.length === 1 ? "" : "s"}`,
      ),
      !filtered.hasEdge(key) ? el("p", { class: "notice" }, "Hidden by the current filters.") : null,
      el(
        "section",
        null,
        el("h3", null, "Evidence"),
        el("ol", { class: "evidence-list" }, ...a.evidence.map((e) => evidenceItem(dataset, e, pattern))),
      ),
      a.articles.length
        ? el("section", null, el("h3", null, "Articles"), this.articleList(dataset, a.articles))
        : null,
      siblings.length
        ? el(
            "section",
            null,
            el("h3", null, "Other relations between them"),
            el(
              "ul",
              { class: "siblings" },
              ...siblings.map((edge) => {
                const s = graph.getEdgeAttributes(edge);
                return el(
                  "li",
                  null,
                  el(
                    "button",
                    {
                      class: "linkish",
                      attrs: { type: "button" },
                      on: { click: () => this.actions.select({ kind: "edge", key: edge }) },
                    },
                    `${graph.getNodeAttribute(graph.source(edge), "label")} ${RELATION_TYPE_SPECS[s.type].verb} ${graph.getNodeAttribute(graph.target(edge), "label")}`,
                  ),
                );
              }),
            ),
          )
        : null,
    ];
  }
}

function pushRelation(map: Map<RelationType, Relation[]>, relation: Relation): void {
  const list = map.get(relation.attrs.type);
  if (list) list.push(relation);
  else map.set(relation.attrs.type, [relation]);
}

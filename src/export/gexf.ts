/**
 * GEXF 1.3 through graphology-gexf, the maintained writer: typed attributes are declared from the
 * schema's attribute list, viz colour/size/position come from the node attributes, and each edge is
 * labelled with its relation type. Lists (aliases, articles) are joined with `|`; evidence is
 * written as JSON text so nothing is lost for tools that read it back.
 *
 * Two things the writer does not do on its own: GEXF 1.3's `<meta>` only allows creator,
 * description, keywords and lastmodifieddate (any other graph attribute makes the file invalid),
 * characters XML 1.0 forbids (NUL and other controls, lone surrogates) must never reach it, and the
 * RELAX NG schema rejects the xsi:schemaLocation attribute the writer adds.
 */
import { write } from "graphology-gexf";
import type { NewsGraph } from "../graph";
import type { EdgeAttributes, NodeAttributes } from "../schema";
import { xmlSafe } from "./xml-text";

type AttributeValue = string | number | boolean;

const LIST_SEPARATOR = "|";

function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function nodeData(attributes: NodeAttributes): Record<string, AttributeValue> {
  const data: Record<string, AttributeValue> = {
    type: attributes.type,
    aliases: xmlSafe(attributes.aliases.join(LIST_SEPARATOR)),
    mentions: attributes.mentions,
    articles: xmlSafe(attributes.articles.join(LIST_SEPARATOR)),
    evidence: xmlSafe(JSON.stringify(attributes.evidence)),
  };
  if (attributes.date) data.date = xmlSafe(attributes.date);
  const lat = finite(attributes.lat);
  const lng = finite(attributes.lng);
  if (lat !== undefined) data.lat = lat;
  if (lng !== undefined) data.lng = lng;
  if (attributes.description) data.description = xmlSafe(attributes.description);
  return data;
}

function edgeData(attributes: EdgeAttributes): Record<string, AttributeValue> {
  return {
    type: attributes.type,
    weight: attributes.weight,
    articles: xmlSafe(attributes.articles.join(LIST_SEPARATOR)),
    evidence: xmlSafe(JSON.stringify(attributes.evidence)),
  };
}

/**
 * `#rrggbb` as `rgb(r,g,b)`, so the writer emits r/g/b attributes, which GEXF 1.3 allows and
 * readers older than 1.3 (NetworkX, Gephi 0.9) understand, unlike 1.3's `hex`. Anything that is
 * not a hex colour is left out rather than written as an empty, invalid `<viz:color/>`.
 */
export function gexfColor(color: string | undefined): string | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color ?? "")?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const channel = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
  return `rgb(${channel(0)},${channel(2)},${channel(4)})`;
}

/** The graph's metadata as GEXF 1.3 `<meta>` allows it. */
function gexfMeta(graph: NewsGraph): Record<string, string> {
  const { name, generator, builtAt } = graph.getAttributes();
  const meta: Record<string, string> = {};
  if (generator) meta.creator = xmlSafe(generator);
  if (name) meta.description = xmlSafe(name);
  if (builtAt && /^\d{4}-\d{2}-\d{2}/.test(builtAt)) meta.lastModifiedDate = builtAt.slice(0, 10);
  return meta;
}

/** A copy whose keys are XML-safe (slugs always are; this guards keys made some other way). */
function xmlSafeCopy(graph: NewsGraph): NewsGraph {
  const unsafe = (key: string) => xmlSafe(key) !== key;
  if (!graph.someNode(unsafe) && !graph.someEdge(unsafe)) return graph.copy();
  const copy = graph.emptyCopy();
  const used = new Set<string>();
  const rename = (key: string): string => {
    let safe = xmlSafe(key) || "_";
    for (let n = 2; used.has(safe); n++) safe = `${xmlSafe(key)}~${n}`;
    used.add(safe);
    return safe;
  };
  copy.clear();
  const nodeKeys = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    const safe = rename(key);
    nodeKeys.set(key, safe);
    copy.addNode(safe, attributes);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    copy.addDirectedEdgeWithKey(rename(key), nodeKeys.get(source)!, nodeKeys.get(target)!, attributes);
  });
  return copy;
}

/** The GEXF 1.3 RELAX NG schema (the authoritative one) has no room for xsi:schemaLocation. */
function dropSchemaLocation(xml: string): string {
  return xml.replace(/^(<\?xml[^>]*>\s*<gexf[^>]*?) xmlns:xsi="[^"]*" xsi:schemaLocation="[^"]*"/, "$1");
}

export function toGexf(graph: NewsGraph): string {
  const prepared = xmlSafeCopy(graph);
  prepared.replaceAttributes(gexfMeta(graph));
  return dropSchemaLocation(
    write(prepared, {
      version: "1.3",
      pedantic: true,
      formatNode: (_key, attributes) => {
        const a = attributes as NodeAttributes;
        return {
          label: xmlSafe(a.label),
          attributes: nodeData(a),
          viz: { color: gexfColor(a.color), size: finite(a.size), x: finite(a.x), y: finite(a.y) },
        };
      },
      formatEdge: (_key, attributes) => {
        const a = attributes as EdgeAttributes;
        return {
          label: a.type,
          weight: a.weight,
          attributes: edgeData(a),
          viz: { color: gexfColor(a.color ?? "#999999") },
        };
      },
    }),
  );
}

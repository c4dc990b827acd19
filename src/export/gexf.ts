/**
 * GEXF 1.3 through graphology-gexf, the maintained writer: typed attributes are declared from the
 * schema's attribute list, viz colour/size/position come from the node attributes, and each edge is
 * labelled with its relation type. Lists (aliases, articles) become `liststring` values; evidence
 * is written as JSON text so nothing is lost for tools that read it back.
 */
import { write } from "graphology-gexf";
import type { NewsGraph } from "../graph";
import type { EdgeAttributes, NodeAttributes } from "../schema";

type AttributeValue = string | number | boolean;

function nodeData(attributes: NodeAttributes): Record<string, AttributeValue> {
  const data: Record<string, AttributeValue> = {
    type: attributes.type,
    aliases: attributes.aliases.join("|"),
    mentions: attributes.mentions,
    articles: attributes.articles.join("|"),
    evidence: JSON.stringify(attributes.evidence),
  };
  if (attributes.date) data.date = attributes.date;
  if (attributes.lat !== undefined) data.lat = attributes.lat;
  if (attributes.lng !== undefined) data.lng = attributes.lng;
  if (attributes.description) data.description = attributes.description;
  return data;
}

function edgeData(attributes: EdgeAttributes): Record<string, AttributeValue> {
  return {
    type: attributes.type,
    weight: attributes.weight,
    articles: attributes.articles.join("|"),
    evidence: JSON.stringify(attributes.evidence),
  };
}

export function toGexf(graph: NewsGraph): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, attributes) => {
      const a = attributes as NodeAttributes;
      return {
        label: a.label,
        attributes: nodeData(a),
        viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      };
    },
    formatEdge: (_key, attributes) => {
      const a = attributes as EdgeAttributes;
      return { label: a.type, weight: a.weight, attributes: edgeData(a), viz: { color: a.color ?? "#999999" } };
    },
  });
}

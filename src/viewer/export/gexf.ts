/**
 * The filtered graph as GEXF 1.3, with the layout on screen: typed attributes for our schema,
 * relation type as the edge label, lists as GEXF liststrings and evidence as JSON text, so the
 * file opens in Gephi and reopens here unchanged.
 */
import { write } from "graphology-gexf/browser";
import type { EdgeAttributes, NodeAttributes } from "../../schema";
import type { DatasetGraph } from "../data/validate";
import type { Positions } from "../graph/sigma-graph";

type GexfNodeAttributes = {
  type: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  evidence: string;
  date?: string;
  lat?: number;
  lng?: number;
  description?: string;
};

type GexfEdgeAttributes = {
  type: string;
  articles: string[];
  evidence: string;
};

export function toGexf(graph: DatasetGraph, positions: Positions): string {
  return write<NodeAttributes, EdgeAttributes, GexfNodeAttributes, GexfEdgeAttributes>(graph, {
    version: "1.3",
    pretty: true,
    formatNode: (key, a) => {
      const at = positions.get(key) ?? { x: a.x, y: a.y };
      const attributes: GexfNodeAttributes = {
        type: a.type,
        aliases: a.aliases,
        mentions: a.mentions,
        articles: a.articles,
        evidence: JSON.stringify(a.evidence),
      };
      if (a.date) attributes.date = a.date;
      if (a.lat !== undefined) attributes.lat = a.lat;
      if (a.lng !== undefined) attributes.lng = a.lng;
      if (a.description) attributes.description = a.description;
      return { label: a.label, viz: { color: a.color, size: a.size, x: at.x, y: at.y }, attributes };
    },
    formatEdge: (_key, a) => ({
      label: a.type,
      weight: a.weight,
      viz: {},
      attributes: { type: a.type, articles: a.articles, evidence: JSON.stringify(a.evidence) },
    }),
  });
}

/** The entities the pipeline finds in one article's text, as "label:type". */
import { extractArticle } from "../../src/pipeline/extract";

export function entityLabels(text: string, models: boolean): string[] {
  return extractArticle({ id: "t", files: [], text }, { models }).entities.map((e) => `${e.label}:${e.type}`);
}

/** One article of `text` under a headline, as the pipeline extracts it with the models. */
export function extractStory(text: string, headline = "Report") {
  return extractArticle({ id: "t", files: ["t.txt"], text: `${headline}\n\n${text}` }, { models: true });
}

type Extraction = ReturnType<typeof extractStory>;

/** The entities the article's mentions keep, as "label:type". */
export function liveEntities(x: Extraction): string[] {
  return x.entities.filter((e) => e.mentions.length > 0).map((e) => `${e.label}:${e.type}`);
}

/** Relations as "type source -> target" by entity label. */
export function relationLabels(x: Extraction): string[] {
  return x.relations.map((r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`);
}

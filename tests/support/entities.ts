/** The entities the pipeline finds in one article's text, as "label:type". */
import { extractArticle } from "../../src/pipeline/extract";

export function entityLabels(text: string, models: boolean): string[] {
  return extractArticle({ id: "t", files: [], text }, { models }).entities.map((e) => `${e.label}:${e.type}`);
}

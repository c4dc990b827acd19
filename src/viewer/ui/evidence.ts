/**
 * One evidence sentence as the reader needs it: the quote (for `said`), the sentence with the
 * names marked, and the article it came from. Built from text nodes only.
 */
import type { Evidence } from "../../schema";
import type { Dataset } from "../data/dataset";
import { el } from "./dom";
import { markNames } from "./marks";

export function evidenceItem(dataset: Dataset, evidence: Evidence, names: RegExp | null): HTMLLIElement {
  const info = dataset.articles.get(evidence.article);
  const title = info?.title ?? evidence.article;
  const cite = el(
    "cite",
    null,
    info?.url
      ? el("a", { attrs: { href: safeUrl(info.url), target: "_blank", rel: "noopener noreferrer" } }, title)
      : title,
    info?.date ? ` · ${info.date.slice(0, 10)}` : null,
    evidence.source === "gazetteer" ? " · gazetteer" : ` · sentence ${evidence.sentence + 1}`,
  );
  const quote = evidence.quote
    ? el(
        "blockquote",
        { class: evidence.speech === "reported" ? "reported" : "direct" },
        evidence.speech === "reported" ? evidence.quote : `“${evidence.quote}”`,
      )
    : null;
  return el("li", { class: "evidence" }, quote, el("p", null, markNames(evidence.text, names)), cite);
}

/** Only http(s) links from a file become clickable; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "#";
  } catch {
    return "#";
  }
}

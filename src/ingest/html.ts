/**
 * HTML article to plain text plus metadata. Readability (Firefox Reader View's extractor) picks the
 * main content over a linkedom DOM; when it finds none (short pages) the whole body is used.
 * Scripts, styles and other non-text elements are dropped before either path, and block elements
 * become paragraph breaks so the sentence splitter still sees paragraphs. The headline is the
 * first paragraph, as in the plain-text articles.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

const DROPPED =
  "script, style, noscript, template, iframe, object, embed, svg, canvas, head > *:not(title):not(meta):not(link)";

const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
  "TD",
  "TH",
  "CAPTION",
  "DETAILS",
  "SUMMARY",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Reads the `charset` an HTML file declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

function textOf(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).tagName.toUpperCase();
    if (name === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCKS.has(name);
    if (block) parts.push("\n\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push("\n\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function meta(document: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value =
      element?.getAttribute("content") ?? element?.getAttribute("datetime") ?? element?.getAttribute("href");
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

function jsonLdDate(document: Document): string | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    if (match) return match[1];
  }
  return undefined;
}

/** Extracts the main text and metadata of an HTML page (already decoded to a string). */
export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  // Metadata first: JSON-LD lives in a <script> that the cleaning below removes.
  const date =
    meta(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      "time[datetime]",
    ]) ?? jsonLdDate(document);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const metaTitle = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const docTitle = document.querySelector("title")?.textContent?.trim();

  for (const element of Array.from(document.querySelectorAll(DROPPED))) element.remove();
  const body = document.body ?? document.documentElement;

  let text = "";
  let readabilityTitle: string | undefined;
  try {
    // Readability mutates the document, so it runs on a copy: the fallback still has the original.
    const copy = parseHTML(document.toString()).document;
    const parsed = new Readability<Node>(copy as unknown as Document, {
      serializer: (node) => node,
      // Past this many elements it is not an article page; Readability throws and the body is used.
      maxElemsToParse: 50_000,
    }).parse();
    if (parsed?.content) text = textOf(parsed.content);
    readabilityTitle = parsed?.title?.trim() || undefined;
  } catch {
    text = "";
  }
  // The fallback drops page furniture Readability would have dropped.
  for (const element of Array.from(document.querySelectorAll("nav, header, footer, aside, form")))
    element.remove();
  const fallback = body ? textOf(body as unknown as Node) : "";
  // On short pages Readability's scoring is unreliable (it keeps menus or drops paragraphs).
  if (text.length < 200 && fallback.trim() !== "") text = fallback;

  const title = (metaTitle ?? readabilityTitle ?? docTitle)?.replace(/\s+/g, " ");
  // Readability drops the headline from the body; the text articles start with it, so these do too.
  if (title && text !== "" && !text.startsWith(title)) text = `${title}\n\n${text}`;
  const result: HtmlArticle = { text };
  if (title) result.title = title;
  if (date) result.date = date;
  if (url) result.url = url;
  return result;
}

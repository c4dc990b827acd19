/**
 * Reading graph files: fetch by URL or read a user's file, detect JSON or GEXF, parse and validate.
 * Every failure becomes a `GraphFileError` with a message fit for the user.
 */
import Graph from "graphology";
import { GraphFileError, type ValidatedGraph, validateSerializedGraph } from "./validate";

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

function looksLikeXml(text: string): boolean {
  return text.trimStart().startsWith("<");
}

export async function parseGraphText(text: string, fileName = ""): Promise<ValidatedGraph> {
  if (fileName.toLowerCase().endsWith(".gexf") || looksLikeXml(text)) return await parseGexfText(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`This file is neither valid JSON nor GEXF (${(error as Error).message}).`);
  }
  return validateSerializedGraph(json);
}

/** The GEXF reader is loaded when a GEXF file is opened, not before the first frame. */
async function parseGexfText(text: string): Promise<ValidatedGraph> {
  const { parse: parseGexf } = await import("graphology-gexf/browser");
  const xml = new DOMParser().parseFromString(text, "application/xml");
  if (xml.getElementsByTagName("parsererror").length > 0 || xml.documentElement.nodeName !== "gexf") {
    throw new GraphFileError("This GEXF file is not well-formed XML with a <gexf> root.");
  }
  let graph: Graph;
  try {
    graph = parseGexf(Graph, xml, { allowUndeclaredAttributes: true, addMissingNodes: false });
  } catch (error) {
    throw new GraphFileError(`This GEXF file could not be read: ${(error as Error).message}`);
  }
  // GEXF stores the relation as the edge label; the node type as a declared attribute.
  return validateSerializedGraph(graph.export());
}

/**
 * `early` is a fetch of `url` already under way, if the page started one. When its body is already
 * in, the rest (parse, validate, and the caller's first frame) runs in the same task as the caller.
 */
export async function fetchGraph(
  url: string,
  early?: { response: Promise<Response>; text: Promise<string> },
): Promise<ValidatedGraph> {
  let response: Response;
  try {
    response = await (early?.response ?? fetch(url));
  } catch (error) {
    throw new GraphFileError(`Could not fetch the graph at ${url}: ${(error as Error).message}`);
  }
  // Dev servers and static hosts answer a missing file with the app's own HTML page.
  const html = (response.headers.get("content-type") ?? "").includes("text/html");
  if (!response.ok || html) {
    throw new GraphFileError(
      response.status === 404 || html
        ? `No graph at ${url} yet. Build one with “npm run graph”, or open a .json or .gexf file.`
        : `Could not fetch the graph at ${url} (HTTP ${response.status}).`,
    );
  }
  let text: string;
  try {
    text = await (early?.text ?? response.text());
  } catch (error) {
    throw new GraphFileError(`Could not read the graph at ${url}: ${(error as Error).message}`);
  }
  return parseGraphText(text, url.split("?")[0]);
}

export async function readGraphFile(file: File): Promise<ValidatedGraph> {
  if (file.size > MAX_FILE_BYTES) {
    throw new GraphFileError(`“${file.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  }
  const name = file.name.toLowerCase();
  if (!name.endsWith(".json") && !name.endsWith(".gexf")) {
    throw new GraphFileError(`“${file.name}” is not a .json or .gexf file.`);
  }
  return parseGraphText(await file.text(), name);
}

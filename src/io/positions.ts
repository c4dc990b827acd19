/**
 * Node positions of the previous build, so a rebuild keeps the picture the user knows. They are
 * read from a compact side file in `<out>/.cache` when it was written with the current graph.json
 * (same size and modification time); otherwise from graph.json itself (slower: the whole graph).
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { NewsGraph } from "../graph";
import type { Positions } from "../pipeline/layout";
import { writeFileAtomic } from "./atomic-write";

interface PositionsFile {
  graphJson: { size: number; mtimeMs: number };
  keys: string[];
  /** x0, y0, x1, y1, … */
  xy: number[];
}

const sideFile = (out: string) => path.join(out, ".cache", "positions.json");

async function fromGraphJson(file: string): Promise<Positions | undefined> {
  try {
    const data = JSON.parse(await readFile(file, "utf8")) as {
      nodes?: { key: string; attributes?: { x?: number; y?: number } }[];
    };
    const positions: Positions = new Map();
    for (const node of data.nodes ?? []) {
      const { x, y } = node.attributes ?? {};
      if (typeof x === "number" && typeof y === "number") positions.set(node.key, { x, y });
    }
    return positions;
  } catch {
    return undefined;
  }
}

export async function previousPositions(out: string): Promise<Positions | undefined> {
  const graphJson = path.join(out, "graph.json");
  let info: { size: number; mtimeMs: number };
  try {
    info = await stat(graphJson);
  } catch {
    return undefined;
  }
  try {
    const side = JSON.parse(await readFile(sideFile(out), "utf8")) as PositionsFile;
    if (side.graphJson.size === info.size && side.graphJson.mtimeMs === info.mtimeMs) {
      const positions: Positions = new Map();
      side.keys.forEach((key, i) => {
        const x = side.xy[2 * i];
        const y = side.xy[2 * i + 1];
        if (typeof x === "number" && typeof y === "number") positions.set(key, { x, y });
      });
      return positions;
    }
  } catch {
    // No side file, or a damaged one: read graph.json.
  }
  return fromGraphJson(graphJson);
}

/** Call after graph.json is written (without a graph.json, nothing is saved). */
export async function savePositions(out: string, graph: NewsGraph): Promise<void> {
  const info = await stat(path.join(out, "graph.json")).catch(() => undefined);
  if (!info) return;
  const keys: string[] = [];
  const xy: number[] = [];
  graph.forEachNode((key, a) => {
    keys.push(key);
    xy.push(a.x, a.y);
  });
  const content: PositionsFile = { graphJson: { size: info.size, mtimeMs: info.mtimeMs }, keys, xy };
  await writeFileAtomic(sideFile(out), JSON.stringify(content));
}

/**
 * Locating and loading the corpora under `shared/corpora` (never copied into the repository).
 *
 * The directory is found, in order: env `NEWSGRAPH_CORPORA`; `<repo>/../shared/corpora`;
 * `<repo>/../../shared/corpora` (a git worktree one level deeper than the main checkout).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseConllu } from "./conllu";
import { gumSentenceToNer, parseGumSplits } from "./gum";
import { parseJsonLines, type Re3dDocument, type Re3dEntity, re3dToNer } from "./re3d";
import type { NerSentence, TreeSentence } from "./types";
import { readWikigold } from "./wikigold";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** Candidate corpus directories, in the order they are tried. */
export function corpusCandidates(): string[] {
  const env = process.env.NEWSGRAPH_CORPORA;
  const list = [resolve(REPO_ROOT, "../shared/corpora"), resolve(REPO_ROOT, "../../shared/corpora")];
  return env ? [resolve(env), ...list] : list;
}

/** The corpus directory, or null when none of the candidates exists. */
export function findCorpora(): string | null {
  for (const c of corpusCandidates()) if (existsSync(join(c, "ud-ewt"))) return c;
  return null;
}

export function requireCorpora(): string {
  const dir = findCorpora();
  if (!dir)
    throw new Error(`corpora not found; tried ${corpusCandidates().join(", ")} (set NEWSGRAPH_CORPORA)`);
  return dir;
}

export type Split = "train" | "dev" | "test";

export function loadEwt(root: string, split: Split): TreeSentence[] {
  return parseConllu(readFileSync(join(root, "ud-ewt", `en_ewt-ud-${split}.conllu`), "utf8"));
}

function gumFiles(root: string, split: Split): string[] {
  const splits = parseGumSplits(readFileSync(join(root, "gum", "splits.md"), "utf8"));
  const held = new Set([...(splits.dev ?? []), ...(splits.test ?? []), ...(splits.test2 ?? [])]);
  const dir = join(root, "gum", "dep");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".conllu"))
    .sort();
  return files.filter((f) => {
    const name = f.replace(/\.conllu$/, "");
    if (split === "train") return !held.has(name);
    return splits[split]?.has(name) ?? false;
  });
}

export function loadGumTrees(root: string, split: Split): TreeSentence[] {
  const dir = join(root, "gum", "dep");
  return gumFiles(root, split).flatMap((f) =>
    parseConllu(readFileSync(join(dir, f), "utf8"), f.replace(/\.conllu$/, "")),
  );
}

export function loadGumNer(root: string, split: Split): NerSentence[] {
  return loadGumTrees(root, split).map((s) => gumSentenceToNer(s));
}

/** wikigold split by document: every 5th document (index % 5 === 4) is held out as test. */
export function loadWikigold(root: string, split: "train" | "test"): NerSentence[] {
  const all = readWikigold(readFileSync(join(root, "wikigold", "wikigold.conll.txt"), "utf8"));
  return all.filter((s) => {
    const n = Number.parseInt(s.doc.replace(/^wikigold-/, ""), 10);
    return split === "test" ? n % 5 === 4 : n % 5 !== 4;
  });
}

/** re3d subsets in a fixed order; documents sorted by id, every 5th held out as test. */
export function loadRe3d(root: string, split: "train" | "test"): NerSentence[] {
  const base = join(root, "re3d");
  const subsets = readdirSync(base)
    .filter((d) => existsSync(join(base, d, "documents.json")))
    .sort();
  const out: NerSentence[] = [];
  for (const sub of subsets) {
    const docs = parseJsonLines<Re3dDocument>(readFileSync(join(base, sub, "documents.json"), "utf8")).sort(
      (a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0),
    );
    const ents = parseJsonLines<Re3dEntity>(readFileSync(join(base, sub, "entities.json"), "utf8"));
    const chosen = docs.filter((_, i) => (split === "test" ? i % 5 === 4 : i % 5 !== 4));
    out.push(...re3dToNer(chosen, ents, `re3d/${sub}`));
  }
  return out;
}

/** BBC article texts, sorted by path, exact duplicates removed. */
export function readBbc(root: string): string[] {
  const base = join(root, "bbc");
  const seen = new Set<string>();
  const out: string[] = [];
  for (const cat of readdirSync(base).sort()) {
    const dir = join(base, cat);
    if (!existsSync(dir) || cat.includes(".")) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".txt")) continue;
      const text = readFileSync(join(dir, f), "latin1");
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}

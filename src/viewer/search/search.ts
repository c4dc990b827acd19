/**
 * Autocomplete over labels and aliases. Each name is folded twice (see normalise.ts) once, at
 * load; a query is a linear scan over those strings, which stays in the low milliseconds at 50k
 * nodes and needs no index structure to keep in sync.
 */
import type { NodeType } from "../../schema";
import { fold, phonetic } from "../data/normalise";
import type { DatasetGraph } from "../data/validate";

interface SearchEntry {
  key: string;
  label: string;
  type: NodeType;
  mentions: number;
  names: string[];
  folded: string[];
  phonetic: string[];
}

export interface SearchIndex {
  entries: SearchEntry[];
}

export interface SearchResult {
  key: string;
  label: string;
  type: NodeType;
  /** The alias that matched when it is not the label, to show why a result is there. */
  matchedAlias: string | null;
  score: number;
}

export function buildSearchIndex(graph: DatasetGraph): SearchIndex {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    const names = [a.label, ...a.aliases.filter((alias) => alias !== a.label)];
    entries.push({
      key,
      label: a.label,
      type: a.type,
      mentions: a.mentions,
      names,
      folded: names.map(fold),
      phonetic: names.map(phonetic),
    });
  });
  return { entries };
}

/** 3: whole name, 2: starts the name, 1: starts a word, 0.5: inside a word. */
function matchScore(haystack: string, needle: string): number {
  if (haystack === needle) return 3;
  const at = haystack.indexOf(needle);
  if (at < 0) return 0;
  if (at === 0) return 2;
  return haystack[at - 1] === " " ? 1 : 0.5;
}

export function search(
  index: SearchIndex,
  query: string,
  limit = 12,
  accept: (key: string) => boolean = () => true,
): SearchResult[] {
  const f = fold(query);
  if (!f) return [];
  const p = phonetic(query);
  const results: SearchResult[] = [];
  for (const entry of index.entries) {
    let best = 0;
    let bestName = 0;
    for (let i = 0; i < entry.names.length; i++) {
      // Exact-spelling matches rank above transliteration matches.
      const s = Math.max(matchScore(entry.folded[i]!, f) + 0.25, matchScore(entry.phonetic[i]!, p));
      if (s > best) {
        best = s;
        bestName = i;
      }
    }
    if (best <= 0.25 || !accept(entry.key)) continue;
    results.push({
      key: entry.key,
      label: entry.label,
      type: entry.type,
      matchedAlias: bestName === 0 ? null : entry.names[bestName]!,
      score: best + Math.log10(1 + entry.mentions) / 10,
    });
  }
  results.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return results.slice(0, limit);
}

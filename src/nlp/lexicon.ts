/**
 * Common English words learned from the UD treebanks (scripts/build-lexicon.ts): words used as
 * nouns, verbs, adjectives or adverbs more often than as names. A capitalised common word at the
 * start of a sentence ("Analysts said…") is not a name on that evidence alone.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

let words: ReadonlySet<string> | undefined;

export function commonWords(): ReadonlySet<string> {
  if (!words) {
    const file = fileURLToPath(new URL("../../models/lexicon/common-words.txt", import.meta.url));
    words = new Set(readFileSync(file, "utf8").split("\n").filter(Boolean));
  }
  return words;
}

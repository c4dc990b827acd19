/**
 * Part-of-speech tags of a sentence's words, remembered: the recogniser's hints tag a sentence
 * while mentions are found, and the parse-based relation reader tags the same sentence again
 * later in the same article. Bounded, so a long run keeps only recent sentences.
 */
import { loadTagger } from "../models";

const LIMIT = 4096;
const known = new Map<string, string[]>();

export function sentenceTags(words: readonly string[]): string[] {
  const key = words.join("\u0000");
  let tags = known.get(key);
  if (tags === undefined) {
    tags = loadTagger().tag([...words]);
    if (known.size >= LIMIT) known.clear();
    known.set(key, tags);
  }
  return tags;
}

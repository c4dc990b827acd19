/**
 * `npm run lexicon`: learns which English words are common words rather than names, from the UD
 * English EWT and GUM treebanks in ../shared/corpora, and writes models/lexicon/common-words.txt.
 * A word is common when the treebanks tag it as a noun, verb, adjective or adverb more often than
 * as a proper noun, at least twice. The mention finder uses it to keep "Analysts said…" or
 * "Houses were destroyed" from becoming names at the start of a sentence.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../src/io/atomic-write";
import { fail, write } from "./cli";

const shared = path.resolve(import.meta.dirname, "../../shared/corpora");
const output = path.resolve(import.meta.dirname, "../models/lexicon/common-words.txt");
const files = [
  path.join(shared, "ud-ewt/en_ewt-ud-train.conllu"),
  ...readdirSync(path.join(shared, "gum/dep"))
    .filter((f) => f.endsWith(".conllu"))
    .map((f) => path.join(shared, "gum/dep", f)),
];

const common = new Map<string, number>();
const proper = new Map<string, number>();
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(`${file}: cannot read (${(error as Error).message})`);
  }
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const columns = line.split("\t");
    const form = columns[1];
    const tag = columns[3];
    if (!form || !tag || !/^\p{L}[\p{L}'-]*$/u.test(form)) continue;
    const key = form.toLowerCase();
    const counts =
      tag === "PROPN" ? proper : ["NOUN", "VERB", "ADJ", "ADV"].includes(tag) ? common : undefined;
    counts?.set(key, (counts.get(key) ?? 0) + 1);
  }
}
const words = [...common.entries()]
  .filter(([word, n]) => n >= 2 && n > (proper.get(word) ?? 0) && word.length > 1)
  .map(([word]) => word)
  .sort();
await writeFileAtomic(output, `${words.join("\n")}\n`);
write(
  `${words.length} common words from ${files.length} treebank files → ${path.relative(process.cwd(), output)}`,
);

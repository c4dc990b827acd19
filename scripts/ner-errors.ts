/**
 * Error analysis of the recogniser on the held-out corpora: every missed gold span and every
 * spurious prediction, classified as
 *   type           right span, wrong type
 *   FN-boundary    overlapping prediction of the right type, wrong edges
 *   FN-boundary+type  overlapping prediction, wrong edges and type
 *   FN-missed      nothing predicted there
 *   FP-spurious    prediction overlapping no gold span (and no ignored region)
 *
 *   npx tsx scripts/ner-errors.ts [--dir MODELS] [--corpus gum|wikigold|re3d] [--list]
 */
import { loadGumNer, loadRe3d, loadWikigold, requireCorpora } from "../src/corpora/index";
import type { NerSentence, Span } from "../src/corpora/types";
import { loadRecognizer, loadTagger } from "../src/models/index";

const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = argValue("--dir");
const onlyCorpus = argValue("--corpus");
const list = args.includes("--list");
const root = requireCorpora();
const sets: Record<string, () => NerSentence[]> = {
  gum: () => loadGumNer(root, "test"),
  wikigold: () => loadWikigold(root, "test"),
  re3d: () => loadRe3d(root, "test"),
};
const recognizer = loadRecognizer(dir);
const tagger = loadTagger(dir);
const key = (x: Span): string => `${x.start}:${x.end}:${x.type}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

for (const [name, load] of Object.entries(sets)) {
  if (onlyCorpus && name !== onlyCorpus) continue;
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const s of load()) {
    const pred = recognizer.recognize(s.tokens, tagger.tag(s.tokens));
    const goldKeys = new Set(s.spans.map(key));
    const predKeys = new Set(pred.map(key));
    const text = (x: Span): string => s.tokens.slice(x.start, x.end).join(" ");
    const sentence = s.tokens.join(" ");
    for (const g of s.spans) {
      if (predKeys.has(key(g))) continue;
      const near = pred.filter((p) => overlaps(p, g));
      const kind = !near.length
        ? "FN-missed"
        : near.some((p) => p.start === g.start && p.end === g.end)
          ? "type"
          : near.some((p) => p.type === g.type)
            ? "FN-boundary"
            : "FN-boundary+type";
      counts[`${kind} ${g.type}`] = (counts[`${kind} ${g.type}`] ?? 0) + 1;
      const got = near.map((p) => `${p.type}[${text(p)}]`).join(",");
      lines.push(`${kind}\tgold ${g.type}[${text(g)}] pred ${got}\t| ${sentence}`);
    }
    for (const p of pred) {
      if (goldKeys.has(key(p)) || s.spans.some((g) => overlaps(p, g))) continue;
      if ((s.ignore ?? []).some((r) => overlaps(p, r))) continue;
      counts[`FP-spurious ${p.type}`] = (counts[`FP-spurious ${p.type}`] ?? 0) + 1;
      lines.push(`FP-spurious\tpred ${p.type}[${text(p)}]\t| ${sentence}`);
    }
  }
  process.stdout.write(`== ${name}\n`);
  for (const [k, v] of Object.entries(counts).sort()) process.stdout.write(`  ${k}: ${v}\n`);
  if (list) process.stdout.write(`${lines.sort().join("\n")}\n`);
}

import { extractArticle } from "../src/pipeline/extract";
for (const n of [10_000, 20_000, 40_000, 80_000]) {
  const text = `Kyiv said ${"and then, ".repeat(n)}stop.`;
  const t = performance.now();
  extractArticle({ id: "a", files: ["a"], text });
  process.stdout.write(`${text.length} chars: ${Math.round(performance.now() - t)}ms\n`);
}
for (const n of [1000, 2000, 4000, 8000]) {
  const text = Array.from({ length: n }, (_, i) => ["Kyiv", "Olena", "Petrenko", "Ministry", "Zorya"][i % 5]).join(" ") + ".";
  const t = performance.now();
  extractArticle({ id: "a", files: ["a"], text });
  process.stdout.write(`${n} capitalised words: ${Math.round(performance.now() - t)}ms\n`);
}
for (const n of [500, 1000, 2000, 4000]) {
  const text = '"'.repeat(n) + "Zelensky said" + '"'.repeat(n);
  const t = performance.now();
  extractArticle({ id: "a", files: ["a"], text });
  process.stdout.write(`${n} quotes: ${Math.round(performance.now() - t)}ms\n`);
}

/** Watch mode's read memo: unchanged files are taken from it, changed and removed ones are not. */
import { mkdtempSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ReadMemo, readArticles } from "../../src/pipeline/ingest";

describe("readArticles with a memo", () => {
  it("gives the same articles, reads a changed file again and forgets a removed one", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-memo-"));
    writeFileSync(path.join(dir, "a.txt"), "Anna Berg visited Velmora on Monday.\n");
    writeFileSync(path.join(dir, "b.md"), "# Talks\n\nTalks resumed in Ostrava.\n");
    writeFileSync(path.join(dir, "c.txt"), "Caf\u00e9 owners met in Brno.\n");
    const memo = new Map<string, ReadMemo>();
    const first = await readArticles(dir, { memo });
    expect([...memo.keys()].sort()).toEqual(["a.txt", "b.md", "c.txt"]);
    const again = await readArticles(dir, { memo });
    expect(again.articles).toEqual(first.articles);
    // The memo is what answers: a stale entry with the file's own stat is believed.
    const a = memo.get("a.txt")!;
    memo.set("a.txt", { ...a, extracted: { text: "From the memo." } });
    expect((await readArticles(dir, { memo })).articles.find((x) => x.id === "a")!.text).toBe(
      "From the memo.",
    );
    // A changed file (other size and time) is read again.
    writeFileSync(path.join(dir, "a.txt"), "Anna Berg left Velmora on Tuesday after the talks.\n");
    utimesSync(path.join(dir, "a.txt"), new Date(), new Date(Date.now() + 5000));
    const changed = await readArticles(dir, { memo });
    expect(changed.articles.find((x) => x.id === "a")!.text).toContain("left Velmora");
    unlinkSync(path.join(dir, "c.txt"));
    await readArticles(dir, { memo });
    expect(memo.has("c.txt")).toBe(false);
  });
});

/** The progress bar: silent when stderr is not a terminal, a bar with ETA when it is. */
import { describe, expect, it } from "vitest";
import { progressBar } from "../../scripts/progress";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 100,
    write: (chunk: string) => {
      written.push(chunk);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

const article = (index: number, total: number) =>
  ({ kind: "article", index, total, id: `a${index}`, entities: 1, relations: 0, cached: false }) as const;

describe("progress bar", () => {
  it("writes nothing when the stream is not a terminal", () => {
    const { stream, written } = fakeStream(false);
    const bar = progressBar(stream);
    bar.update(article(0, 10));
    bar.update({ kind: "stage", stage: "merge" });
    bar.clear();
    expect(written).toEqual([]);
  });

  it("draws a bar with the count and an ETA on a terminal, and clears it", () => {
    const { stream, written } = fakeStream(true);
    const bar = progressBar(stream);
    bar.update(article(4, 10));
    expect(written.at(-1)).toMatch(/\[#+-+\] 5\/10 articles 50% .*ETA/);
    bar.update({ kind: "stage", stage: "layout" });
    expect(written.at(-1)).toContain("layout");
    bar.clear();
    expect(written.at(-1)).toBe("\r\x1b[K");
  });
});

/**
 * `npm run annotate -- FILE.jsonl` (or JSON lines on stdin): for each `{"id","text"}` line print
 * `{"id","entities":[…],"relations":[…]}` with character offsets into text. A bad line is reported
 * on stderr with its line number and skipped; the exit code is 2 when any line was skipped.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { annotate } from "../src/annotate";
import { fail, parseFlags, write } from "./cli";

const flags = parseFlags(process.argv.slice(2), []);
const file = flags.positional[0];
if (!file && process.stdin.isTTY)
  fail("usage: npm run annotate -- FILE.jsonl   (or pipe JSON lines on stdin)");
const input = file ? createReadStream(file) : process.stdin;
input.on("error", (error: Error) => fail(`${file}: ${error.message}`));
let lineNumber = 0;
let skipped = 0;
const where = file ?? "stdin";
for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
  lineNumber++;
  if (line.trim() === "") continue;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    process.stderr.write(`warning: ${where}:${lineNumber}: not valid JSON, skipped\n`);
    skipped++;
    continue;
  }
  const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
  if (typeof text !== "string") {
    process.stderr.write(`warning: ${where}:${lineNumber}: no "text" string, skipped\n`);
    skipped++;
    continue;
  }
  write(
    JSON.stringify(
      annotate(typeof id === "string" || typeof id === "number" ? String(id) : String(lineNumber), text, {
        models: !flags.switches.has("no-models"),
      }),
    ),
  );
}
process.exit(skipped > 0 ? 2 : 0);

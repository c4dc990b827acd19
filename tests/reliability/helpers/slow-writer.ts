/**
 * Child process for the atomic-output test: writes a build's outputs with `writeOutputsAtomic`
 * and is killed by the test part way. Usage: slow-writer.ts <outDir> <label> <megabytes> [pause]
 * It says START on stdout just before writing. With `pause`, it stops after the temp files are written (before any rename), says READY on
 * stdout and waits to be killed.
 */
import { writeOutputsAtomic } from "../../../src/io/atomic-write";

const [outDir, label, megabytes, mode] = process.argv.slice(2);
if (!outDir || !label || !megabytes) {
  process.stderr.write("usage: slow-writer.ts <outDir> <label> <megabytes> [pause]\n");
  process.exit(2);
}
const body = `${label}:`.padEnd(Number(megabytes) * 1024 * 1024, label.slice(0, 1));
const files = { "graph.json": body, "graph.gexf": body, "neo4j/nodes.csv": body };

process.stdout.write("START\n");
await writeOutputsAtomic(outDir, files, {
  beforeRename:
    mode === "pause"
      ? () =>
          new Promise<void>(() => {
            process.stdout.write("READY\n");
            setInterval(() => {}, 1000);
          })
      : undefined,
});
process.stdout.write("DONE\n");

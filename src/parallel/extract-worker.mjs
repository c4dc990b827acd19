// Worker bootstrap: the worker runs TypeScript source, so register tsx's loader first. Works the
// same whether the parent runs under tsx (`npm run graph`), vitest, or plain node with tsx present.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");

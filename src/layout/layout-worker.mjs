// Worker bootstrap: the worker runs TypeScript source, so register tsx's loader first (see
// src/parallel/extract-worker.mjs).
import { register } from "tsx/esm/api";

register();
await import("./layout-worker.ts");

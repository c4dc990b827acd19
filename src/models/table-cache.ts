/**
 * Decoded model files kept on disk, look-up tables and all. Reading a model file means gunzipping
 * it (the parser's 4.5 MB: ~35 ms), undoing its key deltas and building the tables it is scored
 * through (the parser's transition and label tables: ~75 ms; two to three times that in a worker
 * thread, whose JIT settings leave such run-once loops unoptimised, see jit-tuning.ts). Every
 * worker and every fresh process did all of it again. Here the result is written once,
 * uncompressed, to `node_modules/.cache/newsgraph/`, and read back later as views of one buffer.
 *
 * A cached file is named after a hash of the model file's bytes, the tables asked for and the
 * tables' layout (`layoutFingerprint`: small tables built from fixed weights), so a retrained
 * model, a changed table layout or another request makes a fresh file, never a stale read.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InlineTable } from "./inline-table";
import { decodeModels, LinearModel, type ModelFile } from "./perceptron";
import { SparseTable } from "./sparse-table";

export type TableKind = "sparse" | "inline";

/** Bumped when the cached file's own layout changes. */
const CACHE_FORMAT = 1;
const MAGIC = 0x4354474e; // "NGTC"

type Numbers = Uint32Array | Int32Array | Int16Array;
const ARRAY_TYPES = { u32: Uint32Array, i32: Int32Array, i16: Int16Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;

/** Where an array lies: its offset in bytes from the start of the data section (a multiple of 8). */
interface ArrayRef {
  type: ArrayType;
  offset: number;
  length: number;
}

interface CachedModel {
  nClasses: number;
  scale: number;
  keys: ArrayRef;
  weights: ArrayRef;
  sparse?: { nClasses: number; mask: number; zeroRow: number; slots: ArrayRef; pairs: ArrayRef };
  inline?: { nClasses: number; stride: number; mask: number; slots: ArrayRef; zeroRow: ArrayRef | null };
}

interface CachedHeader {
  meta: unknown;
  models: CachedModel[];
}

export function defaultTableCacheDir(): string {
  return fileURLToPath(new URL("../../node_modules/.cache/newsgraph/", import.meta.url));
}

let fingerprint: string | undefined;

/** A hash of tables built from fixed weights: changes whenever the tables' layout does. */
export function layoutFingerprint(): string {
  if (fingerprint === undefined) {
    const keys = Uint32Array.from([0, 1, 7, 1025, 4_000_000_000]);
    const weights = Int16Array.from({ length: keys.length * 3 }, (_, k) => ((k * 7919) % 5) - 2);
    const model = new LinearModel(3, keys, { weights, scale: 1 });
    const hash = createHash("sha1");
    const sparse = SparseTable.build(keys, weights, 3).parts();
    const inline = InlineTable.build(model).parts();
    hash.update(
      JSON.stringify([sparse.nClasses, sparse.mask, sparse.zeroRow, inline.nClasses, inline.stride]),
    );
    hash.update(JSON.stringify([inline.mask, inline.zeroRow ? [...inline.zeroRow] : null]));
    for (const a of [sparse.slots, sparse.pairs, inline.slots])
      hash.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    fingerprint = hash.digest("hex");
  }
  return fingerprint;
}

function cacheFileOf(
  file: string,
  bytes: Uint8Array,
  tables: readonly (readonly TableKind[])[],
  dir: string,
) {
  const key = createHash("sha1")
    .update(`${CACHE_FORMAT}\n${layoutFingerprint()}\n${JSON.stringify(tables)}\n`)
    .update(bytes)
    .digest("hex")
    .slice(0, 16);
  const stem = `model-tables-${path.basename(file).replace(/\.bin\.gz$/, "")}`;
  return { path: path.join(dir, `${stem}-${key}.bin`), stem };
}

/**
 * The models of a model file, with the tables `tables[i]` lists built for model i: from the cache
 * when it holds them, else decoded and built here and cached for the next process (a cache folder
 * that cannot be written only costs the speed-up).
 */
export function readModelFile<H>(
  file: string,
  tables: readonly (readonly TableKind[])[],
  dir = defaultTableCacheDir(),
): ModelFile<H> {
  const shared = sharedFiles.get(sharedKey(file, tables, dir));
  if (shared) {
    const hit = readCachedBytes<H>(new Uint8Array(shared.bytes));
    if (hit) return hit;
  }
  const bytes = readFileSync(file);
  const cached = cacheFileOf(file, bytes, tables, dir);
  const hit = readCached<H>(cached.path);
  if (hit) return hit;
  const decoded = decodeModels<H>(bytes);
  decoded.models.forEach((model, i) => {
    for (const kind of tables[i] ?? []) {
      if (kind === "sparse") model.sparseTable();
      else model.inlineTable();
    }
  });
  try {
    writeCached(cached.path, decoded);
    for (const name of readdirSync(dir))
      if (name.startsWith(`${cached.stem}-`) && name.endsWith(".bin") && name !== path.basename(cached.path))
        rmSync(path.join(dir, name), { force: true });
  } catch {
    // A read-only install: the decoded models serve this process all the same.
  }
  return decoded;
}

function writeCached(target: string, decoded: ModelFile<unknown>): void {
  const pieces: Numbers[] = [];
  let offset = 0; // within the data section, fixed up once the header's length is known
  const ref = (array: Numbers): ArrayRef => {
    const type: ArrayType =
      array instanceof Uint32Array ? "u32" : array instanceof Int32Array ? "i32" : "i16";
    const at = offset;
    pieces.push(array);
    offset += Math.ceil(array.byteLength / 8) * 8;
    return { type, offset: at, length: array.length };
  };
  const models: CachedModel[] = decoded.models.map((model) => {
    if (!model.stored) throw new Error("only models read from a file are cached");
    const { sparse, inline } = model.builtTables();
    const s = sparse?.parts();
    const t = inline?.parts();
    return {
      nClasses: model.nClasses,
      scale: model.stored.scale,
      keys: ref(model.keys),
      weights: ref(model.stored.weights),
      ...(s
        ? {
            sparse: {
              nClasses: s.nClasses,
              mask: s.mask,
              zeroRow: s.zeroRow,
              slots: ref(s.slots),
              pairs: ref(s.pairs),
            },
          }
        : {}),
      ...(t
        ? {
            inline: {
              nClasses: t.nClasses,
              stride: t.stride,
              mask: t.mask,
              slots: ref(t.slots),
              zeroRow: t.zeroRow ? ref(t.zeroRow) : null,
            },
          }
        : {}),
    };
  });
  // The data section starts at the first multiple of 8 after the header; offsets count from it.
  const header = Buffer.from(JSON.stringify({ meta: decoded.header, models } satisfies CachedHeader));
  const dataStart = Math.ceil((8 + header.length) / 8) * 8;
  const head = Buffer.alloc(dataStart, 0x20); // JSON ignores the trailing spaces
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(header.length, 4);
  header.copy(head, 8);
  const body: Uint8Array[] = [head];
  for (const array of pieces) {
    body.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    const pad = Math.ceil(array.byteLength / 8) * 8 - array.byteLength;
    if (pad > 0) body.push(new Uint8Array(pad));
  }
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    writeFileSync(temp, Buffer.concat(body));
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The cached models, or undefined when there is no usable file (absent, cut short, foreign). */
function readCached<H>(file: string): ModelFile<H> | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return readCachedBytes(bytes);
}

/** The models of a cached file's bytes, or undefined when they are not one (cut short, foreign). */
function readCachedBytes<H>(bytes: Uint8Array): ModelFile<H> | undefined {
  // Typed views need aligned offsets; a file read into a pooled buffer is copied once.
  if (bytes.byteOffset % 8 !== 0) bytes = Uint8Array.prototype.slice.call(bytes);
  const buffer = bytes.buffer;
  try {
    const data = new DataView(buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 8 || data.getUint32(0, true) !== MAGIC) return undefined;
    const length = data.getUint32(4, true);
    const dataStart = Math.ceil((8 + length) / 8) * 8;
    const view = (r: ArrayRef): Numbers => {
      const Type = ARRAY_TYPES[r.type];
      if (!Type || r.offset % 8 !== 0 || !(r.length >= 0)) throw new Error("bad array");
      const start = dataStart + r.offset;
      if (start + r.length * Type.BYTES_PER_ELEMENT > bytes.byteLength) throw new Error("cut short");
      return new Type(buffer as ArrayBuffer, bytes.byteOffset + start, r.length);
    };
    const header = JSON.parse(
      Buffer.from(buffer, bytes.byteOffset + 8, length).toString("utf8"),
    ) as CachedHeader;
    const models = header.models.map((m) => {
      const model = new LinearModel(m.nClasses, view(m.keys) as Uint32Array, {
        weights: view(m.weights) as Int16Array,
        scale: m.scale,
      });
      model.adoptTables({
        ...(m.sparse
          ? {
              sparse: new SparseTable({
                nClasses: m.sparse.nClasses,
                mask: m.sparse.mask,
                zeroRow: m.sparse.zeroRow,
                slots: view(m.sparse.slots) as Uint32Array,
                pairs: view(m.sparse.pairs) as Int32Array,
              }),
            }
          : {}),
        ...(m.inline
          ? {
              inline: new InlineTable({
                nClasses: m.inline.nClasses,
                stride: m.inline.stride,
                mask: m.inline.mask,
                slots: view(m.inline.slots) as Uint32Array,
                zeroRow: m.inline.zeroRow ? (view(m.inline.zeroRow) as Int16Array) : null,
              }),
            }
          : {}),
      });
      return model;
    });
    return { header: header.meta as H, models };
  } catch {
    return undefined;
  }
}

/**
 * A model file's cached tables read into memory that threads share. Each extraction worker read
 * its own copy (~30 MB for the three models, the parser's transition table 12.6 MB of it), so two
 * workers on two cores kept two copies of the tables they probe at random in the 32 MB the cores
 * share as last-level cache; with one copy both read the same lines. The bytes are those of the
 * cached file, so the models built on them are the same.
 */
export interface SharedModelFile {
  /** the model file, the tables asked for and the cache folder, as `readModelFile` is called */
  key: string;
  bytes: SharedArrayBuffer;
}

const sharedFiles = new Map<string, SharedModelFile>();

function sharedKey(file: string, tables: readonly (readonly TableKind[])[], dir: string): string {
  return JSON.stringify([path.resolve(file), tables, path.resolve(dir)]);
}

/**
 * The cached tables of a model file (made first if missing) in a SharedArrayBuffer, for threads
 * to adopt with `adoptSharedModelFiles`; undefined when the cache cannot be read.
 */
export function shareModelFile(
  file: string,
  tables: readonly (readonly TableKind[])[],
  dir = defaultTableCacheDir(),
): SharedModelFile | undefined {
  const cached = cacheFileOf(file, readFileSync(file), tables, dir);
  if (!existsSync(cached.path)) readModelFile(file, tables, dir);
  let fd: number | undefined;
  try {
    fd = openSync(cached.path, "r");
    const size = fstatSync(fd).size;
    const bytes = new SharedArrayBuffer(size);
    const view = new Uint8Array(bytes);
    for (let at = 0; at < size; ) {
      const read = readSync(fd, view, at, size - at, at);
      if (read <= 0) return undefined;
      at += read;
    }
    return { key: sharedKey(file, tables, dir), bytes };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Later `readModelFile` calls for these files build their models on the shared bytes. */
export function adoptSharedModelFiles(files: readonly SharedModelFile[]): void {
  for (const file of files) sharedFiles.set(file.key, file);
}

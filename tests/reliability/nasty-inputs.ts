/**
 * Reusable generator of hostile inputs for fuzz tests: random bytes, random Unicode (astral,
 * combining, bidi, lone surrogates), huge tokens, thousands of capitalised words, deeply repeated
 * quotes, very long lines, hostile HTML and JSON Lines, mixed encodings. Seeded, so a failure is
 * reproducible from its seed and index. Each input comes as the bytes of a file with an extension,
 * plus (for the pipeline) a best-effort text.
 *
 * Usage: `for (const input of nastyInputs(seed, 300)) { … input.bytes … input.text … }`
 */
import { mulberry32 } from "../../src/random";

export interface NastyInput {
  /** Generator name and index, e.g. "huge-token#17": enough to reproduce with the seed. */
  name: string;
  /** File extension the bytes are meant for. */
  ext: ".txt" | ".md" | ".html" | ".jsonl";
  bytes: Uint8Array;
  /** The intended text (what a perfect reader would produce), for feeding later stages directly. */
  text: string;
}

export type Rng = () => number;

/** Seeded random numbers: the same sequence on every machine. */
export const createRng: (seed: number) => Rng = mulberry32;

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

const SCRIPTS: readonly [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x24f], // Latin-1 and Latin Extended
  [0x300, 0x36f], // combining marks
  [0x400, 0x4ff], // Cyrillic
  [0x590, 0x6ff], // Hebrew, Arabic
  [0x200b, 0x202e], // zero-width and bidi controls
  [0x2018, 0x201f], // curly quotes
  [0x4e00, 0x4fff], // CJK
  [0xfff0, 0xffff], // specials, non-characters
  [0x1f300, 0x1f64f], // emoji (astral)
  [0x0, 0x1f], // C0 controls
];

/** A random string across scripts; with `surrogates`, lone surrogate halves too. */
export function randomUnicode(rng: Rng, length: number, surrogates = true): string {
  let out = "";
  while (out.length < length) {
    if (surrogates && rng() < 0.01) {
      out += String.fromCharCode(int(rng, 0xd800, 0xdfff));
      continue;
    }
    const [lo, hi] = pick(rng, SCRIPTS);
    out += String.fromCodePoint(int(rng, lo, hi));
  }
  return out;
}

const NAMES = [
  "Riga",
  "Hrebensky",
  "Olena",
  "Petrenko",
  "OSCE",
  "Ministry",
  "Luhansk",
  "O'Brien",
  "McAllister",
  "Al-Hassan",
];

function capitalisedWords(rng: Rng, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const word =
      rng() < 0.5 ? pick(rng, NAMES) : randomUnicode(rng, int(rng, 1, 12), false).replace(/\s/g, "");
    words.push(word.charAt(0).toUpperCase() + word.slice(1));
  }
  return words.join(rng() < 0.9 ? " " : "\n").concat(".");
}

function repeatedQuotes(rng: Rng, depth: number): string {
  const pairs = [
    ['"', '"'],
    ["'", "'"],
    ["“", "”"],
    ["‘", "’"],
    ["«", "»"],
    ["„", "“"],
    ["`", "`"],
  ];
  let text = `${pick(rng, NAMES)} said`;
  for (let i = 0; i < depth; i++) {
    const [open, close] = pick(rng, pairs)!;
    text = rng() < 0.3 ? `${open}${text}` : `${open}${text}${close}`;
  }
  return text;
}

function nestedHtml(rng: Rng, depth: number): string {
  const tags = ["div", "p", "span", "b", "article", "section", "table", "td", "li", "a"];
  let open = "";
  let close = "";
  for (let i = 0; i < depth; i++) {
    const tag = pick(rng, tags);
    open += `<${tag} class="${randomUnicode(rng, 3, false).replace(/["<>&]/g, "")}">`;
    if (rng() < 0.8) close = `</${tag}>${close}`;
  }
  const body = `${capitalisedWords(rng, 40)} <script>while(true){}</script><style>*{}</style> ${randomUnicode(rng, 200)}`;
  return `<!doctype html><html><head><title>${randomUnicode(rng, 20, false)}</title><meta charset="${pick(rng, ["utf-8", "windows-1252", "bogus-charset", "utf-16"])}"></head><body>${open}${body}${close}${rng() < 0.5 ? "</body></html>" : ""}`;
}

function jsonlLines(rng: Rng): string {
  const lines: string[] = [];
  for (let i = 0; i < int(rng, 1, 30); i++) {
    const kind = int(rng, 0, 5);
    if (kind === 0) lines.push(JSON.stringify({ id: `n${i}`, text: randomUnicode(rng, int(rng, 0, 300)) }));
    else if (kind === 1)
      lines.push(
        JSON.stringify({ id: pick(rng, ["dup", "dup", 7, null, ""]), text: capitalisedWords(rng, 20) }),
      );
    else if (kind === 2) lines.push(`{"id": "broken", "text": "${randomUnicode(rng, 40, false)}`);
    else if (kind === 3) lines.push(JSON.stringify(randomUnicode(rng, 30)));
    else if (kind === 4) lines.push(`${"[".repeat(int(rng, 100, 5000))}`);
    else lines.push(JSON.stringify({ id: `x${i}`, text: "\u0000\r\n".repeat(int(rng, 1, 100)) }));
  }
  return lines.join(rng() < 0.5 ? "\n" : "\r\n");
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

type Generator = (rng: Rng) => Omit<NastyInput, "name">;

const GENERATORS: Record<string, Generator> = {
  "random-bytes": (rng) => {
    const bytes = new Uint8Array(int(rng, 0, 4096));
    for (let i = 0; i < bytes.length; i++) bytes[i] = int(rng, 0, 255);
    return { ext: ".txt", bytes, text: "" };
  },
  "random-unicode": (rng) => {
    const text = randomUnicode(rng, int(rng, 1, 2000));
    return { ext: pick(rng, [".txt", ".md"] as const), bytes: utf8(text), text };
  },
  "huge-token": (rng) => {
    const text = `${pick(rng, NAMES)} ${pick(rng, ["x", "Ab", "ﬁ", "é", "𝔸"]).repeat(int(rng, 50_000, 300_000))} end.`;
    return { ext: ".txt", bytes: utf8(text), text };
  },
  "capitalised-words": (rng) => {
    const text = capitalisedWords(rng, int(rng, 1000, 6000));
    return { ext: ".txt", bytes: utf8(text), text };
  },
  "repeated-quotes": (rng) => {
    const text = repeatedQuotes(rng, int(rng, 100, 3000));
    return { ext: ".txt", bytes: utf8(text), text };
  },
  "long-line": (rng) => {
    const text = `${pick(rng, NAMES)} said ${"and then, ".repeat(int(rng, 20_000, 120_000))}stop.`;
    return { ext: ".md", bytes: utf8(text), text };
  },
  "hostile-html": (rng) => {
    const html = nestedHtml(rng, int(rng, 1, 400));
    return { ext: ".html", bytes: utf8(html), text: "" };
  },
  jsonl: (rng) => {
    const text = jsonlLines(rng);
    return { ext: ".jsonl", bytes: utf8(text), text: "" };
  },
  "mixed-encoding": (rng) => {
    const text = `${capitalisedWords(rng, 30)} `;
    const latin = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x96, 0x80, 0x20]);
    const parts = [utf8(text), latin, utf8(randomUnicode(rng, 50, false))];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return { ext: ".txt", bytes, text };
  },
  "bom-and-controls": (rng) => {
    const boms = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []];
    const body = utf8(`${"\u0000\r\r\n\u000b\u000c".repeat(int(rng, 1, 50))}${randomUnicode(rng, 100)}`);
    const bom = pick(rng, boms);
    const bytes = new Uint8Array(bom.length + body.length);
    bytes.set(bom, 0);
    bytes.set(body, bom.length);
    return { ext: ".txt", bytes, text: "" };
  },
};

export const GENERATOR_NAMES = Object.keys(GENERATORS);

/** `count` inputs cycling through every generator, reproducible from `seed`. */
export function nastyInputs(seed: number, count: number): NastyInput[] {
  const rng = createRng(seed);
  const inputs: NastyInput[] = [];
  for (let i = 0; i < count; i++) {
    const name = GENERATOR_NAMES[i % GENERATOR_NAMES.length]!;
    inputs.push({ name: `${name}#${i}`, ...GENERATORS[name]!(rng) });
  }
  return inputs;
}

/** Short hostile strings for labels, aliases and evidence in hand-built graphs. */
export function nastyLabels(rng: Rng, count: number): string[] {
  const fixed = [
    "",
    " ",
    "\u0000",
    "]]>",
    "<!--",
    "&amp;",
    "'; MATCH (n) DETACH DELETE n; //",
    '"quoted", comma',
    "line\nbreak\r\nCRLF",
    "\ud800",
    "👩‍👩‍👧‍👦",
    "\u202eevil",
    "a;b|c",
  ];
  const labels = [...fixed];
  while (labels.length < count) labels.push(randomUnicode(rng, int(rng, 1, rng() < 0.1 ? 5000 : 40)));
  return labels.slice(0, count);
}

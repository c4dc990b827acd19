/**
 * Tells binary files from text before anything tries to decode them: known magic numbers first
 * (images, archives, PDFs, executables), then the share of control bytes. UTF-16 without a BOM is
 * recognised by its zero bytes falling on one parity, so it is not mistaken for binary.
 */

interface Magic {
  name: string;
  bytes: readonly number[];
  offset?: number;
}

const MAGICS: readonly Magic[] = [
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "WebP/RIFF file", bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: "ZIP archive (or docx/xlsx/epub)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "ZIP archive (empty)", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
  { name: "bzip2 archive", bytes: [0x42, 0x5a, 0x68] },
  { name: "xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "Windows executable", bytes: [0x4d, 0x5a] },
  { name: "OLE2 document (doc/xls)", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: "tar archive", bytes: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257 },
];

/** How many leading bytes the control-byte statistics look at. */
const SAMPLE_BYTES = 64 * 1024;
/** Text with a few stray NULs stays text; past this share of control bytes it is binary. */
const MAX_CONTROL_SHARE = 0.05;

function startsWith(bytes: Uint8Array, magic: Magic): boolean {
  const offset = magic.offset ?? 0;
  if (bytes.length < offset + magic.bytes.length) return false;
  return magic.bytes.every((b, i) => bytes[offset + i] === b);
}

export type Utf16Guess = "utf-16le" | "utf-16be" | undefined;

/** UTF-16 without a BOM: mostly-Latin text puts its zero bytes on odd (LE) or even (BE) offsets. */
export function guessBomlessUtf16(bytes: Uint8Array): Utf16Guess {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Why the bytes look binary (a short phrase for the warning), or undefined when they look like text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const magic of MAGICS) if (startsWith(bytes, magic)) return magic.name;
  if (hasUtf16Bom(bytes) || guessBomlessUtf16(bytes)) return undefined;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let nuls = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nuls++;
    // C0 controls other than tab, LF, VT, FF, CR, and ESC (seen in terminal captures).
    else if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
      b === 0x7f
    )
      controls++;
  }
  // NULs alone do not make a file binary: a text whose tail was zero-filled by a crash is still
  // text. Binary formats also use the other control bytes, random data ~10% of the time.
  const rest = n - nuls;
  if (rest > 0 && controls / rest > MAX_CONTROL_SHARE) {
    return nuls > 0
      ? `binary data (${nuls} NUL and ${controls} control bytes in the first ${n})`
      : "binary data (control bytes)";
  }
  return undefined;
}

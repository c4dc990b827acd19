/**
 * Bytes to clean text: BOMs (UTF-8, UTF-16 LE/BE) first, then strict UTF-8, then a detected
 * legacy encoding (chardet; Latin-1 is read as Windows-1252 as browsers do, so 0x92 is ’ not a C1
 * control). The text is then normalised so every later stage sees one form: LF line ends, no NUL
 * or other C0 control characters (they are invalid in XML exports), Unicode NFC.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { guessBomlessUtf16 } from "./sniff";

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as (lower-case WHATWG-style name). */
  encoding: string;
  /** True when the encoding was guessed rather than known from a BOM or valid UTF-8. */
  guessed: boolean;
  /** How many control characters (NUL included) were removed. */
  removedControls: number;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/** chardet names that are really Windows-1252 for our purposes (browsers treat them so too). */
const AS_WINDOWS_1252 = new Set(["ascii", "iso-8859-1", "iso-8859-15", "us-ascii"]);

function detectLegacy(bytes: Uint8Array): string {
  const detected = chardet.detect(bytes)?.toLowerCase();
  if (!detected || AS_WINDOWS_1252.has(detected) || detected.startsWith("utf")) return "windows-1252";
  return iconv.encodingExists(detected) ? detected : "windows-1252";
}

/**
 * A declared charset worth trusting for bytes that are not UTF-8: a UTF-8 or UTF-16 declaration
 * on such bytes is wrong (browsers ignore a UTF-16 meta too), and unknown names are ignored.
 */
function usableHint(hint: string | undefined): string | undefined {
  const name = hint?.toLowerCase();
  if (!name || /^utf-?(8|16)/.test(name) || !iconv.encodingExists(name)) return undefined;
  return AS_WINDOWS_1252.has(name) ? "windows-1252" : name;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** Decodes raw bytes; `hint` (e.g. an HTML meta charset) is used when there is no BOM. */
export function decodeBytes(bytes: Uint8Array, hint?: string): DecodedText {
  let raw: string;
  let encoding: string;
  let guessed = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    raw = new TextDecoder("utf-8").decode(bytes.subarray(3));
    encoding = "utf-8";
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    raw = decodeWith(bytes.subarray(2), "utf-16le");
    encoding = "utf-16le";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    raw = decodeWith(bytes.subarray(2), "utf-16be");
    encoding = "utf-16be";
  } else {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) {
      raw = decodeWith(bytes, utf16);
      encoding = utf16;
      guessed = true;
    } else {
      try {
        raw = utf8Strict.decode(bytes);
        encoding = "utf-8";
      } catch {
        const hinted = usableHint(hint);
        encoding = hinted ?? detectLegacy(bytes);
        raw = decodeWith(bytes, encoding);
        guessed = hinted === undefined;
      }
    }
  }
  const { text, removed } = normaliseText(raw);
  return { text, encoding, guessed, removedControls: removed };
}

// C0 controls except tab and LF (CR is turned into LF first), DEL, and non-characters XML rejects.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normaliseText(raw: string): { text: string; removed: number } {
  let removed = 0;
  const text = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL_CHARS, (c) => {
      if (c === "\u000B" || c === "\u000C") return "\n";
      removed++;
      return "";
    })
    .replace(LONE_SURROGATES, "\uFFFD")
    .normalize("NFC");
  return { text, removed };
}

/** The few named references plain-text copies of web pages carry (an HTML file goes through the HTML parser). */
const NAMED_REFERENCES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
};

/**
 * Character references left in a plain-text copy of a web page ("Jos&#233; Manuel", "caf&#233;",
 * "AT&amp;T"): numeric ones and the XML five, decoded so names are spelled as written. A reference
 * to no valid character stays as it is.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes("&")) return text;
  const decoded = text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g,
    (whole, dec, hex, name) => {
      if (name) return NAMED_REFERENCES[name]!;
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
      // As browsers do (HTML5): &#150; and the rest of 0x80–0x9F are the windows-1252 characters
      // the page meant ("–", "—", "’"), not C1 controls; the five it leaves undefined stay as written.
      if (code >= 0x80 && code <= 0x9f) {
        const meant = iconv.decode(Buffer.of(code), "windows-1252");
        return /[\u0080-\u009f\ufffd]/.test(meant) ? whole : meant;
      }
      const valid =
        code > 0 &&
        code <= 0x10ffff &&
        !(code >= 0xd800 && code <= 0xdfff) &&
        code !== 0xfffe &&
        code !== 0xffff &&
        code !== 0x7f;
      return valid && (code >= 0x20 || code === 0x0a || code === 0x09) ? String.fromCodePoint(code) : whole;
    },
  );
  // A reference may have been a combining mark ("Jose&#769;"): the text's one form again.
  return decoded.normalize("NFC");
}

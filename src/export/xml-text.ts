/**
 * Text made safe for XML 1.0: characters XML forbids (C0 controls but tab/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF) are dropped, since no escape can carry them, then markup characters are escaped.
 */

const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops characters that cannot appear in an XML 1.0 document at all. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

/** Escapes for element content and double-quoted attribute values; CR/LF/tab kept as references. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;");
}

export function escapeXmlAttribute(text: string): string {
  // Attribute values are whitespace-normalised by parsers unless newlines and tabs are references.
  return escapeXml(text).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

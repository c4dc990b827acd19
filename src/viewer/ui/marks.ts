/**
 * Highlighting names inside an evidence sentence by splitting it into text nodes and <mark>
 * elements: the sentence is never parsed as HTML.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regex per set of names, longest first so "Mr Kovalenko" wins over "Kovalenko". */
export function namesPattern(names: Iterable<string>): RegExp | null {
  const unique = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length >= 2))];
  if (!unique.length) return null;
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

export function markNames(text: string, pattern: RegExp | null): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (!pattern) {
    fragment.appendChild(document.createTextNode(text));
    return fragment;
  }
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) fragment.appendChild(document.createTextNode(text.slice(last, at)));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    fragment.appendChild(mark);
    last = at + match[0].length;
  }
  if (last < text.length) fragment.appendChild(document.createTextNode(text.slice(last)));
  return fragment;
}

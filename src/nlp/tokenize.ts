/**
 * Tokeniser: words, numbers and punctuation with character offsets. Possessive 's (straight or
 * curly) is split off so "Russia’s" yields "Russia" + "’s"; initials and dotted abbreviations
 * ("U.S.", "J.D.") stay one token; hyphenated words stay one token, but for "ex-" before a name
 * ("Ex-Labour leader": "Ex-" + "Labour"); so do capitals joined by an ampersand ("M&S", "AT&T").
 */
import type { Token } from "../pipeline/types";

const TOKEN_PATTERN =
  /[Ee]x-(?=\p{Lu})|(?:\p{Lu}\.){2,}|\p{Lu}{1,3}&\p{Lu}{1,3}\b|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{M}\p{N}]+)*(?:['’](?![sS]\b)\p{L}+)*|\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+\d*)?|['’][sS]\b|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  // The matched words alone, not a match record (array, index, input, groups) per word: those were
  // ~6% of everything extraction allocates. The pattern's last branch takes any non-space
  // character, so what lies between two tokens is white space and each word is found at the first
  // place it occurs after the token before it.
  const words = text.match(TOKEN_PATTERN);
  if (words === null) return [];
  const tokens: Token[] = [];
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const index = text.indexOf(word, at);
    at = index + word.length;
    tokens.push({ text: word, start: offset + index, end: offset + at });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  // ASCII answers without the Unicode regex, which was a visible share of extraction time.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.&-]*$/u.test(word) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(word);
}

const POSSESSIVE = /^['’][sS]$/;

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && POSSESSIVE.test(token.text);
}

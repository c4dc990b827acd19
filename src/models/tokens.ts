/**
 * Token conventions shared by every model.
 *
 * Input: the tokens of ONE sentence as an array of strings, as the pipeline's tokeniser produced
 * them (no whitespace inside tokens). The models were trained on Penn-Treebank-like
 * tokenisation (UD EWT / GUM): punctuation split off, clitics split ("do" "n't", "Russia" "'s"),
 * hyphenated words may be one token ("pro-Russian") or three; both occur in training.
 * The recogniser additionally saw hyphenated names joined into one token ("Jean-Pierre").
 *
 * Normalisation happens inside feature extraction only (the caller's strings are never
 * changed, and returned spans index the caller's array):
 * - curly quotes and apostrophes (‘ ’ ‚ ‛ “ ” „ ‟ ′ ″) become ' and ";
 * - en/em dashes and minus signs become "-" ("--" stays);
 * - for word features, text is lower-cased and digits become "0" ("1,250" → "0,000").
 */

const QUOTE_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00a0": " ",
};
const SPECIAL_CLASS =
  "[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2013\u2014\u2212\u00a0]";
const SPECIAL = new RegExp(SPECIAL_CLASS, "g");
const HAS_SPECIAL = new RegExp(SPECIAL_CLASS);

/** Curly quotes/apostrophes → straight, dashes → "-". Returns the same string when unchanged. */
export function normalizeToken(token: string): string {
  return HAS_SPECIAL.test(token) ? token.replace(SPECIAL, (c) => QUOTE_MAP[c] ?? c) : token;
}

/** Lower-cased, digits → 0. Used for word-identity features. */
export function wordKey(token: string): string {
  const t = normalizeToken(token);
  let hasDigit = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      hasDigit = true;
      break;
    }
  }
  const lower = t.toLowerCase();
  return hasDigit ? lower.replace(/[0-9]/g, "0") : lower;
}

/**
 * Word shape: upper-case letters → X, lower-case → x, digits → d, other characters kept; runs
 * longer than two are collapsed to two (so "Kovalskyi" → "Xxx" is "Xxx", "OSCE" → "XX", "F-16" →
 * "X-dd").
 */
export function wordShape(token: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of token) {
    let s: string;
    if (ch >= "0" && ch <= "9") s = "d";
    else if (ch !== ch.toLowerCase()) s = "X";
    else if (ch !== ch.toUpperCase()) s = "x";
    else s = ch;
    if (s === last) {
      run++;
      if (run > 2) continue;
    } else {
      last = s;
      run = 1;
    }
    out += s;
  }
  return out;
}

/** Shape with every run collapsed to one character ("Xx", "X", "X-d"). */
export function shortShape(shape: string): string {
  let out = "";
  for (let i = 0; i < shape.length; i++) if (i === 0 || shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

/** True when the first character is an upper-case letter. */
export function isCapitalised(token: string): boolean {
  const c = token.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when the token has a letter and no lower-case letter ("OSCE", "U.S."). */
export function isAllCaps(token: string): boolean {
  return token !== token.toLowerCase() && token === token.toUpperCase();
}

/** Per-word derived strings used by feature extraction. */
export interface WordInfo {
  /** normalizeToken(token) */
  form: string;
  /** wordKey(token) */
  key: string;
  /** wordShape(form) */
  shape: string;
  /** shortShape(shape) */
  short: string;
}

const MEMO_LIMIT = 200_000;
const memo = new Map<string, WordInfo>();

/** Memoised WordInfo (news text repeats words, so this avoids most per-token string work). */
export function wordInfo(token: string): WordInfo {
  let w = memo.get(token);
  if (w === undefined) {
    const form = normalizeToken(token);
    const shape = wordShape(form);
    w = { form, key: wordKey(token), shape, short: shortShape(shape) };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token, w);
  }
  return w;
}

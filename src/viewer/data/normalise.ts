/**
 * Text folding for search: one spelling-insensitive form per name, so "Tkachenkiy", "Tkachenkyy",
 * "Tkachenky", "Tkáchenky" and "Ткаченкий" all meet. Two levels: `fold` removes case, accents and
 * script (Cyrillic/Greek transliterated); `phonetic` also merges the usual transliteration variants.
 */

const LATIN_EXTRA: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
  ħ: "h",
};

/** BGN/PCGN-like transliteration of Ukrainian/Russian/Belarusian letters. */
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ye",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "yi",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ў: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

const GREEK: Record<string, string> = {
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
};

function transliterate(ch: string): string {
  return LATIN_EXTRA[ch] ?? CYRILLIC[ch] ?? GREEK[ch] ?? ch;
}

/** Lower case, no accents, Latin script, words separated by single spaces. */
export function fold(text: string): string {
  const lower = text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  let out = "";
  for (const ch of lower) out += transliterate(ch);
  return out
    .replace(/[’'`ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A coarser key that merges common transliteration variants: y/i/j as vowels, doubled letters,
 * kh/h, and "ie"/"ye". Only used for matching, never shown.
 */
export function phonetic(text: string): string {
  return fold(text)
    .replace(/kh/g, "h")
    .replace(/[yj]/g, "i")
    .replace(/ie/g, "e")
    .replace(/w/g, "v")
    .replace(/(\p{L})\1+/gu, "$1");
}

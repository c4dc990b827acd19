/**
 * Name keys for matching: accent-free lower case, and a transliteration skeleton that folds the
 * usual romanisation variants of Slavic names (Tkachenky / Tkachenkiy / Tkachenkyy, Kovalskyi / Kovalskii,
 * Hryhoriy / Grigoriy) onto one form.
 */

/**
 * Remembers a pure string function's answers: the same few thousand labels are keyed again and
 * again (per mention in extraction, per entity in every cross-article pass). Bounded, so a huge
 * corpus cannot grow it without limit.
 */
function memoised(compute: (text: string) => string, limit = 200_000): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      if (known.size >= limit) known.clear();
      answer = compute(text);
      known.set(text, answer);
    }
    return answer;
  };
}

export const nameKey = memoised((name) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim(),
);

/** Folds one word to a skeleton that survives common transliteration differences. */
export const skeleton = memoised((word) =>
  nameKey(word)
    .replace(/[^a-z]/g, "")
    .replace(/(?:iy|yy|yi|ii|ij|y|i)$/, "")
    .replace(/zh/g, "j")
    .replace(/kh/g, "x")
    .replace(/sh/g, "s")
    .replace(/ch/g, "c")
    // Ukrainian h is Russian g (Hryhoriy / Grigoriy, Hanna / Ganna).
    .replace(/h/g, "g")
    .replace(/ie/g, "e")
    .replace(/ye/g, "e")
    .replace(/yu|iu/g, "u")
    .replace(/ya|ia/g, "a")
    .replace(/y/g, "i")
    .replace(/w/g, "v")
    .replace(/(.)\1+/g, "$1"),
);

export const nameSkeleton = memoised((name) =>
  nameKey(name)
    .split(" ")
    .filter(Boolean)
    .map((word) => skeleton(word))
    .join(" "),
);

/** Surname: the last word of a personal name. */
export function surname(name: string): string {
  const words = nameKey(name).split(" ").filter(Boolean);
  return words[words.length - 1] ?? "";
}

/** The capitalised words of a name ("recent EU election" → ["EU"]). */
export function capitalisedWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
}

/** Initials of the capitalised words of a name ("United Press International" → "UPI"). */
export function initials(name: string): string {
  return (name.match(/\p{Lu}\p{L}*/gu) ?? []).map((word) => word[0]).join("");
}

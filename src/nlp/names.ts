/**
 * Name keys for matching: accent-free lower case, and a transliteration skeleton that folds the
 * usual romanisation variants of Slavic names (Tkachenky / Tkachenkiy / Tkachenkyy, Kovalskyi / Kovalskii,
 * Heorhiy / Georgiy) onto one form.
 */

export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Folds one word to a skeleton that survives common transliteration differences. */
export function skeleton(word: string): string {
  return (
    nameKey(word)
      .replace(/[^a-z]/g, "")
      .replace(/(?:iy|yy|yi|ii|ij|y|i)$/, "")
      .replace(/zh/g, "j")
      .replace(/kh/g, "x")
      .replace(/sh/g, "s")
      .replace(/ch/g, "c")
      // Ukrainian h is Russian g (Heorhiy / Georgiy, Hanna / Ganna).
      .replace(/h/g, "g")
      .replace(/ie/g, "e")
      .replace(/ye/g, "e")
      .replace(/yu|iu/g, "u")
      .replace(/ya|ia/g, "a")
      .replace(/y/g, "i")
      .replace(/w/g, "v")
      .replace(/(.)\1+/g, "$1")
  );
}

export function nameSkeleton(name: string): string {
  return nameKey(name).split(" ").filter(Boolean).map(skeleton).join(" ");
}

/** Surname: the last word of a personal name. */
export function surname(name: string): string {
  const words = nameKey(name).split(" ").filter(Boolean);
  return words[words.length - 1] ?? "";
}

/** Initials of the capitalised words of a name ("Agence France-Presse" → "AFP"). */
export function initials(name: string): string {
  return (name.match(/\p{Lu}\p{L}*/gu) ?? []).map((word) => word[0]).join("");
}

/**
 * The reference the bench compares extraction speed with: compromise's full parse of each article
 * (`nlp(text).json()`: sentences, terms, tags), single-threaded, on the same texts.
 */
import nlp from "compromise";

export function compromiseParse(texts: Iterable<string>): { terms: number } {
  let terms = 0;
  for (const text of texts) {
    const doc = nlp(text).json() as { terms: unknown[] }[];
    for (const sentence of doc) terms += sentence.terms.length;
  }
  return { terms };
}

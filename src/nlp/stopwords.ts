/**
 * English function words (closed classes: determiners, pronouns, prepositions, conjunctions,
 * auxiliaries). Used for jusText-style stop-word density and to keep function words that happen
 * to be capitalised from starting a name.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after against ago all almost along already also although always am among an
and another any anyone anything are around as at be became because become been before behind being
below beside besides between beyond both but by can cannot could did do does doing done down during
each either else enough even ever every few for from further had has have having he her here hers
herself him himself his how however i if in including inside instead into is it its itself just
least less like many may me might more most much must my myself near neither never nevertheless no
nobody none nor not nothing now of off often on once one only onto or other others otherwise our
ours ourselves out outside over own per perhaps quite rather same several shall she should since so
some someone something still such than that the their theirs them themselves then there therefore
these they this those though through throughout thus till to together too toward towards under
until unless up upon us very via was we well were what whatever when whenever where whereas wherever
whether which whichever while who whoever whole whom whose why will with within without would yet you your
yours yourself yourselves meanwhile earlier later already amid amidst despite`.split(/\s+/),
);

export function stopwordDensity(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let count = 0;
  for (const word of words) if (STOPWORDS.has(word.toLowerCase())) count++;
  return count / words.length;
}

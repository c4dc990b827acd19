/**
 * A wire report's dateline: "WARSAW, March 3 (UPI) - …", "TBILISI, Georgia — …", "GAZA (DPA) — …",
 * "KARLSRUHE/BERLIN (dpa) - …" (two towns).
 * Read by mention finding (the words after its dash open the sentence) and by relations (nothing in
 * it is a party to the sentence it opens).
 */

/**
 * What follows a dateline's town: an optional country ("Democratic Republic of Congo"), a date, an
 * agency, then the dash.
 */
const TAIL = String.raw`(?:,\s*[\p{L} .]{2,40}?)?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()\n]{1,30}\))?\s*[-–—]\s`;

/** The rest of a dateline after its town, up to and with the dash. */
export const DATELINE_TAIL = new RegExp(`^${TAIL}`, "u");

/** A whole dateline at the start of a line: a town in capitals, what follows it, the dash. */
export const DATELINE = new RegExp(`^\\p{Lu}[\\p{Lu} .'/-]+${TAIL}`, "u");

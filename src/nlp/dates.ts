/**
 * Date expressions in a sentence, resolved to ISO 8601 (as precise as the text allows: a day, a
 * month or a year). Relative ones ("on Tuesday", "yesterday", "last week", "August 6 last year")
 * need the article's date and are left out without one.
 */

export interface DateMention {
  start: number;
  end: number;
  text: string;
  iso: string;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_PATTERN =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function parseArticleDate(date: string | undefined): Date | undefined {
  if (!date) return undefined;
  const parsed = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
}

const PATTERNS: {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, base: Date | undefined) => string | undefined;
}[] = [
  {
    // "August 6 last year", "August 17, 2024", "August 6"
    pattern: new RegExp(
      `\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4})|\\s+(last|this|next)\\s+year)?\\b`,
      "g",
    ),
    resolve: (m, base) => {
      const month = monthIndex(m[1]!);
      const day = Number(m[2]);
      let year = m[3] ? Number(m[3]) : base?.getUTCFullYear();
      if (year === undefined) return undefined;
      if (m[4] === "last") year--;
      if (m[4] === "next") year++;
      return `${year}-${pad(month + 1)}-${pad(day)}`;
    },
  },
  {
    // "6 August 2024"
    pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_PATTERN}(?:\\s+(\\d{4}))?\\b`, "g"),
    resolve: (m, base) => {
      const year = m[3] ? Number(m[3]) : base?.getUTCFullYear();
      return year === undefined ? undefined : `${year}-${pad(monthIndex(m[2]!) + 1)}-${pad(Number(m[1]))}`;
    },
  },
  {
    // "in February 2022"
    pattern: new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{4})\\b`, "g"),
    resolve: (m) => `${m[2]}-${pad(monthIndex(m[1]!) + 1)}`,
  },
  {
    // "on Tuesday": the last such weekday on or before the article's date.
    pattern: /\b(?:on|last|since)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, base) => {
      if (!base) return undefined;
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const back = (base.getUTCDay() - target + 7) % 7;
      return isoDay(new Date(base.getTime() - back * 86_400_000));
    },
  },
  {
    pattern: /\b(yesterday|today)\b/gi,
    resolve: (m, base) =>
      base
        ? isoDay(new Date(base.getTime() - (m[1]!.toLowerCase() === "yesterday" ? 86_400_000 : 0)))
        : undefined,
  },
  {
    // "in 2022", "since 2014"
    pattern: /\b(?:in|since|of|during)\s+((?:19|20)\d{2})\b/g,
    resolve: (m) => m[1],
  },
];

/** A superlative or "first time" in the clause before "since". */
const SUPERLATIVE_BEFORE =
  /\b(?:largest|biggest|highest|lowest|worst|best|first|most|fewest|strongest|weakest|deadliest|heaviest|longest|shortest|fastest|slowest|greatest|smallest|earliest|latest|only)\b[^,;.]*$/i;

export function findDates(text: string, offset: number, articleDate?: string): DateMention[] {
  const base = parseArticleDate(articleDate);
  const found: DateMention[] = [];
  for (const { pattern, resolve } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      // "the largest protest since 2019", "the first time since June": a point compared with,
      // not when the event was.
      if (/^since\b/i.test(m[0]) && SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)))
        continue;
      const iso = resolve(m, base);
      if (iso && /^\d{4}(?:-\d{2}){0,2}$/.test(iso)) found.push({ start, end, text: m[0], iso });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

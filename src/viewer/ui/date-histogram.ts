/**
 * A small histogram of dated nodes (events) for the time filter: one bar per day, month or year
 * depending on the span, the selected range in full colour, and a click on a bar to filter to it.
 * Built with DOM/SVG calls; bar titles are text nodes.
 */
import { nodePassesDate } from "../graph/filter";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 240;
const HEIGHT = 44;

type Unit = "day" | "month" | "year";

function unitFor(first: string, last: string): Unit {
  const days = (Date.parse(last.slice(0, 10)) - Date.parse(first.slice(0, 10))) / 86_400_000;
  if (!Number.isFinite(days) || days > 6 * 365) return "year";
  return days > 62 ? "month" : "day";
}

function bucketOf(date: string, unit: Unit): string {
  return date.slice(0, unit === "year" ? 4 : unit === "month" ? 7 : 10);
}

/** Every bucket between the first and the last, so gaps in time show as gaps. */
function buckets(first: string, last: string, unit: Unit): string[] {
  const out: string[] = [];
  const end = bucketOf(last, unit);
  let cursor = new Date(`${bucketOf(first, "day").padEnd(10, "-01").slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(cursor.getTime())) return [...new Set([bucketOf(first, unit), end])];
  for (let i = 0; i < 2_000; i++) {
    const key = bucketOf(cursor.toISOString(), unit);
    if (out[out.length - 1] !== key) out.push(key);
    if (key >= end) break;
    if (unit === "day") cursor.setUTCDate(cursor.getUTCDate() + 1);
    else if (unit === "month") cursor.setUTCMonth(cursor.getUTCMonth() + 1, 1);
    else cursor = new Date(Date.UTC(cursor.getUTCFullYear() + 1, 0, 1));
  }
  return out;
}

/** The first and last day of a bucket ("2025-03" → 2025-03-01 … 2025-03-31), for date inputs. */
export function bucketRange(bucket: string): [string, string] {
  if (bucket.length === 10) return [bucket, bucket];
  if (bucket.length === 4) return [`${bucket}-01-01`, `${bucket}-12-31`];
  const [year, month] = bucket.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${bucket}-01`, `${bucket}-${String(last).padStart(2, "0")}`];
}

export function dateHistogram(
  dates: string[],
  from: string | null,
  to: string | null,
  onPick: (from: string, to: string) => void,
): SVGSVGElement {
  const sorted = [...dates].sort();
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute("class", "histogram");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", "Dated events over time; click a bar to show only that period");
  if (!sorted.length) return svg;
  const unit = unitFor(sorted[0]!, sorted[sorted.length - 1]!);
  const keys = buckets(sorted[0]!, sorted[sorted.length - 1]!, unit);
  const counts = new Map<string, number>();
  for (const date of sorted) counts.set(bucketOf(date, unit), (counts.get(bucketOf(date, unit)) ?? 0) + 1);
  const max = Math.max(...counts.values());
  const width = WIDTH / keys.length;
  keys.forEach((key, i) => {
    const count = counts.get(key) ?? 0;
    const height = count ? Math.max(2, ((HEIGHT - 2) * count) / max) : 0;
    const bar = document.createElementNS(SVG, "rect");
    bar.setAttribute("x", String(i * width + 0.5));
    bar.setAttribute("y", String(HEIGHT - height));
    bar.setAttribute("width", String(Math.max(1, width - 1)));
    bar.setAttribute("height", String(height || HEIGHT));
    bar.setAttribute("class", count ? (nodePassesDate(key, from, to) ? "bar in" : "bar out") : "bar empty");
    bar.setAttribute("data-bucket", key);
    const title = document.createElementNS(SVG, "title");
    title.textContent = `${key}: ${count} event${count === 1 ? "" : "s"}`;
    bar.appendChild(title);
    if (count) bar.addEventListener("click", () => onPick(...bucketRange(key)));
    svg.appendChild(bar);
  });
  return svg;
}

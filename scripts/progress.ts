/**
 * Progress bar with ETA for long builds, on stderr and only when stderr is a terminal: a redirected
 * or piped run stays quiet. Redraws at most ten times a second; the ETA is the remaining articles
 * at the average rate of the articles extracted so far (cache hits count, they are just fast).
 */
import type { ProgressEvent } from "../src/build";

export interface ProgressBar {
  update(event: ProgressEvent): void;
  clear(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, "0")}s`;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (stream.isTTY !== true) return { update: () => {}, clear: () => {} };
  const started = performance.now();
  let drawn = 0;
  let visible = false;
  const draw = (line: string) => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r\x1b[K${line.slice(0, width)}`);
    visible = true;
  };
  return {
    update(event) {
      if (event.kind === "stage") {
        draw(`${event.stage}…`);
        return;
      }
      const now = performance.now();
      if (now - drawn < 100 && event.index + 1 < event.total) return;
      drawn = now;
      const elapsed = (now - started) / 1000;
      const done = event.index + 1;
      const share = event.total > 0 ? done / event.total : 1;
      const eta = (elapsed / done) * (event.total - done);
      const cells = 24;
      const full = Math.round(share * cells);
      draw(
        `[${"#".repeat(full)}${"-".repeat(cells - full)}] ${done}/${event.total} articles ${Math.round(share * 100)}%  ${duration(elapsed)} elapsed, ETA ${duration(eta)}`,
      );
    },
    clear() {
      if (visible) stream.write("\r\x1b[K");
      visible = false;
    },
  };
}

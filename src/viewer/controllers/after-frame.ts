/**
 * Run work once the next frame has been produced: an animation frame callback still runs before
 * that frame's paint, so the work goes to a task queued from it. Returns a cancel function.
 */
export function afterNextFrame(work: () => void): () => void {
  let cancelled = false;
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      if (!cancelled) work();
    });
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

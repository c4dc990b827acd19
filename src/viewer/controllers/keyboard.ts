/**
 * Global shortcuts: `/` search, Esc clear, ←/→ (or ↑/↓) step through the selected node's
 * neighbours, +/− zoom, `f` fit. Ignored while typing in a field.
 */
export interface KeyboardActions {
  focusSearch(): void;
  clear(): void;
  step(direction: 1 | -1): void;
  zoom(factor: number): void;
  fit(): void;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function bindKeyboard(actions: KeyboardActions): void {
  window.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      if (typing(event.target)) (event.target as HTMLElement).blur();
      actions.clear();
      return;
    }
    if (typing(event.target)) return;
    switch (event.key) {
      case "/":
        event.preventDefault();
        actions.focusSearch();
        break;
      case "ArrowRight":
      case "ArrowDown":
        event.preventDefault();
        actions.step(1);
        break;
      case "ArrowLeft":
      case "ArrowUp":
        event.preventDefault();
        actions.step(-1);
        break;
      case "+":
      case "=":
        actions.zoom(0.67);
        break;
      case "-":
        actions.zoom(1.5);
        break;
      case "f":
        actions.fit();
        break;
      default:
    }
  });
}

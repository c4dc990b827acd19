/**
 * Keeps the address bar in step with the view state. Selecting something adds a history entry,
 * so Back returns to the previous node; everything else (typing, panning, filters) replaces the
 * current entry so the history is not flooded. Back/forward hand the parsed state to `onNavigate`.
 */
import type { Store } from "../state/store";
import { parseViewState, serialiseViewState, type ViewState } from "../state/view-state";

export function currentUrlState(): ViewState {
  return parseViewState(window.location.search);
}

export function syncUrl(store: Store, onNavigate: (state: ViewState) => void): void {
  let last = window.location.search.replace(/^\?/, "");
  store.subscribe((state, previous) => {
    const query = serialiseViewState(state);
    if (query === last) return;
    last = query;
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (state.selection !== previous.selection && state.selection.kind !== "none") {
      window.history.pushState(null, "", url);
    } else {
      window.history.replaceState(null, "", url);
    }
  });
  window.addEventListener("popstate", () => {
    last = window.location.search.replace(/^\?/, "");
    onNavigate(currentUrlState());
  });
}

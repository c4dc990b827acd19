/**
 * Keeps the address bar in step with the view state (replaceState, so typing or panning does not
 * flood the history) and reads it back on back/forward navigation.
 */
import type { Store } from "../state/store";
import { parseViewState, serialiseViewState, type ViewState } from "../state/view-state";

export function currentUrlState(): ViewState {
  return parseViewState(window.location.search);
}

export function syncUrl(store: Store): void {
  let last = window.location.search.replace(/^\?/, "");
  store.subscribe((state) => {
    const query = serialiseViewState(state);
    if (query === last) return;
    last = query;
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    window.history.replaceState(null, "", url);
  });
}

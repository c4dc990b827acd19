/**
 * A minimal observable holder for the view state. Changes are pure producers (state → state);
 * listeners get the new and the previous state and decide what changed.
 */
import { DEFAULT_VIEW_STATE, type ViewState } from "./view-state";

export type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private state: ViewState = DEFAULT_VIEW_STATE;
  private readonly listeners = new Set<Listener>();

  get(): ViewState {
    return this.state;
  }

  update(producer: (state: ViewState) => ViewState): void {
    const previous = this.state;
    const next = producer(previous);
    if (next === previous) return;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

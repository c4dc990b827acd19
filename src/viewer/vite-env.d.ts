/// <reference types="vite/client" />

interface Window {
  /** The graph request index.html starts before the modules load (see main.ts). */
  newsgraphEarlyGraph?: EarlyGraphRequest;
}

interface EarlyGraphRequest {
  url: string;
  response: Promise<Response>;
  /** The body, read as soon as it arrives. */
  text: Promise<string>;
}

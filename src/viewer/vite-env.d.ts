/// <reference types="vite/client" />

interface Window {
  /** The graph request index.html starts before the modules load (see main.ts). */
  newsgraphEarlyGraph?: { url: string; response: Promise<Response> };
}

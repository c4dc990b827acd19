/** Saving a generated file through a temporary object URL and a download link. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileStem(source: string): string {
  const last = source.split(/[\\/]/).pop() ?? "graph";
  return last.replace(/\?.*$/, "").replace(/\.(json|gexf)$/i, "") || "graph";
}

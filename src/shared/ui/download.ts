// Saves text as a file through a Blob and an object URL: nothing leaves the browser. The text comes
// in parts, so a file may be longer than the longest string the browser can make.
export function downloadParts(name: string, parts: readonly string[], mime: string): void {
  const url = URL.createObjectURL(new Blob(parts as string[], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(name: string, text: string, mime: string): void {
  downloadParts(name, [text], mime);
}

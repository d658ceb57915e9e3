/** Saving a file the pane made: the browser's download of a Blob, the way a web page offers one. */

/** A file name Windows, macOS and the web all accept: no path or reserved characters, at most 120 characters. */
export function safeFileName(stem: string, ext: string, fallback: string): string {
  // Control characters (below U+0020) are no part of a name either.
  const visible = [...stem].map((c) => (c.charCodeAt(0) < 0x20 ? " " : c)).join("");
  const clean = [
    ...visible
      .replace(/[\\/:*?"<>|]+/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  ]
    .slice(0, 120)
    .join("")
    .trim();
  return `${clean || fallback}.${ext}`;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers `bytes` as a download named `name`. */
export function downloadFile(name: string, bytes: Uint8Array<ArrayBuffer>, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: DOCX }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by the time the click returns; the URL is freed after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// A file made in the pane, saved through the browser's download. Office's webviews may not download at
// all, or may drop the download silently: the caller offers another way as well.

/** How long the file's address lives: long enough for a slow "Save as" dialog to read it. */
const ADDRESS_LIFETIME_MS = 60_000;

/** Starts the download; false where this window has no way to download a file made in the page. */
export function downloadFile(
  fileName: string,
  content: string | Uint8Array<ArrayBuffer>,
  type: string,
): boolean {
  if (typeof URL.createObjectURL !== "function" || !("download" in HTMLAnchorElement.prototype)) return false;
  const address = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = address;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
    return true;
  } catch {
    return false;
  } finally {
    link.remove();
    // Revoked at once, the address could be gone before the browser has read the file.
    setTimeout(() => URL.revokeObjectURL(address), ADDRESS_LIFETIME_MS);
  }
}

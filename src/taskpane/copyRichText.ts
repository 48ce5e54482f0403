// Copying text with its formatting, so that it pastes into Word as it should look. Office's webviews
// often refuse the asynchronous clipboard, so the older copy event is tried next.

export interface RichText {
  readonly plain: string;
  readonly html: string;
}

/** Puts both forms on the clipboard; false when this window lets neither way through. */
export async function copyRichText(content: RichText): Promise<boolean> {
  if (typeof ClipboardItem !== "undefined" && typeof navigator.clipboard?.write === "function") {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/plain": new Blob([content.plain], { type: "text/plain" }),
          "text/html": new Blob([content.html], { type: "text/html" }),
        }),
      ]);
      return true;
    } catch {
      // Refused (no permission, or not in this webview): the copy event below may still be allowed.
    }
  }
  return copyThroughCopyEvent(content);
}

function copyThroughCopyEvent({ plain, html }: RichText): boolean {
  let written = false;
  const fill = (event: ClipboardEvent) => {
    if (event.clipboardData === null) return;
    event.clipboardData.setData("text/plain", plain);
    event.clipboardData.setData("text/html", html);
    // Without this the browser copies the page's selection instead of the data set here.
    event.preventDefault();
    written = true;
  };
  document.addEventListener("copy", fill);
  try {
    return document.execCommand("copy") && written;
  } catch {
    return false;
  } finally {
    document.removeEventListener("copy", fill);
  }
}

/** Selects an element's text, for the user to copy with Ctrl+C when nothing else could. */
export function selectText(element: HTMLElement): void {
  element.focus();
  window.getSelection()?.selectAllChildren(element);
}

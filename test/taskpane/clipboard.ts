// The clipboard as the pane meets it in Office's webviews, for tests of the buttons that copy.

/** The browser's clipboard as Office's webviews may or may not offer it. */
export function offerClipboard(write: ((items: ClipboardItem[]) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, "clipboard", { value: write && { write }, configurable: true });
  Object.defineProperty(globalThis, "ClipboardItem", {
    value:
      write &&
      class {
        constructor(readonly items: Record<string, Blob>) {}
      },
    configurable: true,
  });
}

/** document.execCommand("copy") as a browser runs it: a copy event whose data the handler fills. */
export function offerCopyCommand(allowed: boolean) {
  const copied = new Map<string, string>();
  document.execCommand = jest.fn(() => {
    if (!allowed) return false;
    const event = new Event("copy", { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, "clipboardData", {
      value: { setData: (type: string, data: string) => copied.set(type, data) },
    });
    document.dispatchEvent(event);
    return event.defaultPrevented;
  });
  return copied;
}

/** jsdom's Blob has no text(). */
export function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

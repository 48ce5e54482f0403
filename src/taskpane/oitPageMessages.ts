// What the OIT page's buttons say: copied, selected to copy by hand, downloaded, or copied instead.
import type { LocalizedMessage } from "./panelMessage";

export function oitPageCopied(fileName: string): LocalizedMessage {
  return ({ oitPage }) => ({
    intent: "success",
    title: oitPage.copied,
    lines: [oitPage.copiedLine(fileName)],
  });
}

export const oitPageSelectedToCopy: LocalizedMessage = ({ oitPage }) => ({
  intent: "warning",
  title: oitPage.copyBlocked,
  lines: [oitPage.copyBlockedLine],
});

/** The pane cannot know whether the webview saved the file, so it says where to look, and what then. */
export function oitPageDownloaded(fileName: string): LocalizedMessage {
  return ({ oitPage }) => ({
    intent: "success",
    title: oitPage.downloaded(fileName),
    lines: [oitPage.downloadedLine],
  });
}

export function oitPageCopiedInstead(fileName: string): LocalizedMessage {
  return ({ oitPage }) => ({
    intent: "warning",
    title: oitPage.downloadBlocked,
    lines: [oitPage.copiedLine(fileName)],
  });
}

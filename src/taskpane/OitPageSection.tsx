import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useRef } from "react";
import { SourceBox } from "./SourceBox";
import { formatDigits } from "../domain/thaiDigits";
import { oitPageFileName, oitPageHtml, oitTableHtml, type OitPageSource } from "../layout/oitPage";
import { copyRichText } from "./copyRichText";
import { downloadFile } from "./downloadFile";
import { usePaneText } from "./i18n/PaneTextContext";
import type { LocalizedMessage } from "./panelMessage";
import { PanelAction, PanelResults } from "./PanelAction";
import {
  oitPageCopied,
  oitPageCopiedInstead,
  oitPageDownloaded,
  oitPageSelectedToCopy,
} from "./oitPageMessages";
import { usePanelStyles } from "./panelStyles";
import { usePanelAction } from "./usePanelAction";

export interface OitPageSectionProps {
  /** The register read with the summary; null for a workbook without one. */
  readonly page: OitPageSource | null;
}

/** The OIT register as a web page for the agency's site: copied, or downloaded as a file. */
export function OitPageSection({ page }: OitPageSectionProps) {
  const panelStyles = usePanelStyles();
  const text = usePaneText();
  const action = usePanelAction<"copy" | "download">();
  const sourceBox = useRef<HTMLTextAreaElement>(null);

  const heading = (
    <Subtitle2 as="h2" className={panelStyles.paragraph}>
      {text.oitPage.heading}
    </Subtitle2>
  );
  if (page === null) {
    return (
      <div className={panelStyles.panel}>
        {heading}
        <Caption1 as="p" className={panelStyles.paragraph}>
          {text.oitPage.noRegister}
        </Caption1>
      </div>
    );
  }
  const html = oitPageHtml(page);
  const fileName = oitPageFileName(page.fiscalYear);

  /**
   * The whole page as plain text, for Notepad and a site editor's HTML view; the table alone as HTML, so
   * that a site editor's usual view takes it in as a table with its links. Where this window copies
   * nothing, the page's source is selected for Ctrl+C.
   */
  const copyPage = async (copied: LocalizedMessage): Promise<LocalizedMessage> => {
    if (await copyRichText({ plain: html, html: oitTableHtml(page) })) return copied;
    sourceBox.current?.focus();
    sourceBox.current?.select();
    return oitPageSelectedToCopy;
  };
  const copy = () => action.run("copy", () => copyPage(oitPageCopied(fileName)));
  const download = () =>
    action.run("download", async () =>
      downloadFile(fileName, html, "text/html;charset=utf-8")
        ? oitPageDownloaded(fileName)
        : copyPage(oitPageCopiedInstead(fileName)),
    );

  const write = (value: number) =>
    formatDigits(String(value), text.language === "th" ? page.digits : "arabic");
  return (
    <div className={panelStyles.panel}>
      {heading}
      <Caption1 as="p" className={panelStyles.paragraph}>
        {text.oitPage.intro(write(page.rows.length))}
      </Caption1>
      <PanelAction
        label={text.oitPage.copy}
        onClick={copy}
        busy={action.running !== null}
        appearance="secondary"
      />
      <PanelAction
        label={text.oitPage.download}
        onClick={download}
        busy={action.running !== null}
        appearance="secondary"
      />
      <PanelResults label={text.oitPage.results} message={action.message} />
      <SourceBox ref={sourceBox} value={html} rows={4} label={text.oitPage.source} />
    </div>
  );
}

// The memo a panel made, as staff send it (tables and all, in the workbook's digits), and Copy, which puts
// it on the clipboard for Word; where the pane may not write the clipboard, the memo is selected to copy.
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import type { OfficialMemo } from "../domain/officialMemo";
import { officialMemoHtml, officialMemoPlainText } from "../domain/officialMemoText";
import { copyRichText, selectText } from "./copyRichText";
import { usePaneText } from "./i18n/PaneTextContext";
import { OfficialMemoView } from "./OfficialMemoView";
import { PanelAction, PanelResults } from "./PanelAction";
import { usePanelStyles } from "./panelStyles";
import { memoCopied, memoSelectedToCopy } from "./summaryMessages";
import { usePanelAction } from "./usePanelAction";

const useStyles = makeStyles({
  memo: {
    maxHeight: "50vh",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
});

export function MemoSection({ memo, font }: { memo: OfficialMemo; font: string }) {
  const panelStyles = usePanelStyles();
  const styles = useStyles();
  const text = usePaneText();
  const copying = usePanelAction<"copy">();
  const memoText = useRef<HTMLDivElement>(null);
  const headingId = useId();

  const copy = () =>
    copying.run("copy", async () => {
      const copied = await copyRichText({
        plain: officialMemoPlainText(memo),
        html: officialMemoHtml(memo, font),
      });
      if (copied) return memoCopied(font);
      if (memoText.current) selectText(memoText.current);
      return memoSelectedToCopy;
    });

  return (
    <div className={panelStyles.panel}>
      <Subtitle2 as="h2" id={headingId} className={panelStyles.paragraph}>
        {text.summary.memo}
      </Subtitle2>
      {/* Focusable, so that keyboard users can scroll it and select it to copy by hand. */}
      <div
        ref={memoText}
        className={styles.memo}
        lang="th"
        tabIndex={0}
        role="region"
        aria-labelledby={headingId}
      >
        <OfficialMemoView memo={memo} />
      </div>
      <PanelAction
        label={text.summary.copy}
        onClick={copy}
        busy={copying.running !== null}
        appearance="secondary"
      />
      <PanelResults label={text.summary.copyResult} message={copying.message} />
    </div>
  );
}

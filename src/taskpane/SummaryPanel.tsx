import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { officialMemo, type OfficialMemo } from "../domain/officialMemo";
import { officialMemoHtml, officialMemoPlainText } from "../domain/officialMemoText";
import type { SummaryOutcome } from "../excel/summaryOutcome";
import { copyRichText, selectText } from "./copyRichText";
import { usePaneText } from "./i18n/PaneTextContext";
import { OfficialMemoView } from "./OfficialMemoView";
import { OitPageSection } from "./OitPageSection";
import { PanelAction, PanelResults } from "./PanelAction";
import { usePanelStyles } from "./panelStyles";
import { SummaryFigures } from "./SummaryFigures";
import { memoCopied, memoSelectedToCopy, summaryFailure, summaryWritten } from "./summaryMessages";
import { usePanelAction } from "./usePanelAction";

export interface SummaryActions {
  /** Writes the summary sheet and returns its figures and the memo text. */
  readonly summarise: () => Promise<SummaryOutcome>;
}

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

/** Summarise: the figures, the memo text for the executive, and Copy. */
export function SummaryPanel({ summarise }: SummaryActions) {
  const panelStyles = usePanelStyles();
  const styles = useStyles();
  const text = usePaneText();
  const [outcome, setOutcome] = useState<SummaryOutcome | null>(null);
  const summary = usePanelAction<"summarise">();
  const copying = usePanelAction<"copy">();
  const memoText = useRef<HTMLDivElement>(null);

  const start = () =>
    summary.run("summarise", async () => {
      copying.tell(null);
      try {
        const made = await summarise();
        setOutcome(made);
        return summaryWritten(made);
      } catch (error) {
        setOutcome(null);
        return summaryFailure(error);
      }
    });

  // The memo as staff send it, tables and all, in the workbook's digits.
  const memo = useMemo(() => outcome && officialMemo(outcome.summary), [outcome]);

  const copy = (made: SummaryOutcome, whole: OfficialMemo) =>
    copying.run("copy", async () => {
      const font = made.summary.settings.documentFont;
      const copied = await copyRichText({
        plain: officialMemoPlainText(whole),
        html: officialMemoHtml(whole, font),
      });
      if (copied) return memoCopied(font);
      if (memoText.current) selectText(memoText.current);
      return memoSelectedToCopy;
    });

  return (
    <section className={panelStyles.panel} aria-label={text.app.tabs.summary}>
      <Caption1 as="p" className={panelStyles.paragraph}>
        {text.summary.intro}
      </Caption1>
      <PanelAction
        label={text.summary.summarise}
        onClick={start}
        busy={summary.running !== null}
        progress={summary.running && text.summary.summarising}
      />
      <PanelResults label={text.summary.results} message={summary.message} />
      {outcome && <SummaryFigures summary={outcome.summary} />}
      {outcome && (
        <div className={panelStyles.panel}>
          <Subtitle2 as="h2" id="summary-memo" className={panelStyles.paragraph}>
            {text.summary.memo}
          </Subtitle2>
          {/* Focusable, so that keyboard users can scroll it and select it to copy by hand. */}
          <div
            ref={memoText}
            className={styles.memo}
            lang="th"
            tabIndex={0}
            role="region"
            aria-labelledby="summary-memo"
          >
            {memo && <OfficialMemoView memo={memo} />}
          </div>
          <PanelAction
            label={text.summary.copy}
            onClick={() => memo && copy(outcome, memo)}
            busy={copying.running !== null}
            appearance="secondary"
          />
          <PanelResults label={text.summary.copyResult} message={copying.message} />
        </div>
      )}
      {outcome && <OitPageSection page={outcome.oitPage} />}
    </section>
  );
}

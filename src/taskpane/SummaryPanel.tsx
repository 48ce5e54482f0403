import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { memoHtml, memoPlainText } from "../domain/memo";
import type { SummaryOutcome } from "../excel/summaryOutcome";
import { copyRichText, selectText } from "./copyRichText";
import { usePaneText } from "./i18n/PaneTextContext";
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
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0`, textIndent: "2em" },
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

  const copy = (made: SummaryOutcome) =>
    copying.run("copy", async () => {
      const font = made.summary.settings.documentFont;
      const copied = await copyRichText({ plain: memoPlainText(made.memo), html: memoHtml(made.memo, font) });
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
            {outcome.memo.map((paragraph, index) => (
              <p key={index} className={styles.paragraph}>
                {paragraph}
              </p>
            ))}
          </div>
          <PanelAction
            label={text.summary.copy}
            onClick={() => copy(outcome)}
            busy={copying.running !== null}
            appearance="secondary"
          />
          <PanelResults label={text.summary.copyResult} message={copying.message} />
        </div>
      )}
    </section>
  );
}

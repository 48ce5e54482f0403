import { Caption1 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { officialMemo } from "../domain/officialMemo";
import type { SummaryOutcome } from "../excel/summaryOutcome";
import { usePaneText } from "./i18n/PaneTextContext";
import { MemoSection } from "./MemoSection";
import { OitPageSection } from "./OitPageSection";
import { PanelAction, PanelResults } from "./PanelAction";
import { usePanelStyles } from "./panelStyles";
import { SummaryFigures } from "./SummaryFigures";
import { summaryFailure, summaryWritten } from "./summaryMessages";
import { usePanelAction } from "./usePanelAction";

export interface SummaryActions {
  /** Writes the summary sheet and returns its figures and the memo text. */
  readonly summarise: () => Promise<SummaryOutcome>;
}

/** Summarise: the figures, the memo text for the executive, and Copy. */
export function SummaryPanel({ summarise }: SummaryActions) {
  const panelStyles = usePanelStyles();
  const text = usePaneText();
  const [outcome, setOutcome] = useState<SummaryOutcome | null>(null);
  // Each summary's memo section starts afresh, without the last copy's message.
  const [made, setMade] = useState(0);
  const summary = usePanelAction<"summarise">();

  const start = () =>
    summary.run("summarise", async () => {
      try {
        const made = await summarise();
        setOutcome(made);
        setMade((count) => count + 1);
        return summaryWritten(made);
      } catch (error) {
        setOutcome(null);
        return summaryFailure(error);
      }
    });

  // The memo as staff send it, tables and all, in the workbook's digits.
  const memo = useMemo(() => outcome && officialMemo(outcome.summary), [outcome]);

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
      {outcome && memo && <MemoSection key={made} memo={memo} font={outcome.summary.settings.documentFont} />}
      {outcome && <OitPageSection page={outcome.oitPage} />}
    </section>
  );
}

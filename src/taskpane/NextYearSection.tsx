import { Text } from "@fluentui/react-components";
import { usePaneText } from "./i18n/PaneTextContext";
import { nextYearFailure, nextYearOutcome } from "./nextYearMessages";
import type { NextYearDelivery } from "./nextYearWorkbook";
import { PanelAction, PanelResults } from "./PanelAction";
import { usePanelStyles } from "./panelStyles";
import { usePanelAction } from "./usePanelAction";

export type StartNextYear = () => Promise<NextYearDelivery>;

/** The yearly turn: the next fiscal year's workbook, made from this one, which stays as it is. */
export function NextYearSection({ startNextYear }: { readonly startNextYear: StartNextYear }) {
  const styles = usePanelStyles();
  const text = usePaneText();
  const { running, message, run } = usePanelAction<"nextYear">();

  const start = () =>
    run("nextYear", async () => {
      try {
        return nextYearOutcome(await startNextYear());
      } catch (error) {
        return nextYearFailure(error);
      }
    });

  return (
    <section className={styles.panel} aria-label={text.nextYear.heading}>
      <Text as="h2" weight="semibold">
        {text.nextYear.heading}
      </Text>
      <Text as="p">{text.nextYear.intro}</Text>
      <PanelAction
        label={text.nextYear.start}
        onClick={start}
        busy={running !== null}
        progress={running && text.nextYear.starting}
      />
      <PanelResults label={text.nextYear.results} message={message} />
    </section>
  );
}

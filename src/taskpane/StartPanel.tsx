import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { CELL_TEXT_LIMIT } from "../domain/cellText";
import { ACCEPTED_FISCAL_YEARS } from "../domain/frameworks";
import type { CalendarDate } from "../domain/thaiCalendar";
import { defaultFiscalYear } from "../domain/workbookSettings";
import type { InsertOptions, InsertResult } from "../excel/insertItaSheets";
import type { SettingsChoice } from "../layout/settingsWrites";
import { usePaneText } from "./i18n/PaneTextContext";
import { frameworkHint, insertFailure, insertOutcome } from "./insertMessages";
import { NextYearSection, type StartNextYear } from "./NextYearSection";
import { PanelAction, PanelResults } from "./PanelAction";
import { usePanelStyles } from "./panelStyles";
import { usePanelAction } from "./usePanelAction";

export type InsertSheets = (options: InsertOptions) => Promise<InsertResult>;

export interface StartPanelProps {
  readonly insertSheets: InsertSheets;
  readonly startNextYear: StartNextYear;
  readonly today: CalendarDate;
  /** Chosen in Settings before the workbook had our sheets; a workbook with them keeps its own. */
  readonly chosen?: SettingsChoice;
}

/** The first action: the agency and fiscal year, then one button that inserts the ITA sheets. */
export function StartPanel({ insertSheets, startNextYear, today, chosen }: StartPanelProps) {
  const styles = usePanelStyles();
  const text = usePaneText();
  const [agency, setAgency] = useState("");
  const [fiscalYear, setFiscalYear] = useState(() => defaultFiscalYear(today));
  const { running, message, run } = usePanelAction<"insert">();

  const insert = () =>
    run("insert", async () => {
      const trimmed = agency.trim();
      try {
        const result = await insertSheets({
          fiscalYear,
          ...(trimmed !== "" && { agency: trimmed }),
          ...chosen,
        });
        return insertOutcome(result, fiscalYear);
      } catch (error) {
        return insertFailure(error);
      }
    });

  return (
    <section className={styles.panel} aria-label={text.app.tabs.start}>
      <Field label={text.start.agency} hint={text.start.agencyHint}>
        <Input
          value={agency}
          maxLength={CELL_TEXT_LIMIT}
          onChange={(_, data) => setAgency(data.value)}
          disabled={running !== null}
        />
      </Field>
      <Field
        label={text.start.fiscalYear}
        hint={frameworkHint(text, fiscalYear).map((line) => (
          <div key={line}>{line}</div>
        ))}
      >
        <Select
          value={String(fiscalYear)}
          onChange={(_, data) => setFiscalYear(Number(data.value))}
          disabled={running !== null}
        >
          {ACCEPTED_FISCAL_YEARS.map((year) => (
            <option key={year} value={String(year)}>
              {text.start.fiscalYearOption(year)}
            </option>
          ))}
        </Select>
      </Field>
      <PanelAction
        label={text.start.insert}
        onClick={insert}
        busy={running !== null}
        progress={running && text.start.inserting}
      />
      <PanelResults label={text.start.results} message={message} />
      <NextYearSection startNextYear={startNextYear} />
    </section>
  );
}

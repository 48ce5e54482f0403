import { Button, Field, Input, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { SUPPORTED_FISCAL_YEARS } from "../domain/frameworks";
import type { CalendarDate } from "../domain/thaiCalendar";
import { defaultFiscalYear } from "../domain/workbookSettings";
import type { InsertOptions, InsertResult } from "../excel/insertItaSheets";
import type { PanelMessage } from "./failures";
import { fiscalYearLabel, frameworkHint, insertFailure, insertOutcome } from "./insertMessages";
import { PanelMessageBar } from "./PanelMessageBar";

export type InsertSheets = (options: InsertOptions) => Promise<InsertResult>;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  action: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

/** The first action: the agency and fiscal year, then one button that inserts the ITA sheets. */
export function StartPanel({ insertSheets, today }: { insertSheets: InsertSheets; today: CalendarDate }) {
  const styles = useStyles();
  const [agency, setAgency] = useState("");
  const [fiscalYear, setFiscalYear] = useState(() => defaultFiscalYear(today));
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  // A second click can arrive before React has re-rendered the button as disabled.
  const busy = useRef(false);

  async function insert() {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    setMessage(null);
    try {
      const trimmed = agency.trim();
      const result = await insertSheets({ fiscalYear, ...(trimmed !== "" && { agency: trimmed }) });
      setMessage(insertOutcome(result, fiscalYear));
    } catch (error) {
      setMessage(insertFailure(error));
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }

  return (
    <section className={styles.panel} aria-label="เริ่มต้น">
      <Field label="ชื่อหน่วยงาน" hint="เช่น องค์การบริหารส่วนตำบลมะเฟือง แสดงในหัวแผ่นงาน">
        <Input value={agency} onChange={(_, data) => setAgency(data.value)} disabled={running} />
      </Field>
      <Field label="ปีงบประมาณ" hint={frameworkHint(fiscalYear)}>
        <Select
          value={String(fiscalYear)}
          onChange={(_, data) => setFiscalYear(Number(data.value))}
          disabled={running}
        >
          {SUPPORTED_FISCAL_YEARS.map((year) => (
            <option key={year} value={String(year)}>
              {fiscalYearLabel(year)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.action}>
        <Button appearance="primary" onClick={insert} disabled={running}>
          แทรกแบบฟอร์ม ITA
        </Button>
        {running && <Spinner size="tiny" label="กำลังแทรกแบบฟอร์ม…" />}
      </div>
      {message && <PanelMessageBar message={message} />}
    </section>
  );
}

import { Body1, Button, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CalendarDate } from "../domain/thaiCalendar";
import { CheckPanel, type CheckActions } from "./CheckPanel";
import { StartPanel, type InsertSheets } from "./StartPanel";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  heading: { display: "flex", flexDirection: "column", margin: 0 },
  paragraph: { margin: 0 },
  tabs: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export interface AppProps extends CheckActions {
  /** Inserts the ITA sheets into the open workbook; passed in so the pane runs without Office in tests. */
  readonly insertSheets: InsertSheets;
  /** Today in Thailand, for the fiscal year offered first. */
  readonly today: CalendarDate;
}

const PANELS = { start: "เริ่มต้น", check: "ตรวจสอบ" } as const;

type PanelId = keyof typeof PANELS;

/** What the add-in is, in Thai first and then English, and its actions, one panel each. */
export function App({ insertSheets, today, ...checkActions }: AppProps) {
  const styles = useStyles();
  const [panel, setPanel] = useState<PanelId>("start");
  return (
    <main className={styles.page}>
      <h1 className={styles.heading}>
        <Title3>ติดตามผล ITA</Title3>
        <Caption1 lang="en">ITA Tracker</Caption1>
      </h1>
      <Body1 as="p" className={styles.paragraph}>
        ช่วยจัดทำตารางติดตามมาตรการ ITA ใน Excel ตรวจสอบความครบถ้วน และสรุปผลสำหรับรายงานผู้บริหาร
      </Body1>
      <Body1 as="p" lang="en" className={styles.paragraph}>
        Sets up your ITA improvement-measure tracking sheets in Excel, checks them, and summarises progress
        for the executive report.
      </Body1>
      {/* Buttons with tab roles: Fluent's TabList would add about 23 KB gzipped to the pane for two tabs. */}
      <div role="tablist" className={styles.tabs}>
        {(Object.keys(PANELS) as PanelId[]).map((id) => (
          <Button
            key={id}
            id={`tab-${id}`}
            role="tab"
            aria-selected={panel === id}
            aria-controls={`panel-${id}`}
            appearance={panel === id ? "secondary" : "subtle"}
            onClick={() => setPanel(id)}
          >
            {PANELS[id]}
          </Button>
        ))}
      </div>
      {/* Both stay mounted, so a check's result is still there after a look at the other panel. */}
      <div role="tabpanel" id="panel-start" aria-labelledby="tab-start" hidden={panel !== "start"}>
        <StartPanel insertSheets={insertSheets} today={today} />
      </div>
      <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={panel !== "check"}>
        <CheckPanel {...checkActions} />
      </div>
    </main>
  );
}

import { Body1, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import type { CalendarDate } from "../domain/thaiCalendar";
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
});

export interface AppProps {
  /** Inserts the ITA sheets into the open workbook; passed in so the pane runs without Office in tests. */
  readonly insertSheets: InsertSheets;
  /** Today in Thailand, for the fiscal year offered first. */
  readonly today: CalendarDate;
}

/** The first screen: what the add-in is, in Thai first and then English, and its first action. */
export function App({ insertSheets, today }: AppProps) {
  const styles = useStyles();
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
      <StartPanel insertSheets={insertSheets} today={today} />
    </main>
  );
}

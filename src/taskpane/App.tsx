import { Body1, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";

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

/** The first screen: what the add-in is, in Thai first and then English. */
export function App() {
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
    </main>
  );
}

import { Body1, Button, makeStyles, Spinner, Title3, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import type { Language } from "../domain/checkMessages";
import type { CalendarDate } from "../domain/thaiCalendar";
import type { SettingsChoice } from "../layout/settingsWrites";
import type { CheckActions } from "./CheckPanel";
import type { ConsolidateActions } from "./ConsolidatePanel";
import { PANE_TEXT } from "./i18n/language";
import type { PanelId } from "./i18n/paneText";
import { PaneTextContext } from "./i18n/PaneTextContext";
import { PaneTabs, PANELS } from "./PaneTabs";
import type { SettingsActions } from "./SettingsPanel";
import type { StartNextYear } from "./NextYearSection";
import { StartPanel, type InsertSheets } from "./StartPanel";
import type { SummaryActions } from "./SummaryPanel";

// Panels other than Start are drawn when their tab is first opened: their code, and the checks and
// summaries it needs, load then, so the pane's first render carries only the Start panel.
const CheckPanel = lazy(() => import("./CheckPanel").then((module) => ({ default: module.CheckPanel })));
const SummaryPanel = lazy(() =>
  import("./SummaryPanel").then((module) => ({ default: module.SummaryPanel })),
);
const ConsolidatePanel = lazy(() =>
  import("./ConsolidatePanel").then((module) => ({ default: module.ConsolidatePanel })),
);
const SettingsPanel = lazy(() =>
  import("./SettingsPanel").then((module) => ({ default: module.SettingsPanel })),
);

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
});

export interface AppProps extends CheckActions, SummaryActions, ConsolidateActions, SettingsActions {
  /** Inserts the ITA sheets into the open workbook; passed in so the pane runs without Office in tests. */
  readonly insertSheets: InsertSheets;
  readonly startNextYear: StartNextYear;
  /** Today in Thailand, for the fiscal year offered first. */
  readonly today: CalendarDate;
  /** The user's earlier choice, or from Office's display language; the user can switch. */
  readonly language: Language;
  /** Told the language the user switches to, so that the pane opens in it next time. */
  readonly onLanguageChosen?: (language: Language) => void;
}

/** What the add-in is, and its actions, one panel each behind a tab. */
export function App({
  insertSheets,
  startNextYear,
  today,
  language: officeLanguage,
  onLanguageChosen,
  summarise,
  readUnitFile,
  consolidate,
  readSettings,
  saveSettings,
  askHost,
  ...checkActions
}: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState(officeLanguage);
  const [panel, setPanel] = useState<PanelId>("start");
  // A panel is first drawn when its tab is first opened, which keeps the pane's first render short.
  const [opened, setOpened] = useState<ReadonlySet<PanelId>>(() => new Set([panel]));
  const [chosen, setChosen] = useState<SettingsChoice>();
  const text = PANE_TEXT[language];
  const other: Language = language === "th" ? "en" : "th";

  function open(id: PanelId) {
    setPanel(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  }

  const panels: Record<PanelId, ReactNode> = {
    start: (
      <StartPanel insertSheets={insertSheets} startNextYear={startNextYear} today={today} chosen={chosen} />
    ),
    check: <CheckPanel {...checkActions} />,
    summary: <SummaryPanel summarise={summarise} />,
    consolidate: <ConsolidatePanel readUnitFile={readUnitFile} consolidate={consolidate} />,
    settings: (
      <SettingsPanel
        readSettings={readSettings}
        saveSettings={saveSettings}
        askHost={askHost}
        shown={panel === "settings"}
        onChosen={setChosen}
      />
    ),
  };

  return (
    <PaneTextContext.Provider value={text}>
      <main className={styles.page} lang={language}>
        <header className={styles.header}>
          <h1 className={styles.heading}>
            <Title3>{text.app.title}</Title3>
          </h1>
          <Button
            appearance="subtle"
            size="small"
            lang={other}
            title={text.app.switchLanguage}
            onClick={() => {
              setLanguage(other);
              onLanguageChosen?.(other);
            }}
          >
            {text.app.otherLanguage}
          </Button>
        </header>
        <Body1 as="p" className={styles.paragraph}>
          {text.app.intro}
        </Body1>
        <PaneTabs selected={panel} onSelect={open} />
        {/* An opened panel stays mounted, so a result is still there after a look at another panel. */}
        {PANELS.map((id) => (
          <div
            key={id}
            role="tabpanel"
            id={`panel-${id}`}
            aria-labelledby={`tab-${id}`}
            hidden={panel !== id}
          >
            {opened.has(id) && (
              <Suspense fallback={<Spinner size="small" label={text.app.opening} />}>{panels[id]}</Suspense>
            )}
          </div>
        ))}
      </main>
    </PaneTextContext.Provider>
  );
}

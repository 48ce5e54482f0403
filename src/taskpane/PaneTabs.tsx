// The pane's tabs, as WAI-ARIA's tabs pattern has them: one tab in the Tab order (roving tabindex), the
// arrow keys move between tabs and show each at once, Home and End go to the first and the last.
// Buttons with tab roles: Fluent's TabList would add about 23 KB gzipped to the pane.
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";
import { usePaneText } from "./i18n/PaneTextContext";
import type { PanelId } from "./i18n/paneText";

export const PANELS: readonly PanelId[] = ["start", "check", "summary", "consolidate", "settings"];

const useStyles = makeStyles({
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Narrow, so that as many tabs as can share a row do; at the narrowest pane the last wraps to a second.
  tab: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  selected: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 calc(-1 * ${tokens.strokeWidthThicker}) 0 ${tokens.colorBrandStroke1}`,
  },
});

/** The index the key moves to from `current`, wrapping around; null for a key that does not move. */
function tabAfterKey(key: string, current: number): number | null {
  switch (key) {
    case "ArrowRight":
      return (current + 1) % PANELS.length;
    case "ArrowLeft":
      return (current - 1 + PANELS.length) % PANELS.length;
    case "Home":
      return 0;
    case "End":
      return PANELS.length - 1;
    default:
      return null;
  }
}

export function PaneTabs({ selected, onSelect }: { selected: PanelId; onSelect: (panel: PanelId) => void }) {
  const styles = useStyles();
  const text = usePaneText();
  const tabs = useRef<(HTMLElement | null)[]>([]);

  function move(event: KeyboardEvent) {
    const next = tabAfterKey(event.key, PANELS.indexOf(selected));
    if (next === null) return;
    event.preventDefault();
    onSelect(PANELS[next] as PanelId);
    tabs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label={text.app.tabList} className={styles.tabs} onKeyDown={move}>
      {PANELS.map((id, index) => (
        <Button
          key={id}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          id={`tab-${id}`}
          role="tab"
          aria-selected={selected === id}
          aria-controls={`panel-${id}`}
          tabIndex={selected === id ? 0 : -1}
          appearance="subtle"
          className={mergeClasses(styles.tab, selected === id && styles.selected)}
          onClick={() => onSelect(id)}
        >
          {text.app.tabs[id]}
        </Button>
      ))}
    </div>
  );
}

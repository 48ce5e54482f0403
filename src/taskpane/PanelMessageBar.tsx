import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { usePaneText } from "./i18n/PaneTextContext";
import type { LocalizedMessage } from "./panelMessage";

const useStyles = makeStyles({
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A panel's outcome or failure: a title, then its lines. */
export function PanelMessageBar({ message }: { message: LocalizedMessage }) {
  const styles = useStyles();
  const { intent, title, lines } = message(usePaneText());
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {lines.length > 0 && (
          <ul className={styles.lines}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

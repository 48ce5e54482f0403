import { Button, Caption1, Link, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { problemMessage } from "../domain/checkMessages";
import { scoreConversions } from "../layout/scoreConversions";
import {
  problemsBySheet,
  type Problem,
  type ProblemGroup,
  type WorkbookCheck,
} from "../layout/workbookCheck";
import {
  CHECK_TEXT,
  checkFailure,
  checkSummary,
  convertedMessage,
  convertFailure,
  selectFailure,
} from "./checkPanelText";
import type { PanelMessage } from "./failures";
import { PanelMessageBar } from "./PanelMessageBar";

export interface CheckActions {
  /** Reads the open workbook and checks it; writes nothing. */
  readonly checkWorkbook: () => Promise<WorkbookCheck>;
  readonly selectCell: (sheet: string, address: string) => Promise<void>;
  /** Writes the numbers of the score problems that have one; resolves to the number of cells written. */
  readonly convertScores: (problems: readonly Problem[]) => Promise<number>;
}

/** Problems listed per group and severity; thousands of links would only slow the pane down. */
const SHOWN_PER_LIST = 100;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  action: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  paragraph: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
});

/** The address a problem's link selects: its cell, or A1 of a sheet whose headers are gone. */
function addressOf(problem: Problem): string {
  return problem.row === null || problem.column === null ? "A1" : `${problem.column}${problem.row}`;
}

export function CheckPanel({ checkWorkbook, selectCell, convertScores }: CheckActions) {
  const styles = useStyles();
  const [running, setRunning] = useState<"check" | "convert" | null>(null);
  const [result, setResult] = useState<WorkbookCheck | null>(null);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  // A second click can arrive before React has re-rendered the buttons as disabled.
  const busy = useRef(false);

  async function run(kind: "check" | "convert", action: () => Promise<PanelMessage | null>) {
    if (busy.current) return;
    busy.current = true;
    setRunning(kind);
    setMessage(null);
    try {
      setMessage(await action());
    } finally {
      busy.current = false;
      setRunning(null);
    }
  }

  async function checkNow(): Promise<PanelMessage | null> {
    try {
      setResult(await checkWorkbook());
      return null;
    } catch (error) {
      setResult(null);
      return checkFailure(error);
    }
  }

  const check = () => run("check", checkNow);

  const convert = (problems: readonly Problem[]) =>
    run("convert", async () => {
      let count: number;
      try {
        count = await convertScores(problems);
      } catch (error) {
        return convertFailure(error);
      }
      return (await checkNow()) ?? convertedMessage(count);
    });

  function select(problem: Problem) {
    const { sheet } = problem;
    if (sheet === null) return;
    selectCell(sheet, addressOf(problem)).catch((error: unknown) => setMessage(selectFailure(error, sheet)));
  }

  const conversions = result === null ? [] : scoreConversions(result.problems);

  return (
    <section className={styles.panel} aria-label={CHECK_TEXT.panel}>
      <Caption1 as="p" className={styles.paragraph}>
        {CHECK_TEXT.intro}
      </Caption1>
      <div className={styles.action}>
        <Button appearance="primary" onClick={check} disabled={running !== null}>
          {CHECK_TEXT.button}
        </Button>
        {running && (
          <Spinner size="tiny" label={running === "check" ? CHECK_TEXT.running : CHECK_TEXT.converting} />
        )}
      </div>
      <div aria-live="polite" aria-label={CHECK_TEXT.results} className={styles.panel}>
        {message && <PanelMessageBar message={message} />}
        {result && <PanelMessageBar message={checkSummary(result.counts)} />}
        {result && conversions.length > 0 && (
          <div className={styles.action}>
            <Button onClick={() => convert(result.problems)} disabled={running !== null}>
              {CHECK_TEXT.convert}
            </Button>
            <Caption1>{CHECK_TEXT.convertHint(conversions.length)}</Caption1>
          </div>
        )}
        {result &&
          problemsBySheet(result.problems).map((group) => (
            <ProblemGroupView key={group.sheet ?? ""} group={group} onSelect={select} />
          ))}
      </div>
    </section>
  );
}

function ProblemGroupView({
  group,
  onSelect,
}: {
  group: ProblemGroup;
  onSelect: (problem: Problem) => void;
}) {
  const styles = useStyles();
  const title = group.sheet === null ? CHECK_TEXT.workbook : CHECK_TEXT.sheet(group.sheet);
  return (
    <section className={styles.group} aria-label={title}>
      <Subtitle2 as="h2" className={styles.paragraph}>
        {title}
        {group.sheet !== null && ` (${CHECK_TEXT.tally(group.errors.length, group.warnings.length)})`}
      </Subtitle2>
      <ProblemList heading={CHECK_TEXT.errors} problems={group.errors} onSelect={onSelect} />
      <ProblemList heading={CHECK_TEXT.warnings} problems={group.warnings} onSelect={onSelect} />
    </section>
  );
}

function ProblemList({
  heading,
  problems,
  onSelect,
}: {
  heading: string;
  problems: readonly Problem[];
  onSelect: (problem: Problem) => void;
}) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  const hidden = problems.length - SHOWN_PER_LIST;
  return (
    <>
      <Caption1 as="h3" className={styles.paragraph}>
        {heading} {problems.length}
      </Caption1>
      <ul className={styles.list}>
        {problems.slice(0, SHOWN_PER_LIST).map((problem, index) => (
          <li key={index} className={styles.item}>
            {problem.sheet === null ? (
              problemMessage(problem, "th")
            ) : (
              <Link onClick={() => onSelect(problem)} title={CHECK_TEXT.goTo(addressOf(problem))}>
                {problemMessage(problem, "th")}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && <Caption1>{CHECK_TEXT.more(hidden)}</Caption1>}
    </>
  );
}

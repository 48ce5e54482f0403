import { Button, Caption1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { problemMessage } from "../domain/checkMessages";
import { scoreConversions } from "../layout/scoreConversions";
import {
  problemsBySheet,
  type Problem,
  type ProblemGroup,
  type WorkbookCheck,
} from "../layout/workbookCheck";
import {
  checkFailure,
  checkSummary,
  convertedMessage,
  convertFailure,
  selectFailure,
} from "./checkPanelText";
import { usePaneText } from "./i18n/PaneTextContext";
import { PanelAction, PanelResults } from "./PanelAction";
import { PanelMessageBar } from "./PanelMessageBar";
import type { LocalizedMessage } from "./panelMessage";
import { usePanelStyles } from "./panelStyles";
import { usePanelAction } from "./usePanelAction";

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
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  // No bullets: a problem is a button, which a bullet would only sit beside on its last line.
  list: { margin: 0, padding: 0, listStyleType: "none" },
  item: { marginBottom: tokens.spacingVerticalXS },
  problem: { textAlign: "start" },
});

/** The address a problem's link selects: its cell, or A1 of a sheet whose headers are gone. */
function addressOf(problem: Problem): string {
  return problem.row === null || problem.column === null ? "A1" : `${problem.column}${problem.row}`;
}

export function CheckPanel({ checkWorkbook, selectCell, convertScores }: CheckActions) {
  const styles = usePanelStyles();
  const text = usePaneText();
  const [result, setResult] = useState<WorkbookCheck | null>(null);
  const { running, message, run, tell } = usePanelAction<"check" | "convert">();

  async function checkNow(): Promise<LocalizedMessage | null> {
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
    selectCell(sheet, addressOf(problem)).catch((error: unknown) => tell(selectFailure(error, sheet)));
  }

  const conversions = result === null ? [] : scoreConversions(result.problems);

  return (
    <section className={styles.panel} aria-label={text.app.tabs.check}>
      <Caption1 as="p" className={styles.paragraph}>
        {text.check.intro}
      </Caption1>
      <PanelAction
        label={text.check.check}
        onClick={check}
        busy={running !== null}
        progress={running && (running === "check" ? text.check.checking : text.check.converting)}
      />
      <PanelResults label={text.check.results} message={message} className={styles.panel}>
        {result && <PanelMessageBar message={checkSummary(result)} />}
        {result && conversions.length > 0 && (
          <div className={styles.action}>
            <Button onClick={() => convert(result.problems)} disabledFocusable={running !== null}>
              {text.check.convert}
            </Button>
            <Caption1>{text.check.convertHint(conversions.length)}</Caption1>
          </div>
        )}
        {result &&
          problemsBySheet(result.problems).map((group) => (
            <ProblemGroupView key={group.sheet ?? ""} group={group} onSelect={select} />
          ))}
      </PanelResults>
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
  const { paragraph } = usePanelStyles();
  const { check } = usePaneText();
  const title = group.sheet === null ? check.workbook : check.sheet(group.sheet);
  return (
    <section className={styles.group} aria-label={title}>
      <Subtitle2 as="h2" className={paragraph}>
        {title}
        {group.sheet !== null && ` (${check.tally(group.errors.length, group.warnings.length)})`}
      </Subtitle2>
      <ProblemList heading={check.errors} problems={group.errors} onSelect={onSelect} />
      <ProblemList heading={check.warnings} problems={group.warnings} onSelect={onSelect} />
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
  const { paragraph } = usePanelStyles();
  const text = usePaneText();
  if (problems.length === 0) return null;
  const hidden = problems.length - SHOWN_PER_LIST;
  return (
    <>
      <Caption1 as="h3" className={paragraph}>
        {heading} {problems.length}
      </Caption1>
      <ul className={styles.list}>
        {problems.slice(0, SHOWN_PER_LIST).map((problem, index) => (
          <li key={index} className={styles.item}>
            {problem.sheet === null ? (
              problemMessage(problem, text.language)
            ) : (
              <Link
                className={styles.problem}
                onClick={() => onSelect(problem)}
                title={text.check.goTo(addressOf(problem))}
              >
                {problemMessage(problem, text.language)}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && <Caption1>{text.check.more(hidden)}</Caption1>}
    </>
  );
}

import { Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { TOOL_IDS } from "../domain/framework";
import type { ScoredIndicator } from "../domain/scoring";
import { percentDone, type WorkbookSummary } from "../domain/summary";
import { formatDigits, formatScore, type DigitStyle } from "../domain/thaiDigits";
import { usePaneText } from "./i18n/PaneTextContext";
import type { PaneText } from "./i18n/paneText";
import { usePanelStyles } from "./panelStyles";

/** Overdue measures named in the pane; the summary sheet lists them all. */
const OVERDUE_SHOWN = 10;

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Numbers as the workbook writes its memo in Thai; Arabic digits beside English words. */
function digitsOf(text: PaneText, summary: WorkbookSummary): DigitStyle {
  return text.language === "th" ? summary.settings.digitStyle : "arabic";
}

/**
 * The figures of a summary: the scores read against the thresholds, the measures' progress, and the
 * OIT items complete where the workbook has a register.
 */
export function SummaryFigures({ summary }: { summary: WorkbookSummary }) {
  const styles = useStyles();
  const { panel, paragraph } = usePanelStyles();
  const text = usePaneText();
  const digits = digitsOf(text, summary);
  const number = (value: number) => formatDigits(String(value), digits);
  const { scores, settings } = summary;
  const { thresholds } = settings;
  const nameOf = ({ number: indicator, name }: ScoredIndicator) =>
    text.language === "th"
      ? name
      : (summary.framework.indicators.find((candidate) => candidate.number === indicator)?.nameEn ?? name);
  const indicatorList = (indicators: readonly ScoredIndicator[]) =>
    indicators.length === 0
      ? text.summary.none
      : indicators
          .map(
            (indicator) =>
              `${number(indicator.number)}. ${nameOf(indicator)} ${formatScore(indicator.score, digits)}`,
          )
          .join(", ");

  return (
    <div className={panel}>
      <section className={panel} aria-labelledby="summary-scores">
        <Subtitle2 as="h2" id="summary-scores" className={paragraph}>
          {text.summary.scores(settings.fiscalYear)}
        </Subtitle2>
        {scores === null ? (
          <Text>{text.summary.missingScores(summary.missingScores.map(number).join(", "))}</Text>
        ) : (
          <>
            <dl className={styles.figures}>
              <dt className={styles.term}>{text.summary.total}</dt>
              <dd className={styles.value}>{formatScore(scores.assessment.total, digits)}</dd>
              <dt className={styles.term}>{text.summary.result}</dt>
              <dd className={styles.value}>{text.summary.grade(scores.assessment.grade)}</dd>
              {TOOL_IDS.map((tool) => [
                <dt key={`${tool}-name`} className={styles.term}>
                  {tool}
                </dt>,
                <dd key={`${tool}-score`} className={styles.value}>
                  {formatScore(scores.assessment.tools[tool], digits)}
                </dd>,
              ])}
            </dl>
            <ul className={styles.list}>
              <li>
                {text.summary.strengths(number(thresholds.strength))}: {indicatorList(scores.strengths)}
              </li>
              <li>
                {text.summary.weaknesses(number(thresholds.strength))}: {indicatorList(scores.weaknesses)}
              </li>
              <li>
                {text.summary.belowExcellence(number(thresholds.excellence))}:{" "}
                {indicatorList(scores.belowExcellence)}
              </li>
              <li>
                {text.summary.belowPass(number(thresholds.pass))}: {indicatorList(scores.belowPass)}
              </li>
            </ul>
          </>
        )}
      </section>
      <section className={panel} aria-labelledby="summary-progress">
        <Subtitle2 as="h2" id="summary-progress" className={paragraph}>
          {text.summary.progress}
        </Subtitle2>
        <ul className={styles.list}>
          {TOOL_IDS.map((tool) => (
            <li key={tool}>
              {tool}:{" "}
              {text.summary.toolProgress(
                summary.progress[tool],
                formatScore(percentDone(summary.progress[tool]), digits),
                number,
              )}
            </li>
          ))}
        </ul>
        {summary.overdue.length > 0 && (
          <>
            <Text weight="semibold">{text.summary.overdue(summary.overdue.length, number)}</Text>
            <ul className={styles.list}>
              {summary.overdue.slice(0, OVERDUE_SHOWN).map((row) => (
                <li key={`${row.sheet}!${row.row}`}>
                  {text.summary.overdueRow(row.sheet, row.row)}: {row.measure}
                </li>
              ))}
            </ul>
            {summary.overdue.length > OVERDUE_SHOWN && (
              <Caption1>{text.summary.moreOverdue(summary.overdue.length - OVERDUE_SHOWN, number)}</Caption1>
            )}
          </>
        )}
      </section>
      {summary.oitReadiness !== null && (
        <section className={panel} aria-labelledby="summary-oit">
          <Subtitle2 as="h2" id="summary-oit" className={paragraph}>
            {text.summary.oit}
          </Subtitle2>
          <Text>{text.summary.oitReadiness(summary.oitReadiness, number)}</Text>
        </section>
      )}
    </div>
  );
}

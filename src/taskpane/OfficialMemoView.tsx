import { makeStyles, tokens } from "@fluentui/react-components";
import { DOTTED_LINE, MEMO_TITLE, type MemoBlock, type OfficialMemo } from "../domain/officialMemo";
import { fieldText } from "../domain/officialMemoText";

const useStyles = makeStyles({
  title: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    textAlign: "center",
    fontWeight: tokens.fontWeightBold,
  },
  line: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0`, textIndent: "2em" },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    textIndent: "2em",
    fontWeight: tokens.fontWeightBold,
  },
  table: { borderCollapse: "collapse", width: "100%", margin: `0 0 ${tokens.spacingVerticalS} 0` },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "top",
    // A cell's lines (steps numbered ๑., ๒., …) as the memo has them.
    whiteSpace: "pre-line",
  },
  signature: { margin: 0, textAlign: "right" },
});

/** The memo as it will paste into Word, for reading in the pane and for selecting by hand. */
export function OfficialMemoView({ memo }: { readonly memo: OfficialMemo }) {
  const styles = useStyles();
  const block = (part: MemoBlock, index: number) => {
    if (part.kind === "heading") {
      return (
        <p key={index} className={styles.heading}>
          {part.text}
        </p>
      );
    }
    if (part.kind === "paragraph") {
      return (
        <p key={index} className={styles.paragraph}>
          {part.text}
        </p>
      );
    }
    return (
      <table key={index} className={styles.table}>
        <thead>
          <tr>
            {part.columns.map(({ header }) => (
              <th key={header} scope="col" className={styles.cell}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {part.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => (
                <td key={cellIndex} className={styles.cell}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  };
  return (
    <>
      <p className={styles.title}>{MEMO_TITLE}</p>
      {memo.fields.map(({ label, value }) => (
        <p key={label} className={styles.line}>
          <b>{label}</b> {value ?? DOTTED_LINE}
        </p>
      ))}
      <p className={styles.line}>{fieldText(memo.to)}</p>
      {memo.body.map(block)}
      <p className={styles.paragraph}>{memo.closing}</p>
      {memo.signature.map((line) => (
        <p key={line} className={styles.signature}>
          {line}
        </p>
      ))}
    </>
  );
}

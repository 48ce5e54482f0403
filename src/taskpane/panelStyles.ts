import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every panel shares: a column of parts, and rows that wrap in a pane 320 px wide. */
export const usePanelStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  action: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  paragraph: { margin: 0 },
});

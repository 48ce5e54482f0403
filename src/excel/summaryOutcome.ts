import type { WorkbookSummary } from "../domain/summary";
import type { OitPageSource } from "../layout/oitPage";
import type { HostFeature } from "./capabilities";

/** What "สรุปผล" did: the figures, the memo, and the sheet it wrote them to. */
export interface SummaryOutcome {
  readonly summary: WorkbookSummary;
  /** The memo's paragraphs, in the workbook's digit style (memoParagraphs). */
  readonly memo: readonly string[];
  /** The summary sheet written, by the name it has. */
  readonly sheet: string;
  /** A summary sheet made earlier and since edited by someone: left as it was, the new one is `sheet`. */
  readonly keptEdited: string | null;
  /** What this Excel could not set up on the summary sheet (see missingFeaturesLine). */
  readonly missingFeatures: readonly HostFeature[];
  /** The OIT register, read with the summary, as the web page the agency publishes; null without one. */
  readonly oitPage: OitPageSource | null;
}

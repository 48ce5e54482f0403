// Consolidate: a parent office chooses its units' workbooks (files, or a folder where the browser allows),
// they are read in the browser one at a time with a progress bar and a Stop button, and the parent's
// sheets are written into the open workbook together with the rows typed there. Then what was found in
// the units' data, and the memo to copy.
import { Button, Caption1, Field, ProgressBar, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useRef, useState, type ChangeEvent } from "react";
import { consolidationFindingMessage, unreadableFileMessage } from "../domain/consolidationMessages";
import type { ConsolidationOutcome, UnitFilesRead } from "../excel/consolidateWorkbook";
import { consolidationFailure, consolidationWritten, readingStopped } from "./consolidateMessages";
import { usePaneText } from "./i18n/PaneTextContext";
import { MemoSection } from "./MemoSection";
import { PanelAction, PanelResults } from "./PanelAction";
import { usePanelStyles } from "./panelStyles";
import { readUnitFiles, unitWorkbooks, type ChosenFile, type ReadUnitFile } from "./readUnitFiles";
import { usePanelAction } from "./usePanelAction";

export interface ConsolidateActions {
  /** Reads one unit's workbook, off the pane's thread where it can. */
  readonly readUnitFile: ReadUnitFile;
  /** Writes the parent's sheets into the open workbook from the units read and the rows typed there. */
  readonly consolidate: (read: UnitFilesRead) => Promise<ConsolidationOutcome>;
}

/** Chromium and WebKit let a file input take a whole folder; Office's webviews are one or the other. */
const FOLDERS = typeof document !== "undefined" && "webkitdirectory" in document.createElement("input");

export function ConsolidatePanel({ readUnitFile, consolidate }: ConsolidateActions) {
  const panelStyles = usePanelStyles();
  const text = usePaneText();
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<ConsolidationOutcome | null>(null);
  const [made, setMade] = useState(0);
  const action = usePanelAction<"consolidate">();
  const stop = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFiles(unitWorkbooks([...(event.target.files ?? [])]));
    // The same files can be chosen again after they change.
    event.target.value = "";
  };

  const start = () =>
    action.run("consolidate", async () => {
      const controller = new AbortController();
      stop.current = controller;
      setOutcome(null);
      try {
        setProgress({ done: 0, total: files.length });
        const reading = await readUnitFiles(files, readUnitFile, {
          signal: controller.signal,
          onProgress: (done, total) => setProgress({ done, total }),
        });
        setProgress(null);
        if (reading.stopped !== null) return readingStopped(reading);
        const written = await consolidate({ units: reading.units, unread: reading.unread });
        setOutcome(written);
        setMade((count) => count + 1);
        return consolidationWritten(written, files.length);
      } catch (error) {
        return consolidationFailure(error);
      } finally {
        setProgress(null);
        stop.current = null;
      }
    });

  const findings = useMemo(() => {
    if (outcome === null) return [];
    const digits = outcome.plan.settings.digitStyle;
    return [
      ...outcome.unread.map(({ file, reason }) => unreadableFileMessage(file, reason, text.language)),
      ...outcome.plan.findings.map((finding) => consolidationFindingMessage(finding, text.language, digits)),
    ];
  }, [outcome, text.language]);

  const busy = action.running !== null;
  return (
    <section className={panelStyles.panel} aria-label={text.app.tabs.consolidate}>
      <Caption1 as="p" className={panelStyles.paragraph}>
        {text.consolidate.intro}
      </Caption1>
      <input ref={fileInput} type="file" accept=".xlsx" multiple hidden onChange={choose} />
      {/* The attribute React does not know: set as given, lower case. */}
      {FOLDERS && (
        <input ref={folderInput} type="file" hidden onChange={choose} {...{ webkitdirectory: "" }} />
      )}
      <div className={panelStyles.action}>
        <Button onClick={() => fileInput.current?.click()} disabledFocusable={busy}>
          {text.consolidate.chooseFiles}
        </Button>
        {FOLDERS && (
          <Button onClick={() => folderInput.current?.click()} disabledFocusable={busy}>
            {text.consolidate.chooseFolder}
          </Button>
        )}
      </div>
      <Caption1 as="p" className={panelStyles.paragraph} aria-live="polite">
        {files.length > 0 ? text.consolidate.chosen(files.length) : text.consolidate.noneChosen}
      </Caption1>
      <PanelAction
        label={text.consolidate.consolidate}
        onClick={start}
        busy={busy}
        progress={busy && progress === null ? text.consolidate.writing : null}
      />
      {progress !== null && (
        <div className={panelStyles.action}>
          <Field
            validationMessage={text.consolidate.reading(progress.done, progress.total)}
            validationState="none"
          >
            <ProgressBar value={progress.total === 0 ? 1 : progress.done / progress.total} />
          </Field>
          <Button appearance="secondary" onClick={() => stop.current?.abort()}>
            {text.consolidate.cancel}
          </Button>
        </div>
      )}
      <PanelResults label={text.consolidate.results} message={action.message} />
      {findings.length > 0 && (
        <div className={panelStyles.panel}>
          <Subtitle2 as="h2" className={panelStyles.paragraph}>
            {text.consolidate.findings(findings.length)}
          </Subtitle2>
          <ul className={panelStyles.paragraph}>
            {findings.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome && (
        <MemoSection key={made} memo={outcome.plan.officialMemo} font={outcome.plan.settings.documentFont} />
      )}
    </section>
  );
}

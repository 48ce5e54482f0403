// The support tool under Settings: puts the open questions of docs/real-excel-checklist.md to this Excel
// (in a new, empty workbook) and shows a report to copy for the developers. Not part of the normal flow.
import { Caption1, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { SourceBox } from "./SourceBox";
import type { HostProbe as HostProbeResult } from "../excel/askHost";
import { copyRichText } from "./copyRichText";
import { differingAnswers, hostProbeReport } from "./hostProbeReport";
import { hostProbeFailure, hostProbeMessage, reportCopied, reportSelectedToCopy } from "./hostProbeMessages";
import { usePaneText } from "./i18n/PaneTextContext";
import { PanelAction, PanelResults } from "./PanelAction";
import { usePanelStyles } from "./panelStyles";
import { usePanelAction } from "./usePanelAction";
import { escapeHtml } from "../domain/memo";

export interface HostProbeProps {
  readonly askHost: () => Promise<HostProbeResult>;
}

export function HostProbe({ askHost }: HostProbeProps) {
  const panelStyles = usePanelStyles();
  const text = usePaneText();
  const probe = usePanelAction<"ask">();
  const copying = usePanelAction<"copy">();
  const [report, setReport] = useState<string | null>(null);
  const reportBox = useRef<HTMLTextAreaElement>(null);

  const start = () =>
    probe.run("ask", async () => {
      setReport(null);
      copying.tell(null);
      try {
        const { answers, host } = await askHost();
        setReport(hostProbeReport(answers, host));
        return hostProbeMessage(differingAnswers(answers).length, answers.length);
      } catch (error) {
        return hostProbeFailure(error);
      }
    });

  const copy = (plain: string) =>
    copying.run("copy", async () => {
      if (await copyRichText({ plain, html: `<pre>${escapeHtml(plain)}</pre>` })) return reportCopied;
      if (reportBox.current) {
        reportBox.current.focus();
        reportBox.current.select();
      }
      return reportSelectedToCopy;
    });

  return (
    <section className={panelStyles.panel} aria-label={text.hostProbe.title}>
      <Text weight="semibold" as="h2">
        {text.hostProbe.title}
      </Text>
      {text.hostProbe.intro.map((line) => (
        <Caption1 as="p" key={line} className={panelStyles.paragraph}>
          {line}
        </Caption1>
      ))}
      <PanelAction
        label={text.hostProbe.run}
        onClick={start}
        busy={probe.running !== null}
        progress={probe.running && text.hostProbe.running}
        appearance="secondary"
      />
      <PanelResults label={text.hostProbe.results} message={probe.message} />
      {report !== null && (
        <>
          <SourceBox ref={reportBox} value={report} rows={10} label={text.hostProbe.report} />
          <PanelAction
            label={text.hostProbe.copy}
            onClick={() => copy(report)}
            busy={copying.running !== null}
            appearance="secondary"
          />
          <PanelResults label={text.hostProbe.copy} message={copying.message} />
        </>
      )}
    </section>
  );
}

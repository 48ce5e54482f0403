// The support tool's report: each question put to this Excel, what the fake Excel host of our tests does,
// and what this Excel did, as plain text to paste into an issue or an e-mail. Its words are English, the
// language of docs/real-excel-checklist.md whose items it answers.
import type { HostAnswer, HostDescription } from "../excel/askHost";

export function differingAnswers(answers: readonly HostAnswer[]): HostAnswer[] {
  return answers.filter((answer) => answer.observed !== answer.expected);
}

export function hostProbeReport(answers: readonly HostAnswer[], host: HostDescription): string {
  const differing = differingAnswers(answers).map((answer) => answer.number);
  const header = [
    "ITA Tracker: this Excel's answers to docs/real-excel-checklist.md",
    `Host: ${host.host} on ${host.platform}, version ${host.version}`,
    differing.length === 0
      ? `All ${answers.length} answers are what the fake Excel host does.`
      : `${answers.length - differing.length} of ${answers.length} answers are what the fake Excel host does; items that differ: ${differing.join(", ")}.`,
  ];
  const items = answers.map((answer) =>
    [
      `${answer.number}. ${answer.question}`,
      `   fake:     ${answer.expected}`,
      `   observed: ${answer.observed}${answer.observed === answer.expected ? "" : "   <- differs"}`,
    ].join("\n"),
  );
  return `${[...header, "", ...items].join("\n")}\n`;
}

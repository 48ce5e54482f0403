import { bandLimit, DEFAULT_BAND_NAMES, type Band } from "../domain/bands";
import type { Framework } from "../domain/framework";
import { TOOL_IDS } from "../domain/framework";
import { readIndicatorScore } from "../domain/indicatorScore";
import { scoreAssessment, type Assessment } from "../domain/scoring";
import { formatScore } from "../domain/thaiDigits";
import type { Thresholds } from "../domain/thresholds";
import { parseArgs } from "./args";
import { displayWidth, padEndDisplay, padStartDisplay } from "../domain/displayWidth";
import { frameworkForYearOption, tellIfUnpublished } from "./fiscalYearOption";
import type { CommandIO } from "./io";
import { thresholdsOption } from "./thresholdsOption";
import { UsageError } from "./usageError";

/** `ita-tracker score`: the assessment of ten indicator scores, as a Thai table or as JSON. */
export function runScore(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, { valueOptions: ["year", "thresholds"], flagOptions: ["json"] });
  const framework = frameworkForYearOption(args.values.year);
  const thresholds = thresholdsOption(args.values.thresholds);
  const scores = readScores(args.positionals, framework);
  const assessment = scoreAssessment(framework, scores, thresholds);
  tellIfUnpublished(framework.fiscalYear, io);
  io.stdout(
    args.flags.has("json") ? `${JSON.stringify(assessmentJson(assessment))}\n` : thaiTable(assessment),
  );
  return 0;
}

function readScores(texts: readonly string[], framework: Framework): number[] {
  const expected = framework.indicators.length;
  if (texts.length !== expected) {
    throw new UsageError(
      `ต้องมีคะแนน ${expected} ค่าตามลำดับตัวชี้วัด แต่ได้ ${texts.length} ค่า | ` +
        `expected ${expected} scores in indicator order, got ${texts.length}`,
    );
  }
  return texts.map((text, index) => {
    const result = readIndicatorScore(text);
    if (result.ok) return result.score;
    const number = index + 1;
    if (result.problem === "outOfRange") {
      throw new UsageError(
        `คะแนนตัวชี้วัดที่ ${number} (${text}) ต้องอยู่ระหว่าง 0 ถึง 100 | score ${number} (${text}) must be between 0 and 100`,
      );
    }
    throw new UsageError(
      `คะแนนตัวชี้วัดที่ ${number} "${text}" ไม่ใช่ตัวเลข | score ${number} "${text}" is not a number`,
    );
  });
}

/** The JSON other tools parse: these names are a contract. */
function assessmentJson(assessment: Assessment) {
  return {
    year: assessment.fiscalYear,
    total: assessment.total,
    tools: assessment.tools,
    result: assessment.grade.label,
    passed: assessment.passed,
    thresholds: assessment.thresholds,
    indicators: assessment.indicators.map(({ number, name, tool, score, band }) => ({
      number,
      name,
      tool,
      score,
      band,
    })),
  };
}

function thaiTable(assessment: Assessment): string {
  const names = assessment.indicators.map((indicator) => `${indicator.number}. ${indicator.name}`);
  const nameWidth = Math.max(...names.map(displayWidth));
  const lines = [
    `ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${assessment.fiscalYear}`,
    "",
    `${padEndDisplay("ตัวชี้วัด", nameWidth)}  แบบวัด   คะแนน  ระดับ`,
    ...assessment.indicators.map(
      (indicator, index) =>
        `${padEndDisplay(names[index] as string, nameWidth)}  ${padEndDisplay(indicator.tool, 6)} ` +
        `${padStartDisplay(formatScore(indicator.score, "arabic"), 7)}  ${bandText(indicator.band, assessment.thresholds)}`,
    ),
    "",
    `คะแนนแบบวัด  ${TOOL_IDS.map((tool) => `${tool} ${formatScore(assessment.tools[tool], "arabic")}`).join("   ")}`,
    `คะแนนรวม    ${formatScore(assessment.total, "arabic")}`,
    `ผลการประเมิน ${assessment.grade.label} (${assessment.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"} ${assessment.thresholds.pass})`,
  ];
  return `${lines.join("\n")}\n`;
}

function bandText(band: Band, thresholds: Thresholds): string {
  const limit = bandLimit(band, thresholds);
  const position = band === "top" ? `${limit} ขึ้นไป` : `ต่ำกว่า ${limit}`;
  return `${position} ${DEFAULT_BAND_NAMES[band]}`;
}

import { ACCEPTED_FISCAL_YEARS, rulesInForce } from "../domain/frameworks";
import type { Framework } from "../domain/framework";
import { BE_OFFSET } from "../domain/thaiCalendar";
import { parseThaiNumber } from "../domain/thaiDigits";
import type { CommandIO } from "./io";
import { UsageError } from "./usageError";

/**
 * Reads --year (Thai or Arabic digits, Buddhist era) and finds the rules that year is scored by: one of
 * `years`, the years a workbook is made for unless a command scores others too.
 */
export function frameworkForYearOption(
  text: string | undefined,
  years: readonly number[] = ACCEPTED_FISCAL_YEARS,
): Framework {
  const known = `${years[0]}-${years[years.length - 1]}`;
  if (text === undefined) {
    throw new UsageError(
      `ระบุปีงบประมาณด้วย --year เช่น --year 2568 | give the fiscal year with --year, e.g. --year 2568`,
    );
  }
  const year = parseThaiNumber(text);
  if (year === null || !Number.isInteger(year)) {
    throw new UsageError(`ปีงบประมาณ "${text}" ไม่ใช่ตัวเลขปี | fiscal year "${text}" is not a year`);
  }
  const rules = years.includes(year) ? rulesInForce(year) : undefined;
  if (rules) return rules.framework;
  const asBuddhistEra = year + BE_OFFSET;
  if (years.includes(asBuddhistEra)) {
    throw new UsageError(
      `${year} เป็นปี ค.ศ. ให้ใช้ปี พ.ศ. ${asBuddhistEra} | ${year} is a CE year: use the Buddhist-era year ${asBuddhistEra}`,
    );
  }
  throw new UsageError(
    `ไม่มีเกณฑ์ ITA ของปีงบประมาณ ${year} (มีปี ${known}) | no ITA framework for fiscal year ${year} (known: ${known})`,
  );
}

/**
 * For a year NACC has not published rules for yet, says on stderr whose rules stand in: stdout stays
 * as for any year, so that JSON read from it still parses. Given the year a command really used.
 */
export function tellIfUnpublished(fiscalYear: number, io: CommandIO): void {
  const rules = rulesInForce(fiscalYear);
  if (rules === undefined || rules.published) return;
  io.stderr(
    `ปีงบประมาณ ${fiscalYear} ป.ป.ช. ยังไม่ประกาศเกณฑ์ ใช้เกณฑ์ปี ${rules.rulesFrom} | ` +
      `${fiscalYear} is not published yet: scoring by ${rules.rulesFrom}'s rules\n`,
  );
}

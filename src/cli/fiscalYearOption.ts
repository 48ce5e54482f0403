import { findFramework, SUPPORTED_FISCAL_YEARS } from "../domain/frameworks";
import type { Framework } from "../domain/framework";
import { BE_OFFSET } from "../domain/thaiCalendar";
import { parseThaiNumber } from "../domain/thaiDigits";
import { UsageError } from "./usageError";

/** Reads --year (Thai or Arabic digits, Buddhist era) and finds that year's framework. */
export function frameworkForYearOption(text: string | undefined): Framework {
  const known = `${SUPPORTED_FISCAL_YEARS[0]}-${SUPPORTED_FISCAL_YEARS[SUPPORTED_FISCAL_YEARS.length - 1]}`;
  if (text === undefined) {
    throw new UsageError(
      `ระบุปีงบประมาณด้วย --year เช่น --year 2568 | give the fiscal year with --year, e.g. --year 2568`,
    );
  }
  const year = parseThaiNumber(text);
  if (year === null || !Number.isInteger(year)) {
    throw new UsageError(`ปีงบประมาณ "${text}" ไม่ใช่ตัวเลขปี | fiscal year "${text}" is not a year`);
  }
  const framework = findFramework(year);
  if (framework) return framework;
  const asBuddhistEra = year + BE_OFFSET;
  if (findFramework(asBuddhistEra)) {
    throw new UsageError(
      `${year} เป็นปี ค.ศ. ให้ใช้ปี พ.ศ. ${asBuddhistEra} | ${year} is a CE year: use the Buddhist-era year ${asBuddhistEra}`,
    );
  }
  throw new UsageError(
    `ไม่มีเกณฑ์ ITA ของปีงบประมาณ ${year} (มีปี ${known}) | no ITA framework for fiscal year ${year} (known: ${known})`,
  );
}

import type { SourceId } from "./itaSources";
import type { EvidencePeriod, OitCatalogueData, OitItem } from "./oitCatalogue";

// OIT item lists per fiscal year, as agencies' pages and code show them (itaSources.ts,
// docs/ita-sources.md). NACC's manuals could not be read, so an item is confirmed only where two
// agencies with different publishers agree on its code and name. Names are the sources' words with
// the agency's own name and the year removed; nothing a source does not show is filled in: an unknown
// name, indicator or period stays null or "notStated" for the user to complete.

// No source found states an item's indicator (9 or 10), so every item's indicator is still null.
interface ItemFacts {
  readonly subIndicator?: string;
  readonly period?: EvidencePeriod;
  readonly confirmed?: boolean;
}

function item(
  code: string,
  key: string,
  nameTh: string,
  sources: readonly SourceId[],
  facts: ItemFacts = {},
): OitItem {
  return {
    code,
    key,
    nameTh,
    indicator: null,
    subIndicator: facts.subIndicator ?? null,
    evidencePeriod: facts.period ?? "notStated",
    confirmed: facts.confirmed ?? false,
    sources,
  };
}

/** A code the numbering shows to exist (the list skips from O1 to O3) whose name no source gives. */
function unnamed(code: string, sources: readonly SourceId[]): OitItem {
  return {
    code,
    key: null,
    nameTh: null,
    indicator: null,
    subIndicator: null,
    evidencePeriod: "notStated",
    confirmed: false,
    sources,
  };
}

const SAMYAEK: readonly SourceId[] = ["samyaek-school-2566"];
const WITH_PRACHARATH: readonly SourceId[] = ["samyaek-school-2566", "pracharath-2566"];
const WITH_SKM: readonly SourceId[] = ["samyaek-school-2566", "skm-75010020-2566"];
const TRANSPARENCY = "การส่งเสริมความโปร่งใส";
const PREVENTION = "การดำเนินการเพื่อป้องกันการทุจริต";

const CATALOGUE_2566: OitCatalogueData = {
  fiscalYear: 2566,
  scheme: "obecItaOnline",
  note: "43 items from schools assessed under OBEC's ITA Online; whether NACC's list for other agencies numbers them the same was not checked. O7 is shown only under the school's own newsletter name.",
  sources: [],
  items: [
    item("O1", "structure", "โครงสร้าง", SAMYAEK),
    item("O2", "executives", "ข้อมูลผู้บริหาร", SAMYAEK),
    item("O3", "powers-and-duties", "อำนาจหน้าที่", SAMYAEK),
    item("O4", "strategic-plan", "แผนยุทธศาสตร์ หรือแผนพัฒนาสถานศึกษา", SAMYAEK),
    item("O5", "contacts", "ข้อมูลการติดต่อ", SAMYAEK),
    item("O6", "laws", "กฏหมายที่เกี่ยวข้อง", SAMYAEK),
    unnamed("O7", SAMYAEK),
    item("O8", "qa", "Q&A", SAMYAEK),
    item("O9", "social-network", "Social Network", SAMYAEK),
    item("O10", "privacy-policy", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", SAMYAEK),
    item("O11", "annual-plan", "แผนดำเนินงานและการใช้งบประมาณประจำปีการศึกษา", SAMYAEK),
    item(
      "O12",
      "six-month-monitoring-report",
      "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณประจำปีการศึกษา",
      SAMYAEK,
      {
        period: "currentFiscalYear",
      },
    ),
    item("O13", "annual-results-report", "รายงานผลการดำเนินงานประจำปีการศึกษา", SAMYAEK, {
      period: "previousFiscalYear",
    }),
    item("O14", "staff-manual", "คู่มือหรือมาตรฐานการปฏิบัติงาน", SAMYAEK),
    item("O15", "service-manual", "คู่มือหรือมาตราฐานการให้บริการ", SAMYAEK),
    item("O16", "service-statistics", "ข้อมูลเชิงสถิติการให้บริการ", SAMYAEK),
    item("O17", "satisfaction-survey", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", SAMYAEK),
    item("O18", "e-service", "E-Service", SAMYAEK),
    item("O19", "procurement-plan", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", SAMYAEK),
    item("O20", "procurement-announcements", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือจัดหาพัสดุ", SAMYAEK),
    item("O21", "procurement-monthly-summary", "สรุปผลการจัดซื้อจัดจ้างหรือจัดหาพัสดุรายเดือน", SAMYAEK),
    item("O22", "procurement-annual-report", "รายงานผลการจัดซื้อจัดจ้างหรือจัดหาพัสดุประจำปี", SAMYAEK),
    item("O23", "hr-policy", "นโยบายหรือแผนการบริหารทรัพยากรบุคคล", SAMYAEK),
    item("O24", "hr-policy-implementation", "การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล", SAMYAEK),
    item("O25", "hr-criteria", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", SAMYAEK),
    item("O26", "hr-annual-report", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", SAMYAEK),
    item("O27", "complaint-guideline", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", WITH_PRACHARATH, {
      subIndicator: TRANSPARENCY,
      period: "asPublished",
      confirmed: true,
    }),
    item("O28", "complaint-channel", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", WITH_PRACHARATH, {
      subIndicator: TRANSPARENCY,
      period: "asPublished",
      confirmed: true,
    }),
    item("O29", "complaint-statistics", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", SAMYAEK),
    item("O30", "participation", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", SAMYAEK),
    item("O31", "no-gift-declaration", "ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่", WITH_SKM, {
      subIndicator: PREVENTION,
      period: "currentFiscalYear",
      confirmed: true,
    }),
    item("O32", "no-gift-culture", "การสร้างวัฒนธรรม No Gift Policy", WITH_SKM, {
      subIndicator: PREVENTION,
      period: "currentFiscalYear",
      confirmed: true,
    }),
    item("O33", "no-gift-report", "รายงานผลตามนโยบาย No Gift Policy", WITH_SKM, {
      subIndicator: PREVENTION,
      confirmed: true,
    }),
    item("O34", "corruption-risk-assessment", "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปี", SAMYAEK),
    item("O35", "corruption-risk-actions", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", SAMYAEK),
    item("O36", "prevention-plan", "แผนปฏิบัติการป้องกันการทุจริต", SAMYAEK),
    item(
      "O37",
      "prevention-six-month-report",
      "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน",
      SAMYAEK,
    ),
    item("O38", "prevention-annual-report", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี", SAMYAEK),
    item("O39", "ethics-code", "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ", SAMYAEK),
    item("O40", "ethics-promotion", "การขับเคลื่อนจริยธรรม", SAMYAEK),
    item("O41", "ethics-assessment", "การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ", SAMYAEK),
    item("O42", "integrity-measures", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", SAMYAEK),
    item(
      "O43",
      "integrity-measures-implementation",
      "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      SAMYAEK,
    ),
  ],
};

const CATALOGUE_2567: OitCatalogueData = {
  fiscalYear: 2567,
  scheme: "nacc",
  note: "No list for 2567 was found. Type the year's items from NACC's manual.",
  sources: [],
  items: [],
};

const RTRDA: readonly SourceId[] = ["rtrda-ita-headings"];
const RTRDA_PAGE: readonly SourceId[] = ["rtrda-ita-page"];
const RTRDA_BOTH: readonly SourceId[] = ["rtrda-ita-headings", "rtrda-ita-page"];
const THIS_YEAR = { period: "currentFiscalYear" } as const;
const LAST_YEAR = { period: "previousFiscalYear" } as const;

// RTRDA's page names O2 and O5-O7 the same in 2568 and 2569: its 2569 headings rewrite the others.
const RTRDA_EXECUTIVES = item("O2", "executives", "ข้อมูลผู้บริหาร", RTRDA_PAGE);
const RTRDA_PLANS = [
  item("O5", "strategic-plan", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", RTRDA_PAGE),
  item(
    "O6",
    "annual-plan-and-progress",
    "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี",
    RTRDA_PAGE,
    THIS_YEAR,
  ),
  item("O7", "annual-results-report", "รายงานผลการดำเนินงานประจำปี", RTRDA_PAGE, LAST_YEAR),
];

const CATALOGUE_2568: OitCatalogueData = {
  fiscalYear: 2568,
  scheme: "nacc",
  note: "One agency's 2568 page (RTRDA), 28 items, and its headings from before it moved to 2569's list. Periods come from the years RTRDA wrote in its headings. A school's page uses the same names for several items but gives no codes.",
  sources: ["school-2568-ita-topics"],
  items: [
    item("O1", "structure-and-powers", "โครงสร้างและอำนาจหน้าที่", RTRDA_BOTH),
    RTRDA_EXECUTIVES,
    item("O3", "contacts", "ข้อมูลการติดต่อ", RTRDA_BOTH),
    item("O4", "news", "ข่าวประชาสัมพันธ์", RTRDA_BOTH),
    ...RTRDA_PLANS,
    item("O8", "staff-manual", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", RTRDA_BOTH),
    item("O9", "service-manual", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ", RTRDA_BOTH),
    item("O10", "e-service", "E–Service", RTRDA_BOTH),
    item("O11", "service-statistics", "ข้อมูลสถิติการให้บริการ", RTRDA_BOTH),
    item(
      "O12",
      "procurement-list-and-progress",
      "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
      RTRDA_BOTH,
    ),
    item(
      "O13",
      "procurement-annual-report",
      "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
      RTRDA_BOTH,
      LAST_YEAR,
    ),
    item("O14", "hr-plan", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", RTRDA_BOTH, THIS_YEAR),
    item("O15", "hr-annual-report", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", RTRDA_BOTH, LAST_YEAR),
    item("O16", "ethics-code-and-promotion", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", RTRDA_BOTH),
    item("O17", "complaint-guideline", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", RTRDA_BOTH),
    item("O18", "complaint-channel", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", RTRDA_BOTH),
    item(
      "O19",
      "complaint-statistics",
      "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปี",
      RTRDA_BOTH,
      LAST_YEAR,
    ),
    item("O20", "participation", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", RTRDA_BOTH),
    item(
      "O21",
      "no-gift-declaration-and-culture",
      "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่",
      RTRDA_BOTH,
    ),
    item("O22", "gift-receipt-report", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", RTRDA_BOTH),
    item(
      "O23",
      "bribery-risk-assessment",
      "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน",
      RTRDA_BOTH,
      THIS_YEAR,
    ),
    item(
      "O24",
      "corruption-risk-report",
      "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ",
      RTRDA_BOTH,
      LAST_YEAR,
    ),
    item(
      "O25",
      "prevention-plan",
      "แผนปฏิบัติการป้องกันปราบปรามการทุจริตและประพฤติมิชอบ และส่งเสริมคุณธรรมจริยธรรม",
      RTRDA_BOTH,
      THIS_YEAR,
    ),
    item(
      "O26",
      "prevention-annual-report",
      "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันปราบปรามการทุจริตและประพฤติมิชอบ และส่งเสริมคุณธรรมจริยธรรม",
      RTRDA_BOTH,
      LAST_YEAR,
    ),
    item("O27", "integrity-measures", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", RTRDA_PAGE),
    item(
      "O28",
      "integrity-promotion-report",
      "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      RTRDA_PAGE,
      LAST_YEAR,
    ),
  ],
};

const CATALOGUE_2569: OitCatalogueData = {
  fiscalYear: 2569,
  scheme: "nacc",
  note: "One agency's 2569 page (RTRDA), 26 items: its headings for O1, O3 and O10-O26 replace the ones it first wrote, which it kept for O2 and O4-O9; its 2569 guide names O5 the same. Periods come from the years RTRDA wrote in its headings.",
  sources: [],
  items: [
    item("O1", "structure-and-powers", "โครงสร้าง หน้าที่และอำนาจ", RTRDA),
    RTRDA_EXECUTIVES,
    item("O3", "contacts", "ข้อมูลการติดต่อและช่องทางการสอบถาม", RTRDA),
    item("O4", "news", "ข่าวประชาสัมพันธ์", RTRDA_BOTH),
    ...RTRDA_PLANS,
    item("O8", "staff-manual", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", RTRDA_BOTH),
    item("O9", "service-manual", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ", RTRDA_BOTH),
    item("O10", "e-service", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)", RTRDA),
    item("O11", "procurement-monthly-summary", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", RTRDA, THIS_YEAR),
    item(
      "O12",
      "procurement-annual-report",
      "รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน",
      RTRDA,
      LAST_YEAR,
    ),
    item("O13", "hr-plan", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", RTRDA, THIS_YEAR),
    item("O14", "hr-annual-report", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", RTRDA, LAST_YEAR),
    item("O15", "ethics-code-and-promotion", "ประมวลจริยธรรมการขับเคลื่อนจริยธรรม", RTRDA),
    item("O16", "complaint-guideline", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", RTRDA),
    item("O17", "complaint-channel", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", RTRDA),
    item("O18", "complaint-statistics", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", RTRDA, LAST_YEAR),
    item("O19", "participation", "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน", RTRDA, THIS_YEAR),
    item(
      "O20",
      "no-gift-promotion",
      "การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ",
      RTRDA,
    ),
    item("O21", "corruption-risk-assessment", "การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ", RTRDA, THIS_YEAR),
    item(
      "O22",
      "corruption-risk-report",
      "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน",
      RTRDA,
      LAST_YEAR,
    ),
    item("O23", "prevention-plan", "แผนปฏิบัติการป้องกันการทุจริต", RTRDA, THIS_YEAR),
    item("O24", "prevention-annual-report", "รายงานผลการดำเนินการป้องกันการทุจริต", RTRDA, LAST_YEAR),
    item("O25", "ita-results-to-development", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", RTRDA),
    item(
      "O26",
      "integrity-promotion-report",
      "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      RTRDA,
      LAST_YEAR,
    ),
  ],
};

const CATALOGUE_2570: OitCatalogueData = {
  fiscalYear: 2570,
  scheme: "nacc",
  note: "NACC has not published 2570's list; its ITA reform was due to finish by April 2026. Until it does, type the items yourself or start from 2569's.",
  sources: ["pattaya-mail-reform"],
  items: [],
};

export const OIT_CATALOGUES: readonly OitCatalogueData[] = [
  CATALOGUE_2566,
  CATALOGUE_2567,
  CATALOGUE_2568,
  CATALOGUE_2569,
  CATALOGUE_2570,
];

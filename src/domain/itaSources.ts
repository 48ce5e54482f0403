// Where the figures of the framework data and the OIT item catalogues come from. Each source says who
// published it, so that "two independent agencies agree" can be checked, and whether its text was read
// when the data was compiled or is only reported by the research notes (../shared/research/ita-domain.md).
// docs/ita-sources.md lists the same sources for readers.

export type SourceKind =
  /** A publication of NACC itself: a manual, the ITAS site. */
  | "nacc"
  /** A news report quoting NACC. */
  | "newsQuotingNacc"
  /** An agency's own OIT page or website code. */
  | "agency"
  /** The project's own domain notes, which do not name their sources. */
  | "projectNotes";

export interface Source {
  readonly kind: SourceKind;
  /** Who published it: two sources with the same publisher are not independent. */
  readonly publisher: string;
  readonly title: string;
  /** A web address, or where public code sits (repository and path, or "repository not recorded"). */
  readonly location: string;
  readonly supports: string;
  /** False where only the research notes report it; such a source does not confirm anything. */
  readonly readHere: boolean;
}

export const SOURCES = {
  "project-ita-notes": {
    kind: "projectNotes",
    publisher: "ITA Tracker project",
    title: "The ITA domain, for the people who build this add-in",
    location: "../shared/domain/ITA.md",
    supports:
      "Ten indicators, I1-I30 six per IIT indicator, E1-E15, weights 30/30/40, letter grades up to 2565, pass labels from 2566, and the worked example IIT 75.404, EIT 80.35, OIT 100 → 86.73.",
    readHere: true,
  },
  "sao-2568-news": {
    kind: "newsQuotingNacc",
    publisher: "MGR Online",
    title: "NACC on the State Audit Office's 2568 result",
    location: "https://mgronline.com/uptodate/detail/9680000079675",
    supports:
      "2568: a total of 94.64 rated ผ่าน, not ผ่านดี, because EIT was below 85: ผ่านดี needs every tool at 85 or over.",
    readHere: false,
  },
  "nation-2568-results": {
    kind: "newsQuotingNacc",
    publisher: "The Nation",
    title: "2568 ITA results",
    location: "https://www.nationthailand.com/blogs/news/general/40054201",
    supports: 'NACC\'s English name of indicator 8 is "System improvement".',
    readHere: false,
  },
  "nation-pass-mark": {
    kind: "newsQuotingNacc",
    publisher: "The Nation",
    title: "ITA pass mark",
    location: "https://www.nationthailand.com/in-focus/40018394",
    supports: "The national pass mark is 85.",
    readHere: false,
  },
  "pattaya-mail-reform": {
    kind: "newsQuotingNacc",
    publisher: "Pattaya Mail (NNT)",
    title: "NACC overhauls ITA system amid public doubts over corruption oversight",
    location:
      "https://www.pattayamail.com/thailandnews/nacc-overhauls-ita-system-amid-public-doubts-over-corruption-oversight-532454",
    supports:
      "NACC is revising ITA through six subcommittees, to finish by April 2026: 2570's rules are not published.",
    readHere: false,
  },
  "phayao-ita-app": {
    kind: "agency",
    publisher: "University of Phayao",
    title: "Internal ITA scoring app (public code)",
    location: "public GitHub code, repository not recorded",
    supports:
      "2567: total = IIT×30% + EIT×30% + OIT×40%; ผ่านดีเยี่ยม needs a total and every tool at 95 or over.",
    readHere: false,
  },
  "upoit-2563-results": {
    kind: "agency",
    publisher: "University of Phayao",
    title: "UP ITA Pre-Assessment 2563: results of 39 faculties and offices (an export in public code)",
    location:
      "https://github.com/pongvarid/upoit (src/tmp/result.json, commit 6a1bc25c8dfb74d773ff3bd5ca68ddab823ed765)",
    supports:
      "2563: each unit's ten indicator scores, its IIT, EIT and OIT weighted 30/30/40, its total (the weighted sum of unrounded tool means, rounded) and its letter (AA 95, A 85, B 75, C 65, D 55).",
    readHere: true,
  },
  "nacc-2564-group-reports": {
    kind: "nacc",
    publisher: "NACC (สำนักงาน ป.ป.ช.)",
    title: "ITA 2564 group reports (flipbooks): group 6, table 4.26, units of Phichit province",
    location: "https://online.anyflip.com/qxtmp/cuda/files/basic-html/page138.html",
    supports:
      "2564: units' ITA totals with letters AA and A, and OIT as 40 % of the mean of indicators 9 and 10. Reported by the research notes from excerpts; not read here.",
    readHere: false,
  },
  "samed-police-ita": {
    kind: "agency",
    publisher: "สถานีตำรวจภูธรเสม็ด",
    title: "มาตรฐาน ITA",
    location: "https://samed.chonburi.police.go.th/ita-standards/",
    supports:
      "The ten indicators by number (no year given): 4 การใช้ทรัพย์สินของทางราชการ, 8 การปรับปรุงระบบการทำงาน.",
    readHere: true,
  },
  "sakonarea1-iit-2567": {
    kind: "agency",
    publisher: "สพป.สกลนคร เขต 1",
    title: "IIT การประเมินผู้มีส่วนได้ส่วนเสียภายใน ปีงบประมาณ 2567",
    location: "https://www.sakonarea1.go.th/new2024/iit/",
    supports: "2567: IIT has 30 items on indicators 1-5; indicator 4 is written การใช้ทรัพย์สิน ของราชการ.",
    readHere: true,
  },
  "rtrda-ita-headings": {
    kind: "agency",
    publisher: "สถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง (RTRDA)",
    title: "RTRDA website code: ita-headings-override.ts and its test",
    location:
      "https://github.com/rtrdasmartrailway/web-app-rtrda (src/lib/wp/ita-headings-override.ts, src/lib/wp/ita-headings-override.test.ts)",
    supports:
      "The OIT headings RTRDA used before 2569 (O1, O3, O4, O8-O26: taken here as 2568's) and the 2569 headings that replace them (O1, O3, O10-O26, with O4, O8, O9 kept); O2 and O5-O7 are not shown.",
    readHere: true,
  },
  "rtrda-ita-page": {
    kind: "agency",
    publisher: "สถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง (RTRDA)",
    title: "RTRDA website code: its ITA page and its 2569 guides",
    location:
      "https://github.com/rtrdasmartrailway/web-app-rtrda (migrations/ita-2569-create.sql, src/lib/wp/landing-guide-pages.ts)",
    supports:
      "2568: O1-O28 with the years of their evidence, O2 ข้อมูลผู้บริหาร, O5 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน, O6, O7, O27 and O28 among them. 2569: O1-O26 as first written, of which O2 and O4-O9 are not rewritten by the headings override; the 2569 guide page for O5 is titled แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน.",
    readHere: true,
  },
  "bangkok-post-weights": {
    kind: "newsQuotingNacc",
    publisher: "Bangkok Post",
    title: "Watchdog says transparency study not a corruption gauge (August 2025)",
    location: "https://www.bangkokpost.com/thailand/general/3090409",
    supports:
      "2568: NACC's deputy secretary-general says IIT and EIT count 30 points each of 100 and OIT 40. The article could not be reached here.",
    readHere: false,
  },
  "school-2568-ita-topics": {
    kind: "agency",
    publisher: "A school's website (OBEC ITA Online)",
    title: "ITAStructure page (public code)",
    location: "public GitHub code, repository not recorded",
    supports:
      "2568 item names without codes that match RTRDA's: รายการการจัดซื้อจัดจ้าง…และความก้าวหน้า, ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy…, การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน…",
    readHere: true,
  },
  "samyaek-school-2566": {
    kind: "agency",
    publisher: "A school whose newsletter is สารบ้านสามแยก (OBEC ITA Online)",
    title: "ITA item lists in the school's website code",
    location: "public GitHub code, repository not recorded",
    supports:
      "2566: O1-O43 with names, the years of O12 (2566) and O13 (2565), and O31-O43 grouped apart from O1-O30.",
    readHere: true,
  },
  "pracharath-2566": {
    kind: "agency",
    publisher: "โรงเรียนมัธยมประชารัฐ (mkschool)",
    title: "ITA 2566 การส่งเสริมความโปร่งใส",
    location: "https://sites.google.com/pracharath.ac.th/mkschool/ita-2566/การสงเสรมความโปรงใส",
    supports:
      "2566: O27 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ and O28 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ, with NACC's criteria, under การส่งเสริมความโปร่งใส.",
    readHere: true,
  },
  "skm-75010020-2566": {
    kind: "agency",
    publisher: "School 75010020 (skm.go.th)",
    title: "การดำเนินการเพื่อป้องกันการทุจริต",
    location:
      "https://75010020.skm.go.th/%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%94%E0%B8%B3%E0%B9%80%E0%B8%99%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%80%E0%B8%9E%E0%B8%AD%E0%B8%9B%E0%B8%AD%E0%B8%87%E0%B8%81%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%88%E0%B8%A3%E0%B8%95",
    supports:
      "2566: O31 ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่ and O32 การสร้างวัฒนธรรม No Gift Policy, each for the year 2566, and O33 รายงานผลตามนโยบาย No Gift Policy, under การดำเนินการเพื่อป้องกันการทุจริต.",
    readHere: true,
  },
} as const satisfies Readonly<Record<string, Source>>;

export type SourceId = keyof typeof SOURCES;

/**
 * The rule every "confirmed" in the data must meet: a NACC publication, or two agencies with different
 * publishers, read when the data was compiled.
 */
export function sourcesConfirm(ids: readonly SourceId[]): boolean {
  const read: Source[] = ids.map((id) => SOURCES[id]).filter((source) => source.readHere);
  if (read.some((source) => source.kind === "nacc" || source.kind === "newsQuotingNacc")) return true;
  const agencies = new Set(
    read.filter((source) => source.kind === "agency").map((source) => source.publisher),
  );
  return agencies.size >= 2;
}

import { carryOitRegister } from "../../src/domain/oitCarry";
import {
  catalogueFor,
  mapCatalogue,
  type CatalogueMapping,
  type OitItem,
} from "../../src/domain/oitCatalogue";
import { emptyEntry, UNNAMED_ITEM_NOTE, type OitRegisterRow } from "../../src/domain/oitRegister";

/** Year N's register as a user left it: every item of its list, some filled in. */
function registerOf(fiscalYear: number, filled: Record<string, Partial<OitRegisterRow>>): OitRegisterRow[] {
  return catalogueFor(fiscalYear).items.map((item, index) => ({
    ...emptyEntry(item),
    row: 6 + index,
    ...filled[item.code],
  }));
}

const COMPLAINT_GUIDELINE = {
  unit: "สำนักปลัด",
  urls: ["https://www.example.go.th/ita/complaint-guideline"],
  period: "ปีงบประมาณ 2568",
  status: "complete" as const,
  published: "15 ม.ค. 2568",
  note: "ปรับปรุงทุกปี",
};

describe("carryOitRegister, 2568 to 2569 by the catalogues' keys", () => {
  const mapping = mapCatalogue(2568, 2569);
  const listed = registerOf(2568, {
    O17: COMPLAINT_GUIDELINE,
    O12: { unit: "งานพัสดุ", urls: ["https://www.example.go.th/ita/procurement"] },
  });
  // Two items no list names, added at the foot: one written in, one left empty.
  const unnamedRow = (code: string, row: number): OitRegisterRow => ({
    ...emptyEntry({ ...(catalogueFor(2568).items[0] as OitItem), code, key: null, nameTh: null }),
    row,
  });
  const rows = [
    ...listed,
    { ...unnamedRow("O29", 34), requirement: "นโยบายของผู้บริหาร", unit: "สำนักปลัด" },
    unnamedRow("O30", 35),
  ];
  const carried = carryOitRegister(rows, mapping);
  const entry = (code: string) => carried.entries.find((each) => each.code === code);

  test("the complaint guideline, renumbered O17 to O16, keeps its unit, URLs and note, and is pending again", () => {
    expect(mapping.carried.find((pair) => pair.key === "complaint-guideline")).toMatchObject({
      from: { code: "O17" },
      to: { code: "O16" },
      renumbered: true,
    });
    expect(entry("O16")).toEqual({
      code: "O16",
      key: "complaint-guideline",
      requirement: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      unit: "สำนักปลัด",
      urls: ["https://www.example.go.th/ita/complaint-guideline"],
      period: "",
      status: "pending",
      published: "",
      note: "ปรับปรุงทุกปี",
    });
    expect(entry("O17")?.key).toBe("complaint-channel");
  });

  test("lists 2569's items in its order, new ones empty, and names those 2569 dropped that someone worked on", () => {
    expect(carried.entries.map((each) => each.code)).toEqual(
      catalogueFor(2569).items.map((item) => item.code),
    );
    expect(entry("O25")).toEqual(emptyEntry(catalogueFor(2569).items[24] as OitItem));
    // O12 was worked on; the other items 2569 dropped were left as the register wrote them.
    expect(mapping.dropped.length).toBeGreaterThan(1);
    expect(carried.dropped.map((row) => row.code)).toEqual(["O12"]);
  });

  test("hands back the rows without a key that someone wrote in, and no other", () => {
    expect(carried.unmatched.map((row) => [row.code, row.requirement])).toEqual([["O29", "นโยบายของผู้บริหาร"]]);
    expect(rows.filter((row) => row.key === null).map((row) => row.note)).toContain(UNNAMED_ITEM_NOTE);
  });
});

describe("carryOitRegister: what carries a status", () => {
  const standing: OitItem = {
    code: "O5",
    key: "complaint-channel",
    nameTh: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    indicator: null,
    subIndicator: null,
    evidencePeriod: "asPublished",
    confirmed: true,
    sources: [],
  };
  const from = { ...standing, code: "O28" };
  const mappingTo = (to: OitItem): CatalogueMapping => ({
    from: { fiscalYear: 2566, status: "confirmed", scheme: "nacc", note: "", items: [from] },
    to: { fiscalYear: 2567, status: "confirmed", scheme: "nacc", note: "", items: [to] },
    comparable: true,
    carried: [
      { key: standing.key as string, from, to, renumbered: true, renamed: from.nameTh !== to.nameTh },
    ],
    added: [],
    dropped: [],
    unmatched: [],
  });
  const done: OitRegisterRow = { ...emptyEntry(from), row: 6, ...COMPLAINT_GUIDELINE };

  test("a standing page, worded as before, stays as it was", () => {
    expect(carryOitRegister([done], mappingTo(standing)).entries[0]).toMatchObject({
      code: "O5",
      status: "complete",
      period: COMPLAINT_GUIDELINE.period,
      published: COMPLAINT_GUIDELINE.published,
    });
  });

  test("a standing page whose requirement was reworded, or evidence of a year, is pending again", () => {
    const reworded = { ...standing, nameTh: "ช่องทางการร้องเรียน" };
    const yearly = { ...standing, evidencePeriod: "currentFiscalYear" as const };
    for (const to of [reworded, yearly]) {
      expect(carryOitRegister([done], mappingTo(to)).entries[0]).toMatchObject({
        status: "pending",
        period: "",
        published: "",
        urls: COMPLAINT_GUIDELINE.urls,
      });
    }
  });

  test("into 2570, whose list is not published, every row of 2569 starts the year, pending", () => {
    const rows = registerOf(2569, { O16: COMPLAINT_GUIDELINE });
    const carried = carryOitRegister(rows, mapCatalogue(2569, 2570));
    expect(carried.entries.map((each) => each.code)).toEqual(rows.map((row) => row.code));
    expect(carried.entries[15]).toMatchObject({ key: "complaint-guideline", urls: COMPLAINT_GUIDELINE.urls });
    expect(carried.entries.every((each) => each.status === "pending" && each.period === "")).toBe(true);
    expect([carried.dropped, carried.unmatched]).toEqual([[], []]);
  });
});

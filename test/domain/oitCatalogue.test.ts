import { SUPPORTED_FISCAL_YEARS } from "../../src/domain/frameworks";
import { SOURCES, sourcesConfirm } from "../../src/domain/itaSources";
import { catalogueFor, itemByKey, mapCatalogue, type OitItem } from "../../src/domain/oitCatalogue";
import { OIT_CATALOGUES } from "../../src/domain/oitCatalogueData";

const withItems = OIT_CATALOGUES.filter((catalogue) => catalogue.items.length > 0);

describe("OIT catalogue data", () => {
  it.each(withItems.map((c) => [c.fiscalYear, c.items] as const))(
    "%p numbers its items O1 to On without gaps",
    (_year, items) => {
      expect(items.map((item) => item.code)).toEqual(items.map((_, index) => `O${index + 1}`));
    },
  );

  it.each(withItems.map((c) => [c.fiscalYear, c.items] as const))(
    "%p gives each requirement one key",
    (_year, items) => {
      const keys = items.flatMap((item) => (item.key === null ? [] : [item.key]));
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    },
  );

  it.each(withItems.map((c) => [c.fiscalYear, c.items] as const))(
    "%p names the sources of every item",
    (_year, items) => {
      for (const item of items) {
        expect(item.sources.length).toBeGreaterThan(0);
        for (const id of item.sources) expect(SOURCES[id]).toBeDefined();
      }
    },
  );

  it("confirms an item only with NACC or two independent agencies, and only when its name is known", () => {
    for (const item of withItems.flatMap((c) => c.items))
      if (item.confirmed) {
        expect(sourcesConfirm(item.sources)).toBe(true);
        expect(item.nameTh).not.toBeNull();
        expect(item.key).not.toBeNull();
      }
  });

  it("leaves an item without a known name unkeyed, so that no year is matched to it by guess", () => {
    for (const item of withItems.flatMap((c) => c.items))
      expect(item.key === null).toBe(item.nameTh === null);
  });

  it("holds each fiscal year once, and only years with rules or announced as unpublished", () => {
    const years = OIT_CATALOGUES.map((catalogue) => catalogue.fiscalYear);
    expect(new Set(years).size).toBe(years.length);
    for (const year of years)
      expect(SUPPORTED_FISCAL_YEARS.includes(year) || catalogueFor(year).status === "notPublished").toBe(
        true,
      );
  });
});

describe("catalogueFor", () => {
  it("derives the status from the items' confirmations", () => {
    for (const data of withItems) {
      const confirmed = data.items.filter((item) => item.confirmed).length;
      const expected =
        confirmed === data.items.length ? "confirmed" : confirmed === 0 ? "unconfirmed" : "partlyConfirmed";
      expect(catalogueFor(data.fiscalYear).status).toBe(expected);
    }
  });

  it("says 2570 is not published yet, and that a list known to exist was not found", () => {
    expect(catalogueFor(2570)).toMatchObject({ status: "notPublished", items: [] });
    expect(catalogueFor(2570).note).not.toBe("");
    expect(catalogueFor(2565)).toMatchObject({ status: "notFound", items: [] });
    expect(catalogueFor(2600)).toMatchObject({ status: "notFound", items: [] });
  });

  it("says whose list a year's items come from", () => {
    for (const data of OIT_CATALOGUES) expect(catalogueFor(data.fiscalYear).scheme).toBe(data.scheme);
  });
});

describe("the items RTRDA's pages name", () => {
  it("name O2 and O5-O7 in 2568 and 2569, with the years of O6 and O7, and 2568's O27 and O28", () => {
    for (const year of [2568, 2569]) {
      const named = catalogueFor(year)
        .items.filter((item) => ["O2", "O5", "O6", "O7"].includes(item.code))
        .map((item) => [item.code, item.key, item.nameTh, item.evidencePeriod]);
      expect(named).toEqual([
        ["O2", "executives", "ข้อมูลผู้บริหาร", "notStated"],
        ["O5", "strategic-plan", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "notStated"],
        [
          "O6",
          "annual-plan-and-progress",
          "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี",
          "currentFiscalYear",
        ],
        ["O7", "annual-results-report", "รายงานผลการดำเนินงานประจำปี", "previousFiscalYear"],
      ]);
    }
    expect(
      catalogueFor(2568)
        .items.map((item) => item.key)
        .slice(26),
    ).toEqual(["integrity-measures", "integrity-promotion-report"]);
    expect(catalogueFor(2569).items).toHaveLength(26);
  });

  it("leave them unconfirmed: the page and the headings have one publisher", () => {
    const o5 = itemByKey(2569, "strategic-plan");
    expect(o5?.sources).toEqual(["rtrda-ita-page"]);
    expect(o5?.confirmed).toBe(false);
    expect(sourcesConfirm(["rtrda-ita-headings", "rtrda-ita-page"])).toBe(false);
    expect(catalogueFor(2569).status).toBe("unconfirmed");
  });

  it("carry 2568's report of integrity measures to 2569's O26", () => {
    const carried = mapCatalogue(2568, 2569).carried.find(
      (item) => item.key === "integrity-promotion-report",
    );
    expect([carried?.from.code, carried?.to.code]).toEqual(["O28", "O26"]);
  });
});

describe("following the complaint guideline across its renumbering", () => {
  it("finds it by its key in every year that has it", () => {
    const codes = withItems.map((c) => [c.fiscalYear, itemByKey(c.fiscalYear, "complaint-guideline")?.code]);
    expect(codes).toEqual([
      [2566, "O27"],
      [2568, "O17"],
      [2569, "O16"],
    ]);
    expect(itemByKey(2566, "complaint-guideline")?.confirmed).toBe(true);
  });

  it("carries it from O17 in 2568 to O16 in 2569 under the same name", () => {
    const carried = mapCatalogue(2568, 2569).carried.find((item) => item.key === "complaint-guideline");
    expect(carried).toMatchObject({ renumbered: true, renamed: false });
    expect([carried?.from.code, carried?.to.code]).toEqual(["O17", "O16"]);
  });
});

describe("mapCatalogue", () => {
  const pairs = withItems.flatMap((from) => withItems.map((to) => [from.fiscalYear, to.fiscalYear] as const));

  it.each(pairs)("%p to %p accounts for every item exactly once", (fromYear, toYear) => {
    const mapping = mapCatalogue(fromYear, toYear);
    const fromSide: OitItem[] = [
      ...mapping.carried.map((carried) => carried.from),
      ...mapping.dropped,
      ...mapping.unmatched.filter((item) => mapping.from.items.includes(item)),
    ];
    const toSide: OitItem[] = [
      ...mapping.carried.map((carried) => carried.to),
      ...mapping.added,
      ...mapping.unmatched.filter((item) => mapping.to.items.includes(item)),
    ];
    expect(new Set(fromSide).size).toBe(mapping.from.items.length);
    expect(new Set(toSide).size).toBe(mapping.to.items.length);
    for (const carried of mapping.carried) expect(carried.from.key).toBe(carried.to.key);
  });

  it("maps a year onto itself with everything carried unchanged", () => {
    for (const data of withItems) {
      const mapping = mapCatalogue(data.fiscalYear, data.fiscalYear);
      expect(mapping.added).toEqual([]);
      expect(mapping.dropped).toEqual([]);
      expect(mapping.carried.every((carried) => !carried.renumbered && !carried.renamed)).toBe(true);
    }
  });

  it("reports what 2569 adds and what it no longer asks for", () => {
    const mapping = mapCatalogue(2568, 2569);
    expect(mapping.added.map((item) => item.key)).toContain("ita-results-to-development");
    expect(mapping.dropped.map((item) => item.key)).toContain("gift-receipt-report");
    expect(mapping.unmatched.every((item) => item.nameTh === null)).toBe(true);
  });

  it("says nothing carries when either year has no list", () => {
    for (const [fromYear, toYear] of [
      [2566, 2567],
      [2567, 2568],
      [2569, 2570],
    ] as const) {
      const mapping = mapCatalogue(fromYear, toYear);
      expect(mapping.comparable).toBe(false);
      expect([...mapping.carried, ...mapping.added, ...mapping.dropped, ...mapping.unmatched]).toEqual([]);
    }
  });
});

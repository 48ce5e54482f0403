import fc from "fast-check";
import type { SheetRole } from "../../src/layout/plan";
import {
  DEFAULT_SHEET_NAMES,
  freeSheetName,
  resolveSheetNames,
  SHEET_ROLES,
  type SheetRegistry,
} from "../../src/layout/sheetNames";

const FORBIDDEN = /[:\\/?*[\]]/;

describe("DEFAULT_SHEET_NAMES", () => {
  it("names every role with a name Excel accepts, each different", () => {
    expect(Object.keys(DEFAULT_SHEET_NAMES).sort()).toEqual([...SHEET_ROLES].sort());
    for (const name of Object.values(DEFAULT_SHEET_NAMES)) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(FORBIDDEN);
    }
    expect(new Set(Object.values(DEFAULT_SHEET_NAMES).map((name) => name.toUpperCase())).size).toBe(6);
    expect(DEFAULT_SHEET_NAMES.scores).toBe("คะแนน ITA");
    expect(DEFAULT_SHEET_NAMES["grid-IIT"]).toBe("ติดตาม IIT");
    expect(DEFAULT_SHEET_NAMES.settings).toBe("ITA_Settings");
  });
});

describe("resolveSheetNames", () => {
  it("gives every role its default name in an empty workbook", () => {
    expect(resolveSheetNames(["Sheet1"], {})).toEqual({ names: DEFAULT_SHEET_NAMES, renamed: [] });
  });

  it("does not take over a sheet of the default name that is not ours: it adds (2) and says so", () => {
    const { names, renamed } = resolveSheetNames(["คะแนน ITA"], {});
    expect(names.scores).toBe("คะแนน ITA (2)");
    expect(renamed).toEqual([{ role: "scores", wanted: "คะแนน ITA", got: "คะแนน ITA (2)" }]);
  });

  it("counts on past names already taken", () => {
    const { names } = resolveSheetNames(["ติดตาม EIT", "ติดตาม EIT (2)", "ติดตาม eit (3)"], {});
    expect(names["grid-EIT"]).toBe("ติดตาม EIT (4)");
  });

  it("keeps the current name of a sheet of ours the user renamed, and reports nothing", () => {
    const registry: SheetRegistry = { scores: "ผลคะแนน ๒๕๖๘", settings: "ITA_Settings" };
    const { names, renamed } = resolveSheetNames(["ผลคะแนน ๒๕๖๘", "ITA_Settings", "Sheet1"], registry);
    expect(names.scores).toBe("ผลคะแนน ๒๕๖๘");
    expect(names.settings).toBe("ITA_Settings");
    expect(renamed).toEqual([]);
  });

  it("gives a deleted sheet of ours its default name again, unless the user has taken that name since", () => {
    expect(resolveSheetNames([], { "grid-OIT": "deleted" }).names["grid-OIT"]).toBe("ติดตาม OIT");
    const { names, renamed } = resolveSheetNames(["ติดตาม OIT"], { "grid-OIT": "deleted" });
    expect(names["grid-OIT"]).toBe("ติดตาม OIT (2)");
    expect(renamed.map((entry) => entry.role)).toEqual(["grid-OIT"]);
  });

  it("treats a registered name no sheet has any more as deleted", () => {
    expect(resolveSheetNames([], { scores: "ผลคะแนน" }).names.scores).toBe("คะแนน ITA");
  });

  it("compares names without regard to case, as Excel does, keeping the workbook's own spelling", () => {
    const clash = resolveSheetNames(["ita_settings"], {});
    expect(clash.names.settings).toBe("ITA_Settings (2)");
    const ours = resolveSheetNames(["ita_settings"], { settings: "ITA_SETTINGS" });
    expect(ours.names.settings).toBe("ita_settings");
    expect(ours.renamed).toEqual([]);
  });

  it("never gives a role a name another of our sheets already has", () => {
    // The user renamed our IIT grid to the score sheet's default name, then deleted the score sheet.
    const { names } = resolveSheetNames(["คะแนน ITA"], { "grid-IIT": "คะแนน ITA", scores: "deleted" });
    expect(names["grid-IIT"]).toBe("คะแนน ITA");
    expect(names.scores).toBe("คะแนน ITA (2)");
  });

  it("always gives five distinct names, clear of every sheet not ours (property)", () => {
    const pool = [
      ...Object.values(DEFAULT_SHEET_NAMES),
      ...Object.values(DEFAULT_SHEET_NAMES).map((name) => `${name.toLowerCase()} (2)`),
      "Sheet1",
      "ผลคะแนน",
    ];
    const registryEntry = fc.option(fc.oneof(fc.constantFrom(...pool), fc.constant("deleted" as const)), {
      nil: undefined,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { selector: (name) => name.toUpperCase() }),
        fc.tuple(...SHEET_ROLES.map(() => registryEntry)),
        (existing, entries) => {
          const registry: SheetRegistry = {};
          SHEET_ROLES.forEach((role, index) => {
            const entry = entries[index];
            if (entry !== undefined) registry[role] = entry;
          });
          const { names } = resolveSheetNames(existing, registry);
          const resolved = SHEET_ROLES.map((role) => names[role].toUpperCase());
          expect(new Set(resolved).size).toBe(SHEET_ROLES.length);
          const ours = new Set(
            Object.values(registry)
              .filter((name) => name !== "deleted")
              .map((name) => (name as string).toUpperCase()),
          );
          for (const role of SHEET_ROLES) {
            const name = names[role];
            expect(name.length).toBeLessThanOrEqual(31);
            expect(name).not.toMatch(FORBIDDEN);
            const clashes = existing.some((other) => other.toUpperCase() === name.toUpperCase());
            if (clashes) expect(ours.has(name.toUpperCase())).toBe(true);
          }
        },
      ),
    );
  });

  it("lists in renamed exactly the roles that did not get their default name", () => {
    const { names, renamed } = resolveSheetNames(["คะแนน ITA", "ติดตาม IIT"], { "grid-IIT": "ติดตาม IIT" });
    const notDefault = (Object.keys(names) as SheetRole[]).filter(
      (role) => names[role] !== DEFAULT_SHEET_NAMES[role],
    );
    expect(renamed.map((entry) => entry.role)).toEqual(notDefault);
    expect(notDefault).toEqual(["scores"]);
  });
});

describe("freeSheetName", () => {
  it("shortens a long name so that name and number fit Excel's 31 characters", () => {
    const long = "ติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส";
    expect(freeSheetName(long, [])).toBe(long.slice(0, 31));
    const second = freeSheetName(long, [long.slice(0, 31)]);
    expect(second).toBe(`${long.slice(0, 27)} (2)`);
    expect(second).toHaveLength(31);
  });

  it("drops a space left at the cut", () => {
    const name = `${"a".repeat(26)} bcdefgh`;
    expect(freeSheetName(name, [name.slice(0, 31)])).toBe(`${"a".repeat(26)} (2)`);
  });
});

describe("resolveSheetNames with a registry edited by hand", () => {
  it("gives a sheet two roles point at to the first role only", () => {
    const { names } = resolveSheetNames(["ITA_Settings"], {
      "grid-IIT": "ITA_Settings",
      settings: "ITA_Settings",
    });
    expect(names["grid-IIT"]).toBe("ITA_Settings");
    expect(names.settings).toBe("ITA_Settings (2)");
  });
});

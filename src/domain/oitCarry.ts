// Carrying a year's OIT register into the next year's: items are matched by their stable key, never by
// code, so an item renumbered (O17 in 2568, O16 in 2569) keeps its unit, URLs and note.
import type { CatalogueMapping, OitItem } from "./oitCatalogue";
import { emptyEntry, UNNAMED_ITEM_NOTE, type OitRegisterEntry, type OitRegisterRow } from "./oitRegister";

export interface CarriedRegister {
  /** The later year's items, in its order, each with what the earlier row of the same key held. */
  readonly entries: readonly OitRegisterEntry[];
  /** Earlier rows someone worked on whose requirement the later year's list no longer has. */
  readonly dropped: readonly OitRegisterRow[];
  /** Earlier rows without a key that someone wrote in: only a person can say where they go. */
  readonly unmatched: readonly OitRegisterRow[];
}

/** Staff's work on an item's row: who, where, when, its status and note; not what a new register writes. */
function workedOn(row: OitRegisterRow): boolean {
  const { unit, urls, period, status, published, note } = row;
  const written = [unit, period, published, note === UNNAMED_ITEM_NOTE ? "" : note];
  return urls.length > 0 || status !== null || written.some((text) => text !== "");
}

/** A row without a key is a person's from its requirement on: the register writes none there. */
function writtenIn(row: OitRegisterRow): boolean {
  return row.requirement !== "" || workedOn(row);
}

/**
 * Who publishes an item, where, and the note, carry. Its status carries only for a standing document
 * (asPublished) worded as before: the same page still answers it. Any other item goes back to pending,
 * its period and date cleared: its evidence must now cover the new year, or its requirement changed,
 * and the readiness the memo reports must not count last year's work as this year's.
 */
function carried(row: OitRegisterRow, to: OitItem, renamed: boolean): OitRegisterEntry {
  const standing = to.evidencePeriod === "asPublished" && !renamed;
  return {
    ...emptyEntry(to),
    unit: row.unit,
    urls: row.urls,
    note: row.note === UNNAMED_ITEM_NOTE ? emptyEntry(to).note : row.note,
    ...(standing
      ? { status: row.status, period: row.period, published: row.published }
      : { status: "pending" as const }),
  };
}

/** An earlier row as it starts a year that has no list yet: the same item, its evidence to be found again. */
function restarted({ code, key, requirement, unit, urls, note }: OitRegisterRow): OitRegisterEntry {
  return { code, key, requirement, unit, urls, period: "", status: "pending", published: "", note };
}

/**
 * The rows of `mapping.from`'s register as `mapping.to`'s entries (mapCatalogue(N, N + 1)). A later
 * year without a list yet (NACC has not published it) starts from the earlier year's rows, pending.
 */
export function carryOitRegister(
  rows: readonly OitRegisterRow[],
  mapping: CatalogueMapping,
): CarriedRegister {
  if (mapping.to.items.length === 0) return { entries: rows.map(restarted), dropped: [], unmatched: [] };
  const renamed = new Map(mapping.carried.map((pair) => [pair.key, pair.renamed]));
  const rowOfKey = new Map<string, OitRegisterRow>();
  for (const row of rows) if (row.key !== null && !rowOfKey.has(row.key)) rowOfKey.set(row.key, row);
  const keys = new Set(mapping.to.items.map((item) => item.key));
  const entries = mapping.to.items.map((item) => {
    const row = item.key === null ? undefined : rowOfKey.get(item.key);
    // A key the earlier year's list lacks (a row typed with it) may not mean the same words: reworded.
    return row ? carried(row, item, renamed.get(row.key as string) ?? true) : emptyEntry(item);
  });
  return {
    entries,
    // An item of the earlier list nobody touched is not carried: there is nothing of anyone's to keep.
    dropped: rows.filter((row) => row.key !== null && !keys.has(row.key) && workedOn(row)),
    unmatched: rows.filter((row) => row.key === null && writtenIn(row)),
  };
}

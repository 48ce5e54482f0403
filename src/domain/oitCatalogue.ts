// The OIT items NACC asks agencies to publish, per fiscal year. Codes are renumbered every year (the
// complaint guideline was O27 in 2566, O17 in 2568, O16 in 2569), so each item also carries a stable
// key naming its requirement, and a year's list is matched to another's by key, never by code.
import { findFramework, findUnpublishedYear } from "./frameworks";
import type { SourceId } from "./itaSources";
import { OIT_CATALOGUES } from "./oitCatalogueData";

/** Which period the published evidence must cover, as the sources state it. */
export type EvidencePeriod =
  /** A standing document or page, current when published (a guideline, a channel). */
  | "asPublished"
  /** Done or issued within the fiscal year being assessed. */
  | "currentFiscalYear"
  /** A report on the fiscal year before the one assessed. */
  | "previousFiscalYear"
  /** The sources give no period: the user must check the year's manual. */
  | "notStated";

export interface OitItem {
  /** "O1", "O2", …: the year's own numbering. */
  readonly code: string;
  /** The same requirement across years, e.g. "complaint-guideline"; null where the item's name is unknown. */
  readonly key: string | null;
  /** As the sources write it, without an agency's own name or a year; null where no source shows it. */
  readonly nameTh: string | null;
  /** 9 (การเปิดเผยข้อมูล) or 10 (การป้องกันการทุจริต); null where no source says which. */
  readonly indicator: 9 | 10 | null;
  /** The sub-indicator as a source names it; null where none does. */
  readonly subIndicator: string | null;
  readonly evidencePeriod: EvidencePeriod;
  /** True only when NACC or two independent agencies agree on the code and the name (sourcesConfirm). */
  readonly confirmed: boolean;
  readonly sources: readonly SourceId[];
}

/** Whose list it is: NACC's for all agencies, or the one OBEC runs for schools (ITA Online). */
export type AssessmentScheme = "nacc" | "obecItaOnline";

export interface OitCatalogueData {
  readonly fiscalYear: number;
  readonly scheme: AssessmentScheme;
  /** What is known of the year's list and what is not, shown to the user with it. */
  readonly note: string;
  /** Sources on the list as a whole that support no single code. */
  readonly sources: readonly SourceId[];
  readonly items: readonly OitItem[];
}

export type CatalogueStatus =
  | "confirmed"
  | "partlyConfirmed"
  | "unconfirmed"
  /** NACC published a list, but none was found: the user types the items. */
  | "notFound"
  /** NACC has not published the year's list yet. */
  | "notPublished";

export interface OitCatalogue {
  readonly fiscalYear: number;
  readonly status: CatalogueStatus;
  readonly scheme: AssessmentScheme;
  readonly note: string;
  readonly items: readonly OitItem[];
}

/** A year's OIT list and how far it is confirmed; every year has one, empty where nothing is known. */
export function catalogueFor(fiscalYear: number): OitCatalogue {
  const data = OIT_CATALOGUES.find((catalogue) => catalogue.fiscalYear === fiscalYear);
  const items = data?.items ?? [];
  return {
    fiscalYear,
    status: statusOf(fiscalYear, items),
    scheme: data?.scheme ?? "nacc",
    note: data?.note ?? "",
    items,
  };
}

function statusOf(fiscalYear: number, items: readonly OitItem[]): CatalogueStatus {
  if (items.length === 0)
    return findUnpublishedYear(fiscalYear) && !findFramework(fiscalYear) ? "notPublished" : "notFound";
  const confirmed = items.filter((item) => item.confirmed).length;
  if (confirmed === items.length) return "confirmed";
  return confirmed > 0 ? "partlyConfirmed" : "unconfirmed";
}

export function itemByKey(fiscalYear: number, key: string): OitItem | undefined {
  return catalogueFor(fiscalYear).items.find((item) => item.key === key);
}

export interface CarriedItem {
  readonly key: string;
  readonly from: OitItem;
  readonly to: OitItem;
  /** The code changed, e.g. O17 → O16. */
  readonly renumbered: boolean;
  /** The wording changed, so the evidence may need another look. */
  readonly renamed: boolean;
}

export interface CatalogueMapping {
  readonly from: OitCatalogue;
  readonly to: OitCatalogue;
  /** False when either year has no items: nothing can be said about what carries. */
  readonly comparable: boolean;
  readonly carried: readonly CarriedItem[];
  /** Requirements of the later year that the earlier one did not have. */
  readonly added: readonly OitItem[];
  /** Requirements of the earlier year that the later one no longer has. */
  readonly dropped: readonly OitItem[];
  /** Items of either year whose name is unknown, so that only a person can match them. */
  readonly unmatched: readonly OitItem[];
}

/** How one year's items become another's (usually year N to N+1), matched by key. */
export function mapCatalogue(fromYear: number, toYear: number): CatalogueMapping {
  const from = catalogueFor(fromYear);
  const to = catalogueFor(toYear);
  const comparable = from.items.length > 0 && to.items.length > 0;
  if (!comparable) return { from, to, comparable, carried: [], added: [], dropped: [], unmatched: [] };
  const keyed = (items: readonly OitItem[]) => items.filter((item) => item.key !== null);
  const toByKey = new Map(keyed(to.items).map((item) => [item.key, item]));
  const fromKeys = new Set(keyed(from.items).map((item) => item.key));
  const carried: CarriedItem[] = [];
  const dropped: OitItem[] = [];
  for (const item of keyed(from.items)) {
    const next = toByKey.get(item.key);
    if (next === undefined) dropped.push(item);
    else
      carried.push({
        key: item.key as string,
        from: item,
        to: next,
        renumbered: item.code !== next.code,
        renamed: item.nameTh !== next.nameTh,
      });
  }
  return {
    from,
    to,
    comparable,
    carried,
    added: keyed(to.items).filter((item) => !fromKeys.has(item.key)),
    dropped,
    unmatched: [...from.items, ...to.items].filter((item) => item.key === null),
  };
}

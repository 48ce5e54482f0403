/**
 * What a host refuses or cannot answer within one sync: Excel on the web's 5 MB response, the 5 million
 * cells a read of cells may cover, and (a host stricter than Excel is believed to be) calls on null
 * objects. See "Host limits" in the README.
 */
import { boxColumns, boxRows } from "./address";
import { FakeOfficeError } from "./errors";
import type { RangeTarget } from "./rangeTarget";

/** "web" is Excel on the web, whose responses are capped; "desktop" has no such cap. */
export type FakePlatform = "desktop" | "web";

export interface HostLimits {
  readonly platform: FakePlatform;
  /** Whether a method called on a null object, or on anything reached through one, rejects the sync. */
  readonly rejectCallsOnNullObjects: boolean;
}

/** "5 MB" in Microsoft's resource-limits page. */
export const WEB_RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** Past this many cells a range's values (and other cell-level properties) come back null. */
export const READ_CELL_LIMIT = 5_000_000;

const CELL_PROPERTIES = new Set([
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "text",
  "valueTypes",
]);

/** Whether loading `property` of a `typeName` proxy reads more cells than Excel answers. */
export function readsTooManyCells(typeName: string, property: string, target: unknown): boolean {
  if (typeName !== "Range" || !CELL_PROPERTIES.has(property)) return false;
  const { box } = target as RangeTarget;
  return boxRows(box) * boxColumns(box) > READ_CELL_LIMIT;
}

const utf8 = new TextEncoder();

/** What one sync's loads send back, as JSON in UTF-8; refused past the limit on the web. */
export class ResponseMeter {
  private bytes = 0;

  constructor(private readonly platform: FakePlatform) {}

  /** Counts what a load returns; free on the desktop, where nothing is capped. */
  add(loaded: Readonly<Record<string, unknown>>): void {
    if (this.platform === "web") this.bytes += utf8.encode(JSON.stringify(loaded)).length;
  }

  /** Throws as Excel on the web rejects the whole request. */
  check(): void {
    if (this.bytes > WEB_RESPONSE_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `the response would be ${this.bytes} bytes, over Excel on the web's ${WEB_RESPONSE_LIMIT_BYTES}`,
      );
    }
  }
}

/** A call that needs a real object, made on a null object, on a host that refuses it. */
export function callOnNullObject(member: string): FakeOfficeError {
  return new FakeOfficeError("InvalidObjectPath", `${member} was called on a null object`, member);
}

// Reading the parts of a saved .xlsx in tests, apart from the code that wrote them, and a picture to put
// in a workbook.
import { DOMParser, onWarningStopParsing } from "@xmldom/xmldom";
import type JSZip from "jszip";

/** A PNG of one pixel, for a sheet that holds a picture. */
export const ONE_PIXEL_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** Parses a part; malformed XML throws rather than being read as far as it goes. */
export function parseXml(xml: string) {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
}

/** The text of a part that must be there. */
export async function partXml(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async("string");
}

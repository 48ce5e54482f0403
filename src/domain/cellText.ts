// What a cell says once the leftovers of copying from web pages and Word are taken away: staff paste
// grids from reports whose cells still carry <p> tags, &nbsp; and zero-width spaces (see the seeds).

const MARKUP_TAG = /<\/?[A-Za-z][^<>]*>/g;
const NON_BREAKING_SPACE_ENTITY = /&nbsp;/gi;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** The text without HTML tags, &nbsp; or zero-width characters; a tag becomes a space, as it ends a line. */
export function withoutMarkup(text: string): string {
  return text.replace(MARKUP_TAG, " ").replace(NON_BREAKING_SPACE_ENTITY, " ").replace(ZERO_WIDTH, "");
}

/** The text a person reads in a cell: numbers as written, booleans and empty cells as "". */
export function cellText(value: unknown): string {
  if (typeof value === "string") return withoutMarkup(value).trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return "";
}

/** Nothing a person would read: empty, white space, markup alone, or an unticked checkbox (false). */
export function isBlankCell(value: unknown): boolean {
  if (value === true) return false;
  return cellText(value) === "";
}

/** The most characters an Excel cell holds; a longer text is refused by Excel and cut by other programs. */
export const CELL_TEXT_LIMIT = 32_767;

/** The line feeds Excel shows in a cell ("Line feeds per cell"). */
export const CELL_LINE_FEED_LIMIT = 253;

/**
 * A text as an Excel cell holds it: line feeds past the 253rd become spaces, so no word is lost, and a
 * text longer than a cell takes ends in "…" (a sheet's copy of what is kept whole elsewhere: a memo
 * naming a very long agency, a record joined from several cells).
 */
export function withinCell(text: string): string {
  let feeds = 0;
  const joined = text.replace(/\n/g, () => (++feeds > CELL_LINE_FEED_LIMIT ? " " : "\n"));
  return joined.length <= CELL_TEXT_LIMIT ? joined : `${joined.slice(0, CELL_TEXT_LIMIT - 1)}…`;
}

/** The first `limit` characters of a text, and "…" when there were more. */
export function shortened(text: string, limit: number): string {
  const characters = Array.from(text);
  return characters.length <= limit ? text : `${characters.slice(0, limit).join("")}…`;
}

/** Text on one line: line breaks and runs of white space typed into a cell become one space. */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/** What one of the three status columns (ยังไม่ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้ว) holds. */
export type StatusMark = { kind: "marked" } | { kind: "empty" } | { kind: "unknown"; text: string };

/** The sign the add-in itself writes into a status cell. */
export const CANONICAL_MARK = "✓";

/** Signs that tick a status column, as found in the seeds and typed on Thai and English keyboards. */
export const MARKED_SIGNS = [
  "✓",
  "✔",
  "√",
  "☑",
  "☒",
  "⊗",
  "⊠",
  "⊕",
  "X",
  "x",
  "×",
  "✗",
  "✘",
  "/",
  "1",
  "๑",
  "●",
  "◉",
  "⦿",
  "■",
  "*",
] as const;

/** Signs that leave a status column blank on purpose: an open circle or box, a dash, a zero. */
export const EMPTY_SIGNS = ["○", "◯", "⭘", "☐", "□", "-", "–", "—", "0", "๐"] as const;

const MARKED_SET: ReadonlySet<string> = new Set(MARKED_SIGNS);
const EMPTY_SET: ReadonlySet<string> = new Set(EMPTY_SIGNS);

/**
 * Characters that change how a sign looks, not what it is: white space, zero-width spaces common in
 * Thai text, and the variation selectors an emoji picker adds ("✔️").
 */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]|\uFE0E|\uFE0F/gu;

export function parseStatusMark(value: unknown): StatusMark {
  if (value === null || value === undefined || value === false || value === 0) return { kind: "empty" };
  // Excel's checkbox cells hold booleans; some sheets use 1 for a tick.
  if (value === true || value === 1) return { kind: "marked" };
  if (typeof value === "number") return { kind: "unknown", text: String(value) };
  if (typeof value !== "string") return { kind: "unknown", text: "" };
  const text = value.trim();
  const signs = Array.from(text.replace(INVISIBLE, ""));
  const sign = signs[0];
  if (sign === undefined) return { kind: "empty" };
  // A sign typed twice ("✓✓") is still one mark; two different signs are a question for the user.
  if (signs.every((other) => other === sign)) {
    if (MARKED_SET.has(sign)) return { kind: "marked" };
    if (EMPTY_SET.has(sign)) return { kind: "empty" };
  }
  return { kind: "unknown", text };
}

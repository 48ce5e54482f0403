/**
 * Columns a string takes in a terminal. Thai vowels above and below the line and tone marks
 * combine with the consonant before them and take no column of their own, so padding by
 * string length would misalign every Thai table.
 */
export function displayWidth(text: string): number {
  return [...text.replace(/\p{M}/gu, "")].length;
}

export function padEndDisplay(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStartDisplay(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

// Table names are unique in a workbook, whatever sheet a table is on: a table of ours that someone
// else's already has the name of takes the next free one, in Excel and in a file alike.

/** The plan's name, or the first of name_2, name_3 … that no table of the workbook has (names ignore case). */
export function freeTableName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toUpperCase()));
  for (let number = 1; ; number++) {
    const name = number === 1 ? wanted : `${wanted}_${number}`;
    if (!used.has(name.toUpperCase())) return name;
  }
}

// Taking the user to a problem: its sheet shown and its cell selected, in one sync. A sheet deleted or
// renamed since the check rejects the sync with ItemNotFound, which the pane words for the user.
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}

// Ends every jest run with one plain line, "N passed, N failed", that any CI can read. It is
// written as the process exits so that it comes after jest's own summary.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    process.once("exit", () =>
      process.stdout.write(`${skipped > 0 ? `${line}, ${skipped} skipped` : line}\n`),
    );
  }
}
module.exports = ClosingLineReporter;

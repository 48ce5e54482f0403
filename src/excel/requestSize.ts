// Excel on the web refuses a request larger than 5 MB ("RequestPayloadSizeLimitExceeded"), and every
// operation queued before a context.sync() travels in one request. The estimate below is rough, so
// requests are cut well under the limit; an insert is a few hundred kilobytes and stays one request.

export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one request may carry by the estimate: room is left for what the estimate does not see. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Office's envelope around each operation (object path, ids, property name), generously. */
export const OPERATION_OVERHEAD_BYTES = 200;

const utf8 = new TextEncoder();

/** What `operations` queued operations carrying `payload` (as JSON, in UTF-8) add to a request. */
export function estimateBytes(operations: number, payload: unknown): number {
  return operations * OPERATION_OVERHEAD_BYTES + utf8.encode(JSON.stringify(payload) ?? "").length;
}

/**
 * Cuts steps, in order, into requests that stay within the budget. A single step over the budget gets a
 * request of its own (it cannot be cut here), and the order of steps is kept across requests.
 */
export function splitIntoRequests<Step>(
  steps: readonly Step[],
  bytesOf: (step: Step) => number,
  budget = REQUEST_BUDGET_BYTES,
): Step[][] {
  const requests: Step[][] = [];
  let current: Step[] = [];
  let size = 0;
  for (const step of steps) {
    const bytes = bytesOf(step);
    if (current.length > 0 && size + bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

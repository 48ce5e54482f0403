// Telling Excel's failures apart by their code, where a read may try again another way.

export function codeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** Excel on the web refused the request or its response as over 5 MB: a smaller read may fit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = codeOf(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Whether reading the same cells again, in other syncs, would fail the same way: a cell is being edited,
 * the answer is too large, or the error is not Excel's (it has no code).
 */
export function failsAgain(error: unknown): boolean {
  const code = codeOf(error);
  return typeof code !== "string" || code === "InvalidOperationInCellEditMode" || isPayloadTooLarge(error);
}

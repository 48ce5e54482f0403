/**
 * Errors shaped like the ones Office.js raises (`OfficeExtension.Error`: name "RichApi.Error", a `code`
 * and a `debugInfo`), so code under test can branch on `error.code` exactly as it would in Excel.
 */

export type FakeErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "PropertyNotLoaded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ValueNotLoaded";

// The sentences Office shows for each code (from the Office.js string tables and host responses).
const officeMessages: Record<FakeErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: "The operation is not valid for the object's current state.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict: "A table can't overlap with another table or with merged cells.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  ResponsePayloadSizeLimitExceeded:
    "The response payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    detail?: string,
    errorLocation?: string,
  ) {
    const message = detail === undefined ? officeMessages[code] : `${officeMessages[code]} (${detail})`;
    super(message);
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }
}

export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `'${property}' of ${typeName} was read before load("${property}") and context.sync()`,
    `${typeName}.${property}`,
  );
}

export function apiNotFound(member: string, requirementSet: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `the method or property ${member} is part of the ${requirementSet} requirement set, which is not available in this host`,
    member,
  );
}

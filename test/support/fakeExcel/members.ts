/**
 * The members K of Office's class T as a fake class must provide them: the same names, parameter types
 * and property types, so `implements FakeMembers<Excel.Range, "values" | ...>` fails tsc on a misspelt or
 * mistyped member. Proxies (navigation properties, objects returned by methods) are the fake's own
 * classes, so only their presence is checked here; their own classes check their members.
 */
export type FakeMembers<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[P] extends OfficeExtension.ClientObject
      ? object
      : T[P] extends readonly OfficeExtension.ClientObject[]
        ? readonly object[]
        : T[P];
};

/**
 * The arguments of load(): "a, b", "format/font/name", ["a", "b"], { select, expand } and Office's typed
 * option objects such as { values: true, format: { font: { name: true } } } or { $all: true }.
 */

export type LoadArgument =
  string | string[] | OfficeExtension.LoadOption | { readonly [name: string]: unknown };

/** A navigation path to a property; the empty path stands for every scalar property of its object. */
export type PropertyPath = readonly string[];

export function loadPaths(option: LoadArgument | undefined): PropertyPath[] {
  if (option === undefined) return [[]];
  if (typeof option === "string" || Array.isArray(option)) return namePaths(option);
  if (isLoadOption(option)) return [...namePaths(option.select ?? []), ...namePaths(option.expand ?? [])];
  return objectPaths(option, []);
}

function isLoadOption(option: object): option is OfficeExtension.LoadOption {
  return ["select", "expand", "top", "skip"].some((key) => key in option);
}

function namePaths(names: string | readonly string[]): PropertyPath[] {
  const list = typeof names === "string" ? [names] : names;
  return list
    .flatMap((name) => name.split(","))
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .map((name) => name.split("/").map((part) => part.trim()));
}

function objectPaths(option: { readonly [name: string]: unknown }, prefix: PropertyPath): PropertyPath[] {
  return Object.entries(option).flatMap(([name, wanted]): PropertyPath[] => {
    if (name === "$all") return wanted === true ? [prefix] : [];
    if (wanted === true) return [[...prefix, name]];
    if (typeof wanted === "object" && wanted !== null) {
      return objectPaths(wanted as { readonly [name: string]: unknown }, [...prefix, name]);
    }
    return [];
  });
}

/** Groups paths by their first step: "format/font/name" and "format/fill" both go under "format". */
export function groupByFirstStep(paths: readonly PropertyPath[]): Map<string, PropertyPath[]> {
  const groups = new Map<string, PropertyPath[]>();
  for (const [first, ...rest] of paths) {
    if (first === undefined) continue;
    groups.set(first, [...(groups.get(first) ?? []), rest]);
  }
  return groups;
}

// Offline checks of the add-in-only manifest (manifest.xml). `office-addin-manifest validate` posts
// the file to a Microsoft service; these checks run anywhere, with no network, before it gets there.
// CommonJS so that both `node scripts/check-manifest.mjs` and jest (ts-jest, CommonJS) load it as is.
const fs = require("node:fs");
const path = require("node:path");
const { DOMParser } = require("@xmldom/xmldom");

/** Children in the order the schema's xs:sequence requires; an element not listed is not allowed. */
const SCHEMA_ORDER = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Supertip: ["Title", "Description"],
};

/** Which Resources list a resid must point into, by the element that uses it. */
const RESOURCE_KIND_OF_USER = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** Maximum lengths from the schema's string types (ShortString 125, LongString 250). */
const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250, DisplayName: 125, Description: 250 };

/** Pixel sizes the docs require for the add-in's own icons (task pane add-ins). */
const ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

const URL_ELEMENTS = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"];
const TRANSLATED_LOCALE = "th-TH";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOUR_PART_VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @param {Node} node @returns {Element[]} */
function childElements(node) {
  return Array.from(node.childNodes).filter((child) => child.nodeType === child.ELEMENT_NODE);
}

/** @param {Node} node @returns {Element[]} every element below node, in document order */
function descendants(node) {
  return childElements(node).flatMap((child) => [child, ...descendants(child)]);
}

/** @param {Node} node @param {string} localName */
function findAll(node, localName) {
  return descendants(node).filter((element) => element.localName === localName);
}

/** @param {Node} node @param {string} localName */
function findChild(node, localName) {
  return childElements(node).find((element) => element.localName === localName);
}

/** @param {Element | undefined} element */
function textOf(element) {
  return element ? element.textContent.trim() : "";
}

/** The DefaultValue of an element and the Value of each of its Override children. */
function localizedValues(element) {
  const overrides = childElements(element).filter((child) => child.localName === "Override");
  return [
    { locale: "default", value: element.getAttribute("DefaultValue") ?? "" },
    ...overrides.map((override) => ({
      locale: override.getAttribute("Locale") ?? "?",
      value: override.getAttribute("Value") ?? "",
    })),
  ];
}

function resourceLists(doc) {
  const resources = findAll(doc, "Resources")[0];
  return resources ? childElements(resources) : [];
}

/** Map of resource id -> the Resources list that defines it (Images, Urls, ...); first definition wins. */
function resourceKindsById(doc) {
  const kindById = new Map();
  for (const list of resourceLists(doc)) {
    for (const resource of childElements(list)) {
      const id = resource.getAttribute("id");
      if (id && !kindById.has(id)) kindById.set(id, list.localName);
    }
  }
  return kindById;
}

function checkSchemaOrder(doc) {
  const problems = [];
  for (const [parentName, order] of Object.entries(SCHEMA_ORDER)) {
    for (const parent of findAll(doc, parentName)) {
      let lastIndex = -1;
      let lastName = "";
      for (const child of childElements(parent)) {
        const index = order.indexOf(child.localName);
        if (index === -1) {
          problems.push(`<${child.localName}> is not allowed in <${parentName}>: remove it or fix its name`);
        } else if (index < lastIndex) {
          problems.push(
            `<${child.localName}> must come before <${lastName}> in <${parentName}> (schema order: ${order.join(", ")})`,
          );
        } else {
          lastIndex = index;
          lastName = child.localName;
        }
      }
    }
  }
  return problems;
}

function checkRoot(doc) {
  const root = doc.documentElement;
  const type = root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
  return root.localName === "OfficeApp" && type === "TaskPaneApp"
    ? []
    : [
        `the root element must be <OfficeApp xsi:type="TaskPaneApp">, found <${root.tagName}> of type "${type}"`,
      ];
}

function checkId(doc) {
  const id = textOf(findChild(doc.documentElement, "Id"));
  return GUID.test(id) ? [] : [`<Id> "${id}" is not a GUID: use a fresh one, e.g. from crypto.randomUUID()`];
}

function checkVersion(doc) {
  const version = textOf(findChild(doc.documentElement, "Version"));
  return FOUR_PART_VERSION.test(version)
    ? []
    : [`<Version> "${version}" must have four numbers, like 1.0.0.0`];
}

function checkPermissions(doc) {
  const permissions = findAll(doc.documentElement, "Permissions").map(textOf);
  return permissions.length === 1 && permissions[0] === "ReadWriteDocument"
    ? []
    : [`<Permissions> must be exactly ReadWriteDocument (found: ${permissions.join(", ") || "none"})`];
}

function checkHosts(doc) {
  const hosts = findChild(doc.documentElement, "Hosts");
  const names = hosts ? childElements(hosts).map((host) => host.getAttribute("Name")) : [];
  return names.length === 1 && names[0] === "Workbook"
    ? []
    : [`<Hosts> must list only <Host Name="Workbook"/> (found: ${names.join(", ") || "none"})`];
}

function checkRequirements(doc) {
  const requirements = findChild(doc.documentElement, "Requirements");
  const sets = requirements ? findChild(requirements, "Sets") : undefined;
  const setElements = sets ? childElements(sets) : [];
  const declared = setElements.map((set) => ({
    name: set.getAttribute("Name"),
    minVersion: set.getAttribute("MinVersion") || sets.getAttribute("DefaultMinVersion") || "1.1",
  }));
  const only = declared[0];
  return declared.length === 1 && only.name === "ExcelApi" && only.minVersion === "1.1"
    ? []
    : [
        `<Requirements> must ask for only <Set Name="ExcelApi" MinVersion="1.1"/> so Excel 2016 loads the add-in ` +
          `(found: ${declared.map((set) => `${set.name} ${set.minVersion}`).join(", ") || "none"})`,
      ];
}

function checkResourceIdsUnique(doc) {
  const seen = new Set();
  const problems = [];
  for (const list of resourceLists(doc)) {
    for (const resource of childElements(list)) {
      const id = resource.getAttribute("id");
      if (seen.has(id)) problems.push(`resource id "${id}" is defined more than once in <Resources>`);
      seen.add(id);
    }
  }
  return problems;
}

function checkResourceIdsDefined(doc) {
  const kindById = resourceKindsById(doc);
  const versionOverrides = findChild(doc.documentElement, "VersionOverrides");
  const users = versionOverrides ? descendants(versionOverrides).filter((e) => e.hasAttribute("resid")) : [];
  return users.flatMap((user) => {
    const resid = user.getAttribute("resid");
    const wanted = RESOURCE_KIND_OF_USER[user.localName];
    const kind = kindById.get(resid);
    if (!kind) return [`resid "${resid}" used by <${user.localName}> is not defined in <Resources>`];
    if (wanted && kind !== wanted) {
      return [`resid "${resid}" used by <${user.localName}> must be in <bt:${wanted}>, not <bt:${kind}>`];
    }
    return [];
  });
}

function checkHttps(doc) {
  const urlElements = descendants(doc).filter(
    (element) => URL_ELEMENTS.includes(element.localName) && element.hasAttribute("DefaultValue"),
  );
  const urls = [
    ...urlElements.flatMap((element) =>
      localizedValues(element).map(({ value }) => ({ where: element.localName, value })),
    ),
    ...findAll(doc, "AppDomain").map((element) => ({ where: "AppDomain", value: textOf(element) })),
  ];
  return urls
    .filter(({ value }) => !value.startsWith("https://"))
    .map(({ where, value }) => `<${where}> URL "${value}" must start with https://`);
}

/** @returns {{ width: number, height: number } | undefined} */
function pngSize(file) {
  const header = fs.readFileSync(file).subarray(0, 24);
  const isPng = header.length === 24 && header.subarray(0, 8).equals(PNG_SIGNATURE);
  if (!isPng || header.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

function checkIconFile(url, size, where, assetsDir) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return [`<${where}> "${url}" is not a valid URL`];
  }
  const at = pathname.lastIndexOf("/assets/");
  if (at === -1) return [`<${where}> icon "${url}" must be served from /assets/`];
  const relative = pathname.slice(at + "/assets/".length);
  const file = path.join(assetsDir, relative);
  if (!fs.existsSync(file)) {
    return [
      `<${where}> icon assets/${relative} does not exist: run node scripts/draw-icons.mjs or fix the URL`,
    ];
  }
  const actual = pngSize(file);
  if (!actual) return [`<${where}> icon assets/${relative} is not a PNG file`];
  return actual.width === size && actual.height === size
    ? []
    : [
        `<${where}> icon assets/${relative} is ${actual.width}x${actual.height} px but must be ${size}x${size}`,
      ];
}

function checkIcons(doc, { assetsDir }) {
  const root = doc.documentElement;
  const problems = [];
  for (const [name, size] of Object.entries(ICON_SIZE)) {
    const element = findChild(root, name);
    if (!element) {
      problems.push(`<${name}> is missing: add a ${size}x${size} PNG icon`);
      continue;
    }
    for (const { value } of localizedValues(element)) {
      problems.push(...checkIconFile(value, size, name, assetsDir));
    }
  }
  const images = resourceLists(doc)
    .filter((list) => list.localName === "Images")
    .flatMap(childElements);
  const sizeById = new Map();
  for (const image of images) {
    const id = image.getAttribute("id");
    const named = /(\d+)x(\d+)/.exec(id ?? "");
    if (!named || named[1] !== named[2]) {
      problems.push(`image resource "${id}" must name its square size, like Icon.16x16`);
      continue;
    }
    const size = Number(named[1]);
    sizeById.set(id, size);
    for (const { value } of localizedValues(image)) {
      problems.push(...checkIconFile(value, size, `bt:Image id="${id}"`, assetsDir));
    }
  }
  const versionOverrides = findChild(root, "VersionOverrides");
  const uses = versionOverrides
    ? findAll(versionOverrides, "Image").filter((e) => e.hasAttribute("resid"))
    : [];
  for (const use of uses) {
    const resid = use.getAttribute("resid");
    const declared = Number(use.getAttribute("size"));
    if (sizeById.has(resid) && sizeById.get(resid) !== declared) {
      problems.push(`<bt:Image size="${declared}"> points to "${resid}", which is ${sizeById.get(resid)} px`);
    }
  }
  return problems;
}

/** Every text a user reads: the add-in's name, its description and the ribbon strings. */
function userFacingTexts(doc) {
  const root = doc.documentElement;
  const named = ["DisplayName", "Description"]
    .map((name) => findChild(root, name))
    .filter(Boolean)
    .map((element) => ({ kind: element.localName, label: `<${element.localName}>`, element }));
  const strings = resourceLists(doc)
    .filter((list) => list.localName === "ShortStrings" || list.localName === "LongStrings")
    .flatMap((list) =>
      childElements(list).map((element) => ({
        kind: list.localName,
        label: `string "${element.getAttribute("id")}"`,
        element,
      })),
    );
  return [...named, ...strings];
}

function checkStringLengths(doc) {
  return userFacingTexts(doc).flatMap(({ kind, label, element }) =>
    localizedValues(element)
      .filter(({ value }) => value.length > MAX_LENGTH[kind])
      .map(
        ({ locale, value }) =>
          `${label} (${locale}) has ${value.length} characters; the limit is ${MAX_LENGTH[kind]}`,
      ),
  );
}

function checkThaiTranslations(doc) {
  return userFacingTexts(doc)
    .filter(
      ({ element }) =>
        !localizedValues(element).some(({ locale, value }) => locale === TRANSLATED_LOCALE && value),
    )
    .map(({ label }) => `${label} has no <Override Locale="${TRANSLATED_LOCALE}">: add the Thai text`);
}

/** The checks run on a well-formed manifest, each returning one-line problems. */
const manifestChecks = [
  { name: "root element", run: checkRoot },
  { name: "schema order", run: checkSchemaOrder },
  { name: "Id", run: checkId },
  { name: "Version", run: checkVersion },
  { name: "Hosts", run: checkHosts },
  { name: "Requirements", run: checkRequirements },
  { name: "Permissions", run: checkPermissions },
  { name: "resource ids unique", run: checkResourceIdsUnique },
  { name: "resource ids defined", run: checkResourceIdsDefined },
  { name: "https URLs", run: checkHttps },
  { name: "icon files", run: checkIcons },
  { name: "string lengths", run: checkStringLengths },
  { name: "Thai translations", run: checkThaiTranslations },
];

/** Parses the manifest; every parser warning or error becomes a problem, as Office is stricter than xmldom. */
function parseManifest(xmlText) {
  const parseProblems = [];
  const report = (level, message, context) => {
    const line = context?.locator?.lineNumber ? ` at line ${context.locator.lineNumber}` : "";
    parseProblems.push(`not well-formed XML${line} (${level}): ${message}`);
  };
  try {
    return { doc: new DOMParser({ onError: report }).parseFromString(xmlText, "text/xml"), parseProblems };
  } catch (error) {
    return {
      doc: undefined,
      parseProblems: parseProblems.length ? parseProblems : [`not well-formed XML: ${error}`],
    };
  }
}

/**
 * Checks manifest text; icon URLs are looked up as files under assetsDir.
 * @param {string} xmlText
 * @param {{ assetsDir: string }} options
 * @returns {string[]} one line per problem; empty when the manifest passes
 */
function checkManifest(xmlText, options) {
  const { doc, parseProblems } = parseManifest(xmlText);
  if (!doc || parseProblems.length) return parseProblems;
  return manifestChecks.flatMap((check) => check.run(doc, options));
}

module.exports = { checkManifest, manifestChecks };

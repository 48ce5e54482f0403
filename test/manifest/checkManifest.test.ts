import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkManifest, manifestChecks } from "../../scripts/manifest-checks.cjs";

const repoRoot = path.join(__dirname, "..", "..");
const assetsDir = path.join(repoRoot, "assets");
const manifest = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");

/** The real manifest with one piece replaced; fails loudly if that piece is no longer there. */
function mutated(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest)
    throw new Error(`manifest.xml no longer contains ${String(from)}: update this test`);
  return changed;
}

describe("checkManifest", () => {
  it("passes the real manifest", () => {
    expect(checkManifest(manifest, { assetsDir })).toEqual([]);
    expect(manifestChecks.length).toBeGreaterThan(10);
  });

  it.each([
    [
      "bad XML",
      mutated("</Permissions>", "</Permission>"),
      /not well-formed XML at line \d+ \(fatalError\): Opening and ending tag mismatch/,
    ],
    ["an unknown entity", mutated("ITA Tracker project", "ITA&nbsp;Tracker"), /not well-formed XML.*&nbsp;/],
    [
      "swapped element order",
      mutated(/(<Version>.*<\/Version>)(\s*)(<ProviderName>.*<\/ProviderName>)/, "$3$2$1"),
      /^<Version> must come before <ProviderName> in <OfficeApp> \(schema order: Id, AlternateId, Version/,
    ],
    [
      "an element the schema does not allow",
      mutated("<Permissions>ReadWriteDocument</Permissions>", "<Permission>ReadWriteDocument</Permission>"),
      /^<Permission> is not allowed in <OfficeApp>: remove it or fix its name$/,
    ],
    [
      "resources out of order",
      mutated(/(<bt:Images>[\s\S]*<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*<\/bt:Urls>)/, "$3$2$1"),
      /^<Images> must come before <Urls> in <Resources>/,
    ],
    [
      "an undefined resid",
      mutated('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Missing"/>'),
      /^resid "Taskpane.Missing" used by <SourceLocation> is not defined in <Resources>$/,
    ],
    [
      "a resid of the wrong kind",
      mutated('<Label resid="ItaTracker.Group.Label"/>', '<Label resid="ItaTracker.OpenPane.Tooltip"/>'),
      /^resid "ItaTracker.OpenPane.Tooltip" used by <Label> must be in <bt:ShortStrings>, not <bt:LongStrings>$/,
    ],
    [
      "a duplicate resource id",
      mutated('<bt:Url id="Taskpane.Url"', '<bt:Url id="Commands.Url"'),
      /^resource id "Commands.Url" is defined more than once in <Resources>$/,
    ],
    [
      "an http URL",
      mutated('SupportUrl DefaultValue="https://', 'SupportUrl DefaultValue="http://'),
      /^<SupportUrl> URL "http:\/\/localhost:3000\/support.html" must start with https:\/\/$/,
    ],
    [
      "an http URL in a resource",
      mutated(
        '<bt:Url id="Commands.Url" DefaultValue="https://',
        '<bt:Url id="Commands.Url" DefaultValue="http://',
      ),
      /^<Url> URL "http:\/\/localhost:3000\/commands.html" must start with https:\/\/$/,
    ],
    [
      "a missing icon file",
      mutated("assets/icon-80.png", "assets/icon-81.png"),
      /^<bt:Image id="Icon.80x80"> icon assets\/icon-81.png does not exist/,
    ],
    [
      "a ribbon image whose size does not match its resource",
      mutated('<bt:Image size="32" resid="Icon.32x32"/>', '<bt:Image size="32" resid="Icon.16x16"/>'),
      /^<bt:Image size="32"> points to "Icon.16x16", which is 16 px$/,
    ],
    [
      "an image resource without its size in its id",
      mutated(/Icon\.80x80/g, "Icon.Large"),
      /^image resource "Icon.Large" must name its square size, like Icon.16x16$/,
    ],
    ["a bad GUID", mutated(/<Id>[^<]*<\/Id>/, "<Id>ita-tracker</Id>"), /^<Id> "ita-tracker" is not a GUID/],
    [
      "a bad version",
      mutated(/<Version>[^<]*<\/Version>/, "<Version>1.0</Version>"),
      /^<Version> "1.0" must have four numbers, like 1.0.0.0$/,
    ],
    [
      "an extra permission",
      mutated(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadWriteDocument</Permissions>\n  <Permissions>ReadAllDocument</Permissions>",
      ),
      /^<Permissions> must be exactly ReadWriteDocument \(found: ReadWriteDocument, ReadAllDocument\)$/,
    ],
    [
      "a broader permission",
      mutated("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>WriteDocument</Permissions>"),
      /^<Permissions> must be exactly ReadWriteDocument \(found: WriteDocument\)$/,
    ],
    [
      "a newer requirement set",
      mutated('<Set Name="ExcelApi" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>'),
      /^<Requirements> must ask for only <Set Name="ExcelApi" MinVersion="1.1"\/>.*\(found: ExcelApi 1.7\)$/,
    ],
    [
      "another host",
      mutated('<Host Name="Workbook"/>', '<Host Name="Workbook"/>\n    <Host Name="Document"/>'),
      /^<Hosts> must list only <Host Name="Workbook"\/> \(found: Workbook, Document\)$/,
    ],
    [
      "a ribbon string without Thai",
      mutated('<bt:Override Locale="th-TH" Value="ITA"/>', ""),
      /^string "ItaTracker.Group.Label" has no <Override Locale="th-TH">: add the Thai text$/,
    ],
    [
      "a label over the schema's length",
      mutated(
        'DefaultValue="ITA Tracker">\n          <bt:Override',
        `DefaultValue="${"x".repeat(126)}">\n<bt:Override`,
      ),
      /^string "ItaTracker.OpenPane.Label" \(default\) has 126 characters; the limit is 125$/,
    ],
  ])("fails %s", (_, xmlText, expected) => {
    const problems = checkManifest(xmlText, { assetsDir });
    expect(problems).toContainEqual(expect.stringMatching(expected));
  });

  describe("with icon files that are wrong", () => {
    let brokenAssetsDir: string;

    beforeEach(() => {
      brokenAssetsDir = mkdtempSync(path.join(os.tmpdir(), "ita-assets-"));
      cpSync(assetsDir, brokenAssetsDir, { recursive: true });
    });

    afterEach(() => rmSync(brokenAssetsDir, { recursive: true, force: true }));

    it("fails an icon of the wrong pixel size", () => {
      copyFileSync(path.join(assetsDir, "icon-16.png"), path.join(brokenAssetsDir, "icon-32.png"));
      const problems = checkManifest(manifest, { assetsDir: brokenAssetsDir });
      expect(problems).toEqual([
        "<IconUrl> icon assets/icon-32.png is 16x16 px but must be 32x32",
        '<bt:Image id="Icon.32x32"> icon assets/icon-32.png is 16x16 px but must be 32x32',
      ]);
    });

    it("fails an icon that is not a PNG", () => {
      writeFileSync(path.join(brokenAssetsDir, "icon-64.png"), "<svg/>");
      const problems = checkManifest(manifest, { assetsDir: brokenAssetsDir });
      expect(problems).toEqual(["<HighResolutionIconUrl> icon assets/icon-64.png is not a PNG file"]);
    });
  });
});

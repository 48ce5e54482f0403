// A stand-in for TH SarabunPSK at its true size, so that LibreOffice prints our sheets and the memo as a
// government PC does. TH SarabunPSK is not in Debian. TLWG's Laksaman is the same design, but drawn
// 1/0.66 times larger in its em (to match TLWG's other faces), and LibreOffice ignores the scale that
// fontconfig would apply to it, so plain Laksaman prints every line half as large again. The stand-in is
// Laksaman with a larger em, TH Sarabun New's line spacing, and the family name "TH SarabunPSK".
import { existsSync } from "fs";
import { mkdir, readFile, rename, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";

const LAKSAMAN = "/usr/share/fonts/truetype/tlwg";
const FACES = [
  ["Laksaman.ttf", "TrueSizeSarabun.ttf"],
  ["Laksaman-Bold.ttf", "TrueSizeSarabun-Bold.ttf"],
] as const;

/**
 * Laksaman's units per em for TH SarabunPSK's size: Laksaman's advance widths are TH Sarabun New's over
 * 0.6654 (the median over ASCII and the Thai block, 166 glyphs, none off by more than 0.3 %), in an em of
 * 1000. Its Windows ascent and descent, 1270 and 687, are then TH Sarabun New's 844 and 457.
 */
const TRUE_SIZE_UNITS_PER_EM = 1503;
/** TH Sarabun New's line gaps (hhea 30, OS/2 typo 60) in the stand-in's em. */
const LINE_GAP = Math.round((30 * TRUE_SIZE_UNITS_PER_EM) / 1000);
const TYPO_LINE_GAP = Math.round((60 * TRUE_SIZE_UNITS_PER_EM) / 1000);
/** OS/2 fsSelection's USE_TYPO_METRICS: TH Sarabun New leaves it clear, so lines are spaced by hhea. */
const USE_TYPO_METRICS = 0x80;

export const LAKSAMAN_INSTALLED = FACES.every(([face]) => existsSync(path.join(LAKSAMAN, face)));

function tableOffsets(font: Buffer): Record<string, number> {
  const offsets: Record<string, number> = {};
  for (let index = 0; index < font.readUInt16BE(4); index++) {
    const at = 12 + index * 16;
    offsets[font.toString("latin1", at, at + 4)] = font.readUInt32BE(at + 8);
  }
  return offsets;
}

/** Laksaman rescaled: FreeType and LibreOffice read these fields and do not check the tables' sums. */
function trueSize(laksaman: Buffer): Buffer {
  const font = Buffer.from(laksaman);
  const { head, hhea, "OS/2": os2 } = tableOffsets(font);
  if (head === undefined || hhea === undefined || os2 === undefined)
    throw new Error("Laksaman has no head, hhea or OS/2");
  font.writeUInt16BE(TRUE_SIZE_UNITS_PER_EM, head + 18);
  font.writeInt16BE(LINE_GAP, hhea + 8);
  font.writeInt16BE(TYPO_LINE_GAP, os2 + 72);
  font.writeUInt16BE(font.readUInt16BE(os2 + 62) & ~USE_TYPO_METRICS, os2 + 62);
  return font;
}

function fontsConf(folder: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${folder}</dir>
  <cachedir>${path.join(folder, "cache")}</cachedir>
  <match target="scan">
    <test name="file" compare="contains"><string>${folder}/</string></test>
    <edit name="family" mode="assign" binding="same"><string>TH SarabunPSK</string></edit>
  </match>
  <alias binding="same"><family>TH SarabunIT๙</family><prefer><family>TH SarabunPSK</family></prefer></alias>
  <alias binding="same"><family>TH Sarabun New</family><prefer><family>TH SarabunPSK</family></prefer></alias>
  <!-- Laksaman itself shares the stand-in's PostScript name: LibreOffice would take one for the other. -->
  <selectfont><rejectfont><glob>${LAKSAMAN}/Laksaman*</glob></rejectfont></selectfont>
</fontconfig>
`;
}

let made: Promise<string> | undefined;

/**
 * The fontconfig file that makes "TH SarabunPSK", "TH SarabunIT๙" and "TH Sarabun New" the true-size
 * stand-in, for FONTCONFIG_FILE. Made once per process into a folder of its own; parallel test files
 * each make theirs and move it into place whole.
 */
export function trueSizeSarabunConf(): Promise<string> {
  made ??= (async () => {
    if (!LAKSAMAN_INSTALLED)
      throw new Error(`Laksaman is not in ${LAKSAMAN}: install fonts-tlwg-laksaman-ttf`);
    const folder = path.join(os.tmpdir(), `ita-true-size-sarabun-${TRUE_SIZE_UNITS_PER_EM}`);
    const conf = path.join(folder, "fonts.conf");
    if (existsSync(conf)) return conf;
    const building = `${folder}.${process.pid}`;
    await mkdir(building, { recursive: true });
    for (const [face, standIn] of FACES)
      await writeFile(path.join(building, standIn), trueSize(await readFile(path.join(LAKSAMAN, face))));
    await writeFile(path.join(building, "fonts.conf"), fontsConf(folder));
    await rename(building, folder).catch(async (error: NodeJS.ErrnoException) => {
      // Another process moved its copy in first: the same files.
      if (!existsSync(conf)) throw error;
      await rm(building, { recursive: true, force: true });
    });
    return conf;
  })();
  return made;
}

// LibreOffice as a real spreadsheet engine for tests: it recalculates our formulas, re-saves our files
// and prints them. Each conversion runs in its own fresh profile, so runs in parallel never share one.
import { execFile } from "child_process";
import { existsSync } from "fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { trueSizeSarabunConf } from "../support/trueSizeSarabun";

function findOnPath(command: string): string | undefined {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .map((folder) => path.join(folder, command))
    .find((candidate) => existsSync(candidate));
}

export const SOFFICE = findOnPath("soffice");

let warned = false;

/**
 * A describe that needs LibreOffice. Without soffice it is skipped with a notice, except in CI, where
 * it fails: a check that silently stops running is worse than none.
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (SOFFICE) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("needs LibreOffice: soffice is not on PATH (see .ci/run)", () => {
        throw new Error("soffice not found on PATH; CI must install libreoffice-calc-nogui");
      });
    });
  } else {
    if (!warned) {
      console.warn("LibreOffice (soffice) is not installed: the spreadsheet-engine checks are skipped.");
      warned = true;
    }
    describe.skip(name, body);
  }
}

/** LibreOffice's first start takes a while, and a busy machine more. */
const CONVERSION_TIMEOUT_MS = 180_000;

// Recalculate every formula on loading an .xlsx, whatever results the file carries.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts the files with one soffice run; the results land in `outDir` under the files' base names. */
export async function convertWithLibreOffice(
  files: readonly string[],
  target: string,
  outDir: string,
): Promise<void> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "ita-lo-profile-"));
  try {
    await mkdir(path.join(profile, "user"), { recursive: true });
    await writeFile(path.join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    // Fontconfig knows no "TH SarabunPSK": without the stand-in, LibreOffice would draw the Thai letters
    // in a fallback face and the digits, Latin and line spacing in DejaVu Sans.
    const fonts = await trueSizeSarabunConf();
    await new Promise<void>((resolve, reject) => {
      execFile(
        SOFFICE as string,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          target,
          "--outdir",
          outDir,
          ...files,
        ],
        {
          timeout: CONVERSION_TIMEOUT_MS,
          env: { ...process.env, FONTCONFIG_FILE: fonts },
        },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`soffice failed: ${error.message} ${stderr}`)) : resolve(),
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Each page's width and height in points, from the page objects of a PDF LibreOffice wrote. */
export async function pdfPageSizes(file: string): Promise<{ width: number; height: number }[]> {
  const pdf = (await readFile(file)).toString("latin1");
  return pdf
    .split("endobj")
    .filter((object) => /\/Type\s*\/Page\b(?!s)/.test(object))
    .map((page) => {
      const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(page)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
      const [left = 0, bottom = 0, right = 0, top = 0] = box;
      return { width: Math.round(right - left), height: Math.round(top - bottom) };
    });
}

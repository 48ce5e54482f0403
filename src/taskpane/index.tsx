// Entry of the task pane: the only file here that touches Office, to wait until it is ready and to learn
// its display language, and the one that keeps the language chosen; the pane reaches Excel through
// src/excel/host.ts.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { Language } from "../domain/checkMessages";
import { todayInThailand } from "../domain/thaiCalendar";
import type * as Host from "../excel/host";
import { App } from "./App";
import { downloadFile } from "./downloadFile";
import { startNextYear } from "./nextYearWorkbook";
import { unitFileReader } from "./unitFileReader";
import { FirstRenderMark } from "./FirstRenderMark";
import { CHOSEN_LANGUAGE_KEY, chosenLanguage, paneLanguage } from "./i18n/language";

/**
 * The code that reaches Excel (and the sheets' plans it writes) is loaded when the first action asks for
 * it, in a chunk of its own: the pane's first render only needs the pane.
 */
const host = () => import(/* webpackChunkName: "excel" */ "../excel/host");

/** The .xlsx writer (ExcelJS), as large as the pane: loaded only to make the next year's workbook. */
const workbookFile = () => import(/* webpackChunkName: "workbook-file" */ "../xlsx/standardWorkbook");

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `name` of the host, called once the host has loaded. */
function fromHost<K extends keyof typeof Host>(name: K): (typeof Host)[K] {
  const call = async (...args: unknown[]) => {
    const loaded = await host();
    return (loaded[name] as (...parameters: unknown[]) => unknown)(...args);
  };
  return call as unknown as (typeof Host)[K];
}

/**
 * Thai text in a face that has Thai, named first, as Office itself does (Leelawadee UI on Windows,
 * Thonburi on Mac, Sarabun or the TLWG faces elsewhere): the browser need not search the system's fonts
 * for every Thai letter, and the pane reads the same on every machine that has one of them.
 */
const THAI_FIRST_FONTS =
  "'Segoe UI', 'Leelawadee UI', Leelawadee, Thonburi, Sarabun, 'TH Sarabun New', Laksaman, Tahoma, sans-serif";

/**
 * The pane's storage on this computer. Office's webviews have it, but a locked-down browser may refuse
 * it: then the language is simply not remembered.
 */
function paneStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function rememberLanguage(language: Language) {
  try {
    paneStorage()?.setItem(CHOSEN_LANGUAGE_KEY, language);
  } catch {
    // Storage full or refused: the pane has switched all the same, only not for next time.
  }
}

function renderTaskPane() {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  // Office's dark themes on Windows and Mac; Excel on the web has no officeTheme.
  const base = Office.context.officeTheme?.isDarkTheme ? webDarkTheme : webLightTheme;
  const theme = { ...base, fontFamilyBase: THAI_FIRST_FONTS };
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
        <App
          language={
            chosenLanguage(paneStorage()?.getItem(CHOSEN_LANGUAGE_KEY) ?? null) ??
            paneLanguage(Office.context.displayLanguage)
          }
          onLanguageChosen={rememberLanguage}
          insertSheets={fromHost("insertItaSheetsInExcel")}
          startNextYear={() =>
            startNextYear({
              plan: fromHost("planNextYearInExcel"),
              bytesOf: async (plan) => (await workbookFile()).plannedWorkbookBytes(plan),
              open: fromHost("openWorkbookInExcel"),
              download: (fileName, bytes) => downloadFile(fileName, bytes.slice(), XLSX_TYPE),
            })
          }
          checkWorkbook={fromHost("checkWorkbookInExcel")}
          selectCell={fromHost("selectCellInExcel")}
          convertScores={fromHost("convertScoresInExcel")}
          summarise={fromHost("summariseInExcel")}
          readUnitFile={unitFileReader(
            todayInThailand(new Date()),
            () => new Worker(new URL("./unitFileWorker.ts", import.meta.url)),
          )}
          consolidate={fromHost("consolidateInExcel")}
          readSettings={fromHost("readSettingsInExcel")}
          saveSettings={fromHost("saveSettingsInExcel")}
          askHost={fromHost("askHostInExcel")}
          today={todayInThailand(new Date())}
        />
      </FluentProvider>
      <FirstRenderMark />
    </StrictMode>,
  );
}

Office.onReady(renderTaskPane);

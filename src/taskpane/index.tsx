// Entry of the task pane: the only file here that touches Office, to wait until it is ready and to learn
// its display language; the pane reaches Excel through src/excel/host.ts.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { todayInThailand } from "../domain/thaiCalendar";
import type * as Host from "../excel/host";
import { App } from "./App";
import { FirstRenderMark } from "./FirstRenderMark";
import { paneLanguage } from "./i18n/language";

/**
 * The code that reaches Excel (and the sheets' plans it writes) is loaded when the first action asks for
 * it, in a chunk of its own: the pane's first render only needs the pane.
 */
const host = () => import(/* webpackChunkName: "excel" */ "../excel/host");

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
          language={paneLanguage(Office.context.displayLanguage)}
          insertSheets={fromHost("insertItaSheetsInExcel")}
          checkWorkbook={fromHost("checkWorkbookInExcel")}
          selectCell={fromHost("selectCellInExcel")}
          convertScores={fromHost("convertScoresInExcel")}
          summarise={fromHost("summariseInExcel")}
          readSettings={fromHost("readSettingsInExcel")}
          saveSettings={fromHost("saveSettingsInExcel")}
          today={todayInThailand(new Date())}
        />
      </FluentProvider>
      <FirstRenderMark />
    </StrictMode>,
  );
}

Office.onReady(renderTaskPane);

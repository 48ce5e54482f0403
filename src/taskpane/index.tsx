// Entry of the task pane: the only file here that touches Office, to wait until it is ready and to learn
// its display language; the pane reaches Excel through src/excel/host.ts.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { todayInThailand } from "../domain/thaiCalendar";
import {
  checkWorkbookInExcel,
  convertScoresInExcel,
  insertItaSheetsInExcel,
  readSettingsInExcel,
  saveSettingsInExcel,
  selectCellInExcel,
  summariseInExcel,
} from "../excel/host";
import { App } from "./App";
import { FirstRenderMark } from "./FirstRenderMark";
import { paneLanguage } from "./i18n/language";

function renderTaskPane() {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  // Office's dark themes on Windows and Mac; Excel on the web has no officeTheme.
  const theme = Office.context.officeTheme?.isDarkTheme ? webDarkTheme : webLightTheme;
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
        <App
          language={paneLanguage(Office.context.displayLanguage)}
          insertSheets={insertItaSheetsInExcel}
          checkWorkbook={checkWorkbookInExcel}
          selectCell={selectCellInExcel}
          convertScores={convertScoresInExcel}
          summarise={summariseInExcel}
          readSettings={readSettingsInExcel}
          saveSettings={saveSettingsInExcel}
          today={todayInThailand(new Date())}
        />
      </FluentProvider>
      <FirstRenderMark />
    </StrictMode>,
  );
}

Office.onReady(renderTaskPane);

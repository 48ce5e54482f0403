// Entry of the task pane: the only file here that touches Office, and only to wait until it is ready;
// the pane reaches Excel through src/excel/host.ts.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { todayInThailand } from "../domain/thaiCalendar";
import {
  checkWorkbookInExcel,
  convertScoresInExcel,
  insertItaSheetsInExcel,
  selectCellInExcel,
} from "../excel/host";
import { App } from "./App";

function renderTaskPane() {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App
          insertSheets={insertItaSheetsInExcel}
          checkWorkbook={checkWorkbookInExcel}
          selectCell={selectCellInExcel}
          convertScores={convertScoresInExcel}
          today={todayInThailand(new Date())}
        />
      </FluentProvider>
    </StrictMode>,
  );
}

Office.onReady(renderTaskPane);

// The first-render yardstick: the least a Fluent UI task pane can be (React 19, FluentProvider and one
// Fluent Button, rendered as soon as Office is ready), built by the same webpack config as the pane and
// loaded in the same browser, so that the pane's first render is judged as a ratio to it.
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FirstRenderMark } from "../../src/taskpane/FirstRenderMark";

function renderBaseline() {
  const container = document.getElementById("root");
  if (!container) throw new Error("baseline.html has no #root element");
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <Button appearance="primary">แทรกแบบฟอร์ม ITA</Button>
      </FluentProvider>
      <FirstRenderMark />
    </StrictMode>,
  );
}

Office.onReady(renderBaseline);

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/App";

describe("App", () => {
  it("names the add-in in Thai and English without needing Office", () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>,
    );
    expect(html).toContain("ติดตามผล ITA");
    expect(html).toContain("ITA Tracker");
    expect(html).toContain("สรุปผลสำหรับรายงานผู้บริหาร");
  });
});

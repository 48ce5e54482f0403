import { chosenLanguage, paneLanguage, PANE_TEXT } from "../../src/taskpane/i18n/language";

describe("the pane's language", () => {
  test.each([
    ["th-TH", "th"],
    ["TH", "th"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["ja-JP", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("Office in %p shows the pane in %p", (displayLanguage, language) => {
    expect(paneLanguage(displayLanguage)).toBe(language);
    expect(PANE_TEXT[paneLanguage(displayLanguage)].language).toBe(language);
  });

  test.each([
    ["th", "th"],
    ["en", "en"],
    [null, null],
    ["", null],
    ["TH", null],
    ["ja", null],
  ])("a choice kept as %p opens the pane in %p", (stored, language) => {
    expect(chosenLanguage(stored)).toBe(language);
  });

  test("each language offers the other by its own name", () => {
    expect(PANE_TEXT.th.app.otherLanguage).toBe("English");
    expect(PANE_TEXT.en.app.otherLanguage).toBe("ภาษาไทย");
  });
});

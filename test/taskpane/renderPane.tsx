// Renders a piece of the pane inside the providers the add-in gives it, with a user who drives it.
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { ReactNode } from "react";
import type { Language } from "../../src/domain/checkMessages";
import { PANE_TEXT } from "../../src/taskpane/i18n/language";
import { PaneTextContext } from "../../src/taskpane/i18n/PaneTextContext";

// A user's steps through Fluent's components are slow in jsdom, whose getComputedStyle is slow.
jest.setTimeout(15_000);

function inPane(element: ReactNode, language: Language) {
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneTextContext.Provider value={PANE_TEXT[language]}>{element}</PaneTextContext.Provider>
    </FluentProvider>
  );
}

/** `rerender` draws the piece again with new props or language, as its parent would, keeping its state. */
export function renderPane(element: ReactNode, language: Language = "th") {
  // Fluent's many style rules make jsdom's getComputedStyle slow; no element of the pane sets pointer-events.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(inPane(element, language));
  const rerender = (next: ReactNode, shownIn: Language = language) => view.rerender(inPane(next, shownIn));
  return { user, rerender };
}

/** The live region a panel announces its outcome in, by its name, as a screen reader finds it. */
export function results(name: string): HTMLElement {
  return screen.getByRole("status", { name });
}

/** A button that is busy while its action runs: still focusable, so the keyboard does not lose its place. */
export function expectBusy(button: HTMLElement, busy: boolean) {
  if (busy) expect(button).toHaveAttribute("aria-disabled", "true");
  else expect(button).not.toHaveAttribute("aria-disabled", "true");
  expect(button).toBeEnabled();
}

/** The progress a panel shows while its action runs, by the words it says. */
export const progress = (name: string) => screen.queryByRole("progressbar", { name });

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

import type { Browser, Page } from "playwright-core";
import type { FakeOfficeOptions } from "./fakeOffice";

export declare const CHROMIUM: string;
export declare const DIST: string;
export declare const FIRST_RENDER_MARK: string;
export declare const NARROWEST_PANE: { readonly width: number; readonly height: number };
export declare function buildFakeOffice(): string;
export declare function chromiumInstalled(): boolean;
export declare function launchChromium(): Promise<Browser>;
export declare function missingBuild(): string | null;
export declare function openPanePage(
  browser: Browser,
  setup: { officeScript: string; options: FakeOfficeOptions; permissions?: string[] },
): Promise<Page>;
export declare function serveDist(): Promise<{ origin: string; url: string; close: () => Promise<void> }>;

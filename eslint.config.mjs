// Lint: the Office add-in rules of eslint-plugin-office-addins (sync before read, load before
// read, no sync in a loop, ...), typescript-eslint's recommended rules, React, and prettier.
// The plugin's own preset brings an older typescript-eslint that clashes with ours and skips
// .tsx files, so its rules are taken here and applied to every source file.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";
import globals from "globals";

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { ...react.configs.flat.recommended, settings: { react: { version: "detect" } } },
  react.configs.flat["jsx-runtime"],
  prettierConfig,
  {
    plugins: { "office-addins": officeAddins, prettier },
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser } },
    rules: {
      ...officeRules,
      // Our reads are batched by design: one sync after many loads is the point.
      "office-addins/no-navigational-load": "warn",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      // Workbook text is data: never code, never markup.
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "react/no-danger": "error",
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML", "insertAdjacentHTML"].map((property) => ({
          property,
          message: "Text goes into the page as text: set textContent, or let React render it.",
        })),
        { object: "document", property: "write", message: "The page is built by React, never written." },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}", "scripts/**", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Office.js belongs to src/excel alone (DESIGN.md): everything else stays pure and testable.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Office.js is used only in src/excel." },
        { name: "Office", message: "Office.js is used only in src/excel." },
      ],
    },
  },
);

const shared = {
  testEnvironment: "node",
  transform: {
    // Type errors are caught once by `npm run typecheck`; here ts-jest only transpiles.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ["default", "<rootDir>/test/support/closingLineReporter.cjs"],
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
    },
    // The production build in Chromium (test/e2e): needs `npm run build` first.
    { ...shared, displayName: "browser", roots: ["<rootDir>/test/e2e"], testMatch: ["**/*.e2e.ts"] },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  // Type errors are caught once by `npm run typecheck`; ts-jest only transpiles.
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

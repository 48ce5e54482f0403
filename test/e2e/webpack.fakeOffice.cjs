// Bundles fakeOffice.ts for the browser test; the test runs it with --output-path of its own.
const path = require("node:path");

module.exports = {
  mode: "development",
  devtool: false,
  entry: path.join(__dirname, "fakeOffice.ts"),
  output: { filename: "office.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
};

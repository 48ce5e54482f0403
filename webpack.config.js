// Builds the task pane into dist/. `webpack --mode production` for a deployable build,
// `webpack serve --mode development` for the https dev server Excel loads at https://localhost:3000/.
//
// Environment:
//   ADDIN_URL=https://host/path/  production only: dist/manifest.xml points there instead of localhost.
//   OFFICE_JS=local               serve Office.js from dist/office-js/ (an intranet without internet)
//                                 instead of Microsoft's CDN.
// `--env baseline` builds instead the first-render yardstick of `npm run bench` (bench/baseline) into
// dist/baseline/, with the pane's own loaders and optimisation, so that the two differ only in their code.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const packageJson = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = "office-js/";

/** The deployed base URL from ADDIN_URL, with a trailing slash; undefined when not set. */
function deployedUrl() {
  const url = process.env.ADDIN_URL?.trim();
  if (!url) return undefined;
  if (!url.startsWith("https://")) {
    // A one-line answer, not a stack trace: the fix is in the environment, not in this file.
    console.error(`ADDIN_URL must start with https:// (got "${url}"): Office loads add-ins only over https.`);
    process.exit(1);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** Office.js must come from the page's <script> tag: a bundled copy is not supported by Office. */
function rejectBundledOfficeJs({ request }, callback) {
  if (/^@microsoft\/office-js(\/|$)/.test(request ?? "")) {
    callback(new Error("Office.js is loaded by taskpane.html; do not import @microsoft/office-js"));
  } else {
    callback();
  }
}

/** The dev certificate trusted by Office; webpack-dev-server's own self-signed one when it cannot be installed. */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    const reason = String(error?.message ?? error).split("\n")[0];
    console.warn(
      `Office dev certificate not installed (${reason}); using a self-signed certificate: ` +
        `open ${DEV_URL}taskpane.html once in your browser and accept it.`,
    );
    return "https";
  }
}

/** The pane, the commands' page, the icons and the manifest. */
function addInPages(officeJsUrl, copyPatterns) {
  return [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      // The template places the tags itself: the stylesheet and our scripts are fetched while Office.js loads.
      inject: false,
      templateParameters: { officeJsUrl },
    }),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      template: "./src/commands/commands.html",
      chunks: [],
      templateParameters: { officeJsUrl },
    }),
    new CopyWebpackPlugin({ patterns: copyPatterns }),
  ];
}

function baselinePages(officeJsUrl) {
  return [
    new HtmlWebpackPlugin({
      filename: "baseline.html",
      template: "./bench/baseline/baseline.html",
      chunks: ["baseline"],
      inject: false,
      templateParameters: { officeJsUrl },
    }),
  ];
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const baseline = Boolean(env.baseline);
  const serving = Boolean(env.WEBPACK_SERVE);
  const selfHostOfficeJs = process.env.OFFICE_JS === "local";
  const manifestUrl = production ? deployedUrl() : undefined;
  const officeJsUrl = selfHostOfficeJs ? `${OFFICE_JS_LOCAL_DIR}office.js` : OFFICE_JS_CDN_URL;

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/support/support.html", to: "support.html" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform: (content) => (manifestUrl ? content.toString().replaceAll(DEV_URL, manifestUrl) : content),
    },
  ];
  if (selfHostOfficeJs) {
    copyPatterns.push({
      from: "node_modules/@microsoft/office-js/dist/",
      to: OFFICE_JS_LOCAL_DIR,
      // office.js loads only the non-debug files at run time.
      globOptions: { ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts"] },
      // Microsoft's files are shipped as they are: already minified, and not ours to rewrite.
      info: { minimized: true },
    });
  }

  return {
    entry: baseline ? { baseline: "./bench/baseline/index.tsx" } : { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, baseline ? "dist/baseline" : "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      // dist/cli is the command line's build (tsconfig.cli.json), not ours to delete.
      clean: { keep: (asset) => asset.startsWith("cli/") },
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked once by `npm run typecheck`; the build only transpiles.
          // Our makeStyles calls are resolved to class names at build time, as Fluent's own already are,
          // and every style goes to one stylesheet: the pane computes and inserts no CSS as it first renders.
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: "@griffel/webpack-loader" },
            { loader: "ts-loader", options: { transpileOnly: true } },
          ],
        },
        // Fluent's packages ship their styles compiled already; only their CSS is taken out to the stylesheet.
        {
          test: /\.js$/,
          include: /node_modules[\\/]@fluentui[\\/]/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    externals: [rejectBundledOfficeJs],
    plugins: [
      ...(baseline ? baselinePages(officeJsUrl) : addInPages(officeJsUrl, copyPatterns)),
      // Griffel orders its rules itself, so mini-css-extract-plugin's module order does not matter.
      new MiniCssExtractPlugin({
        filename: production ? "[name].[contenthash:8].css" : "[name].css",
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
    ],
    optimization: {
      // React and Fluent UI change less often than our code: a separate file stays cached across releases.
      // The code that reaches Excel is a chunk of its own, loaded at the first action (src/taskpane/index.tsx).
      splitChunks: {
        cacheGroups: {
          defaultVendors: { name: "vendors", test: /[\\/]node_modules[\\/]/, chunks: "initial" },
          default: false,
        },
      },
    },
    performance: { hints: false },
    devServer: serving
      ? {
          // Excel (desktop, or on the web in this machine's browser) reaches it as localhost; nobody else should.
          host: "localhost",
          port: packageJson.config.dev_server_port,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerHttps(),
          static: false,
        }
      : undefined,
  };
};

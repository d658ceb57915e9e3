// Builds the add-in's pages (task pane, ribbon commands), the browser demo over the Excel emulation, and the bench's bare baseline.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * env.target: "addin" (task pane + commands + a local copy of office.js, for sideloading),
 * "demo" (task pane + emulator page), or "bare" (React + FluentProvider + Button: the bundle-size baseline).
 */
module.exports = async (env = {}, argv = {}) => {
  const target = env.target || "addin";
  const dev = argv.mode === "development";
  const page = (name, template, chunks) => new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, inject: "body" });

  const entries = {
    addin: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    demo: { demo: "./demo/demo.tsx" },
    bare: { bare: "./bench/bare-entry.tsx" },
  }[target];
  const plugins = {
    addin: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          // Office.js is served from our own origin: the pane makes no request elsewhere.
          { from: path.join(OFFICE_JS, "office.js"), to: "office-js/office.js" },
          { from: path.join(OFFICE_JS, "excel-*.js"), to: "office-js/[name][ext]", globOptions: { ignore: ["**/*.debug.js"] } },
          { from: path.join(OFFICE_JS, "o15apptofilemappingtable.js"), to: "office-js/[name][ext]", noErrorOnMissing: true },
          { from: path.join(OFFICE_JS, "{en-us,zh-cn}/*"), to: ({ absoluteFilename }) => `office-js/${path.relative(OFFICE_JS, absoluteFilename)}` },
        ],
      }),
    ],
    demo: [page("demo", "./demo/demo.html", ["demo"])],
    bare: [page("bare", "./bench/bare.html", ["bare"])],
  }[target];

  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: entries,
    output: { path: path.resolve(__dirname, "dist-web", target), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev } } },
        },
      ],
    },
    plugins,
    performance: { hints: false },
  };

  if (dev && target === "addin") {
    // Sideloading needs HTTPS on localhost: office-addin-dev-certs makes and trusts the certificate.
    const devCerts = require("office-addin-dev-certs");
    const https = await devCerts.getHttpsServerOptions();
    config.devServer = {
      port: Number(process.env.PORT || 3000),
      server: { type: "https", options: { ca: https.ca, key: https.key, cert: https.cert } },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    };
  }
  return config;
};

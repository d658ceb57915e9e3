// Builds the add-in's pages (task pane, ribbon commands), the browser demo over the Excel emulation, and the bench's bare baseline.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** Microsoft's CDN: the Store requires it ("local references only for internal, development, and debugging scenarios"). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The Excel client library office.js loads in Excel on the web; the demo runs it over the emulated host. */
const CLIENT_LIBRARY = "excel-web-16.00.js";
/** Where the pages are served while developing; --env url=… replaces it in the production manifest. */
const DEV_URL = "https://localhost:3000/";

/** The office.js the add-in's pages load: --env officeJs=URL (a 21Vianet deployment points at its partner CDN), "local" for the npm copy. */
function officeJsOf(env) {
  const v = env.officeJs;
  if (!v) return { src: OFFICE_JS_CDN, local: false };
  if (v === "local") return { src: "office-js/office.js", local: true };
  if (!/^https:\/\//.test(v)) throw new Error(`--env officeJs must be an https:// URL or "local", not "${v}"`);
  return { src: v, local: false };
}

/**
 * The add-in pages' Content-Security-Policy: scripts only from the pages' own origin and office.js's (which loads its
 * host-specific files from the same place, and MicrosoftAjax from Microsoft's Ajax CDN on some hosts); no plugins, no
 * <base> elsewhere. Connections, styles and images are left to office.js and Fluent.
 */
function cspOf(officeJs) {
  const origins = new Set(["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"]);
  if (!officeJs.local) origins.add(new URL(officeJs.src).origin);
  return `script-src ${[...origins].join(" ")}; object-src 'none'; base-uri 'self'`;
}

/** The deployment URL (--env url=https://host/path/), with its trailing slash. */
function deployUrlOf(env) {
  const v = env.url;
  if (!v) return null;
  if (!/^https:\/\/[^/]+/.test(v)) throw new Error(`--env url must be an https:// URL, not "${v}"`);
  return v.endsWith("/") ? v : `${v}/`;
}

/**
 * env.target: "addin" (task pane + commands loading office.js from Microsoft's CDN, or --env officeJs=…; with
 * --env url=… also dist-web/addin/manifest.xml pointing there), "demo" (task pane + emulator page with Microsoft's Excel
 * client library from its own origin, no office.js and no request to another origin), or "bare" (React + FluentProvider + Button: the bundle-size baseline).
 */
module.exports = async (env = {}, argv = {}) => {
  const target = env.target || "addin";
  const dev = argv.mode === "development";
  const officeJs = officeJsOf(env);
  const deployUrl = deployUrlOf(env);
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, inject: "body", officeJs: officeJs.src, csp: cspOf(officeJs), chunksSortMode: "manual" });

  const entries = {
    addin: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    demo: { demo: "./demo/demo.tsx" },
    bare: { bare: "./bench/bare-entry.tsx" },
  }[target];
  const plugins = {
    addin: [
      // In a shared runtime the pane's page is also the function file: it registers the ribbon commands too.
      page("taskpane", "./src/taskpane/taskpane.html", ["commands", "taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          // A local office.js only on request (--env officeJs=local): development without network.
          ...(officeJs.local
            ? [
                { from: path.join(OFFICE_JS, "office.js"), to: "office-js/office.js" },
                { from: path.join(OFFICE_JS, "excel-*.js"), to: "office-js/[name][ext]", globOptions: { ignore: ["**/*.debug.js"] } },
                { from: path.join(OFFICE_JS, "o15apptofilemappingtable.js"), to: "office-js/[name][ext]", noErrorOnMissing: true },
                { from: path.join(OFFICE_JS, "{en-us,zh-cn}/*"), to: ({ absoluteFilename }) => `office-js/${path.relative(OFFICE_JS, absoluteFilename)}` },
              ]
            : []),
          // The manifest to sideload or deploy: manifest.xml with the shared runtime, and the deployment URL (--env url=…) in place of localhost.
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => addinManifest(content.toString(), deployUrl) },
        ],
      }),
    ],
    demo: [
      page("demo", "./demo/demo.html", ["demo"]),
      // Microsoft's Excel client library, served from the demo's own origin: the pane's Excel.run goes through it to the emulated host.
      // Already minified by Microsoft: copied as it is.
      new CopyWebpackPlugin({ patterns: [{ from: path.join(OFFICE_JS, CLIENT_LIBRARY), to: `office-js/${CLIENT_LIBRARY}`, info: { minimized: true } }] }),
    ],
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

/** manifest.xml for a deployment: every https://localhost:3000/ URL (and the bare origin) becomes the deployment URL. */
function productionManifest(xml, url) {
  const origin = new URL(url).origin;
  return xml.split(DEV_URL).join(url).split(DEV_URL.slice(0, -1)).join(origin);
}

/**
 * The shared runtime (Microsoft's "Configure your Office Add-in to use a shared runtime"): <Runtimes> with the task pane
 * page, which then is also the function file and the pane button's page (one resid for all three). manifest.xml keeps
 * none of it because the offline schemas `npm run validate` checks against predate <Runtimes>; hosts without
 * SharedRuntime 1.1 ignore the element and run the function file apart (src/commands/commands.ts).
 */
function withSharedRuntime(xml) {
  const paneUrl = /<SourceLocation DefaultValue="([^"]+)"\/>/.exec(xml);
  if (!paneUrl) throw new Error("manifest.xml: no DefaultSettings/SourceLocation");
  const replaced = xml
    .replace(/<FunctionFile resid="[^"]+"\/>/, '<FunctionFile resid="Taskpane.Url"/>')
    .replace(/(<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid=")[^"]+("\/>)/g, "$1Taskpane.Url$2")
    .replace(/(<Host xsi:type="Workbook">)(\s*)/, '$1$2<Runtimes>$2  <Runtime resid="Taskpane.Url" lifetime="long"/>$2</Runtimes>$2')
    .replace(/(<bt:Urls>)(\s*)/, `$1$2<bt:Url id="Taskpane.Url" DefaultValue="${paneUrl[1]}"/>$2`);
  if (!replaced.includes("<Runtimes>") || !replaced.includes('id="Taskpane.Url"')) throw new Error("manifest.xml: cannot add the shared runtime");
  return replaced;
}

/** The built manifest: shared runtime, and the deployment URL when there is one. */
function addinManifest(xml, url) {
  const shared = withSharedRuntime(xml);
  return url ? productionManifest(shared, url) : shared;
}

module.exports.productionManifest = productionManifest;
module.exports.addinManifest = addinManifest;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;

// npm run validate: checks manifest.xml offline. First our own structural check (below: what Office's manifest schema
// requires of a task pane add-in, written out as code, so that a clone with nothing beside it can check); then, where the
// schemas are in ../shared/schemas/office-addin-manifest/ (CI), xmllint against them too. SELFEVAL_REQUIRE_SHARED=1 makes
// missing schemas an error; SELFEVAL_SHARED_DIR points at another shared/ folder.
//
//   node scripts/validate-manifest.js [manifest.xml | -]      ("-": the manifest on stdin)
"use strict";
const { spawnSync } = require("node:child_process");
const { existsSync, readFileSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { SaxesParser } = require("saxes");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/** The children of a TaskPaneApp's OfficeApp, in the order the schema fixes; `true` where required. */
const TOP = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", false],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", false],
  ["Requirements", false],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["AllowSnapshot", false],
  ["Dictionary", false],
  ["VersionOverrides", false],
  ["ExtendedOverrides", false],
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const HOSTS = ["Document", "Database", "Mailbox", "Notebook", "Presentation", "Project", "Workbook"];
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const HTTPS = /^https:\/\/[^\s]+$/;

/** Parses XML into { name, ns, attrs, children, text, line } elements. */
function parse(xml) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root = { children: [] };
  const stack = [root];
  let error = null;
  parser.on("error", (e) => {
    error = error || e;
  });
  parser.on("opentag", (t) => {
    const attrs = {};
    for (const a of Object.values(t.attributes)) attrs[a.uri ? `${a.uri}|${a.local}` : a.local] = a.value;
    const el = { name: t.local, ns: t.uri, attrs, children: [], text: "", line: parser.line };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("text", (s) => {
    if (stack.length > 1) stack[stack.length - 1].text += s;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  if (error) throw error;
  return root.children[0];
}

function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

/** The structural problems of a manifest, as messages; empty when it is sound. */
function checkManifest(xml) {
  const problems = [];
  const bad = (el, msg) => problems.push(`line ${el ? el.line : "?"}: ${msg}`);
  let root;
  try {
    root = parse(xml);
  } catch (e) {
    return [`not well-formed XML: ${e.message}`];
  }
  if (!root || root.name !== "OfficeApp" || root.ns !== NS.app) return [`the root must be OfficeApp in ${NS.app}`];
  if (root.attrs[`${NS.xsi}|type`] !== "TaskPaneApp") bad(root, 'OfficeApp must have xsi:type="TaskPaneApp"');

  // Top-level elements: known, each at most once, in the schema's order, the required ones present.
  const order = TOP.map(([n]) => n);
  let last = -1;
  const seen = new Set();
  for (const c of root.children) {
    const at = order.indexOf(c.name);
    // VersionOverrides declares its own namespace; everything else is in OfficeApp's.
    const ns = c.name === "VersionOverrides" ? NS.ov : NS.app;
    if (c.ns !== ns || at < 0) {
      bad(c, `unexpected element <${c.name}> in OfficeApp`);
      continue;
    }
    if (seen.has(c.name)) bad(c, `<${c.name}> appears twice`);
    if (at < last) bad(c, `<${c.name}> is out of order: it must come before <${order[last]}>`);
    seen.add(c.name);
    last = Math.max(last, at);
  }
  for (const [name, required] of TOP) if (required && !seen.has(name)) bad(root, `<${name}> is required`);

  const top = (name) => root.children.find((c) => c.name === name && (c.ns === NS.app || (name === "VersionOverrides" && c.ns === NS.ov)));
  const text = (name) => (top(name) ? top(name).text.trim() : "");
  if (top("Id") && !GUID.test(text("Id"))) bad(top("Id"), "<Id> must be a GUID");
  if (top("Version") && !VERSION.test(text("Version"))) bad(top("Version"), "<Version> must be n[.n[.n[.n]]]");
  if (top("ProviderName") && (text("ProviderName") === "" || text("ProviderName").length > 125)) bad(top("ProviderName"), "<ProviderName> must hold 1 to 125 characters");
  if (top("DefaultLocale") && !LOCALE.test(text("DefaultLocale"))) bad(top("DefaultLocale"), "<DefaultLocale> must be a culture name such as zh-CN");
  if (top("Permissions") && !PERMISSIONS.includes(text("Permissions"))) bad(top("Permissions"), `<Permissions> must be one of ${PERMISSIONS.join(", ")}`);

  // Localisable strings: a DefaultValue within its length, each Override with a culture and a value.
  const localised = (el, max, url) => {
    const v = el.attrs.DefaultValue;
    if (v === undefined || v === "") bad(el, `<${el.name}> needs a DefaultValue`);
    else if (v.length > max) bad(el, `<${el.name}> DefaultValue is longer than ${max} characters`);
    else if (url && !HTTPS.test(v)) bad(el, `<${el.name}> DefaultValue must be an https URL`);
    for (const o of el.children) {
      if (o.name !== "Override") {
        bad(o, `unexpected <${o.name}> in <${el.name}>`);
        continue;
      }
      if (!LOCALE.test(o.attrs.Locale || "")) bad(o, `Override Locale "${o.attrs.Locale}" is not a culture name`);
      const ov = o.attrs.Value;
      if (!ov || ov.length > max) bad(o, `Override Value must hold 1 to ${max} characters`);
      else if (url && !HTTPS.test(ov)) bad(o, "Override Value must be an https URL");
    }
  };
  if (top("DisplayName")) localised(top("DisplayName"), 125, false);
  if (top("Description")) localised(top("Description"), 250, false);
  for (const n of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) if (top(n)) localised(top(n), 2048, true);
  const source = top("DefaultSettings") && top("DefaultSettings").children.find((c) => c.name === "SourceLocation");
  if (top("DefaultSettings") && !source) bad(top("DefaultSettings"), "<DefaultSettings> needs a <SourceLocation>");
  if (source) localised(source, 2048, true);
  if (top("AppDomains")) for (const d of top("AppDomains").children) if (!HTTPS.test(d.text.trim())) bad(d, "an <AppDomain> must be an https origin");
  if (top("Hosts"))
    for (const h of top("Hosts").children) if (h.name !== "Host" || !HOSTS.includes(h.attrs.Name)) bad(h, `<Host Name="${h.attrs.Name}"> is not a host`);
  if (top("Requirements"))
    for (const s of walk(top("Requirements")))
      if (s.name === "Set" && (!s.attrs.Name || (s.attrs.MinVersion !== undefined && !/^\d+\.\d+$/.test(s.attrs.MinVersion))))
        bad(s, "a requirement <Set> needs a Name and a MinVersion like 1.7");

  // VersionOverrides: every resid names a resource, of the right kind and length; ids unique and short.
  const vo = top("VersionOverrides");
  if (vo) {
    if (vo.ns !== NS.app && vo.ns !== NS.ov) bad(vo, "<VersionOverrides> is in the wrong namespace");
    const resources = {};
    const kinds = { Images: 2048, Urls: 2048, ShortStrings: 125, LongStrings: 250 };
    const res = [...walk(vo)].find((e) => e.name === "Resources");
    if (!res) bad(vo, "<VersionOverrides> needs <Resources>");
    for (const group of res ? res.children : []) {
      const max = kinds[group.name];
      if (max === undefined || group.ns !== NS.bt) {
        bad(group, `unexpected <${group.name}> in <Resources>`);
        continue;
      }
      for (const r of group.children) {
        const id = r.attrs.id || "";
        if (!id || id.length > 32) bad(r, `resource id "${id}" must hold 1 to 32 characters`);
        if (resources[id]) bad(r, `resource id "${id}" is defined twice`);
        resources[id] = group.name;
        localised(r, max, group.name === "Images" || group.name === "Urls");
      }
    }
    const wants = { Image: ["Images"], Title: ["ShortStrings"], Label: ["ShortStrings"], Description: ["LongStrings"] };
    const ids = new Set();
    for (const el of walk(vo)) {
      if (el === res || (res && [...walk(res)].includes(el))) continue;
      const resid = el.attrs.resid;
      if (resid !== undefined) {
        if (!resources[resid]) bad(el, `resid "${resid}" names no resource`);
        else if (wants[el.name] && !wants[el.name].includes(resources[resid])) bad(el, `<${el.name} resid="${resid}"> must name ${wants[el.name].join(" or ")}`);
        else if (/Url$/.test(el.name) && resources[resid] !== "Urls") bad(el, `<${el.name} resid="${resid}"> must name a Url`);
      }
      if (el.attrs.id !== undefined && ["Group", "Control", "Item"].includes(el.name)) {
        if (ids.has(el.attrs.id)) bad(el, `id "${el.attrs.id}" is used twice`);
        if (el.attrs.id.length > 125) bad(el, `id "${el.attrs.id}" is too long`);
        ids.add(el.attrs.id);
      }
    }
  }
  return problems;
}

function main() {
  const arg = process.argv[2] || "manifest.xml";
  const name = arg === "-" ? "-" : arg;
  const xml = arg === "-" ? readFileSync(0, "utf8") : readFileSync(resolve(arg), "utf8");
  const problems = checkManifest(xml);
  if (problems.length) {
    for (const p of problems) console.error(`${name}: ${p}`);
    console.error(`${name} fails the structural check`);
    process.exit(1);
  }
  console.log(`${name} passes the structural check`);

  const shared = process.env.SELFEVAL_SHARED_DIR ? resolve(process.env.SELFEVAL_SHARED_DIR) : resolve(__dirname, "../../shared");
  const xsd = join(shared, "schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");
  if (!existsSync(xsd)) {
    if (process.env.SELFEVAL_REQUIRE_SHARED === "1") {
      console.error(`${xsd} is missing, and SELFEVAL_REQUIRE_SHARED=1 requires it`);
      process.exit(1);
    }
    console.log(`${name} validates (structural check only: no schemas at ${xsd})`);
    return;
  }
  const r = spawnSync("xmllint", ["--noout", "--schema", xsd, arg], { encoding: "utf8", input: arg === "-" ? xml : undefined });
  process.stdout.write(r.stdout || "");
  process.stderr.write(r.stderr || "");
  if (r.error || r.status !== 0) {
    console.error(r.error ? `xmllint could not run: ${r.error.message}` : `${name} fails the schema check`);
    process.exit(1);
  }
}

module.exports = { checkManifest };
if (require.main === module) main();

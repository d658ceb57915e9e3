// Minimal stand-in for office-addin-manifest under jest: office-addin-mock only needs the OfficeApp enum (host names),
// and the real package pulls in tooling (usage data, file-system manifest validation) that jest on Node 20 cannot load.
"use strict";
const OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});
module.exports = { OfficeApp };

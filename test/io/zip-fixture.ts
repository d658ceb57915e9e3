/** Test helper: a minimal zip writer, so tests can hand-craft .xlsx parts in any order (stored or deflated). */
import zlib from "zlib";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: string | Buffer;
  /** Compress with deflate (default: store). */
  deflate?: boolean;
  /** Replace the compressed bytes, to simulate damage. */
  rawOverride?: Buffer;
  /** The uncompressed size the headers declare, when it should lie (a zip bomb's trick). */
  declaredSize?: number;
  /** The compression method the headers declare, when it should not be store or deflate. */
  method?: number;
  /** An extra field in the central directory (a zip64 field, say), and the 32-bit sizes and offset it stands for. */
  centralExtra?: Buffer;
  centralSizes?: { compressed: number; size: number; offset: number };
}

export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const packed = e.rawOverride ?? (e.deflate ? zlib.deflateRawSync(data) : data);
    const name = Buffer.from(e.name, "utf8");
    const crc = crc32(data);
    const method = e.method ?? (e.deflate || e.rawOverride ? 8 : 0);
    const extra = e.centralExtra ?? Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.declaredSize ?? data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.centralSizes?.compressed ?? packed.length, 20);
    central.writeUInt32LE(e.centralSizes?.size ?? e.declaredSize ?? data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(e.centralSizes?.offset ?? offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name, extra);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts of a minimal workbook with the given sheets (sheet XML bodies go inside <worksheet>). */
export function workbookParts(opts: {
  sheets: Array<{ name: string; state?: string; body: string }>;
  sharedStrings?: string[] | string;
  numFmts?: Record<number, string>;
  /** numFmtId of each cell style (index = s). */
  xfs?: number[];
  date1904?: boolean;
}): Record<string, string> {
  const parts: Record<string, string> = {};
  const sheetsXml = opts.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS}>` +
    (opts.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>") +
    `<sheets>${sheetsXml}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    opts.sheets
      .map(
        (_s, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
      )
      .join("") +
    "</Relationships>";
  opts.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}>${s.body}</worksheet>`;
  });
  if (opts.sharedStrings !== undefined) {
    const items =
      typeof opts.sharedStrings === "string" ? opts.sharedStrings : opts.sharedStrings.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join("");
    parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${NS}>${items}</sst>`;
  }
  if (opts.xfs !== undefined) {
    const fmts = Object.entries(opts.numFmts ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`)
      .join("");
    parts["xl/styles.xml"] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet ${NS}>` +
      (fmts ? `<numFmts count="${Object.keys(opts.numFmts ?? {}).length}">${fmts}</numFmts>` : "") +
      '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
      `<cellXfs count="${opts.xfs.length}">${opts.xfs.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join("")}</cellXfs>` +
      "</styleSheet>";
  }
  parts["[Content_Types].xml"] = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
  return parts;
}

/** Zips parts in the given order of names (parts not named follow in their own order). */
export function zipParts(parts: Record<string, string>, order: string[] = [], deflate = true): Buffer {
  const names = [...order.filter((n) => n in parts), ...Object.keys(parts).filter((n) => !order.includes(n))];
  return makeZip(names.map((name) => ({ name, data: parts[name]!, deflate })));
}

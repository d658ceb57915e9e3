/**
 * Parts copied from the scratch package into the output with what their relationships reach (a sheet's comments and
 * their VML, a drawing's pictures), each under a name free in the output and declared with its content type. The
 * copier holds the output's content types while a graft runs: every part added or dropped is declared through it.
 */
import path from "path";
import { CONTENT_TYPES, contentTypeOf, declarePart, removeOverride } from "./content-types";
import type { PackageEdit } from "./package-edit";
import { addRel, emptyRelsXml, parseRels, relativeTarget, relsPathOf, resolveTarget } from "./rels";

export class PartCopier {
  /** Scratch part → its copy: a part reached twice is copied once. */
  private readonly copies = new Map<string, string>();
  private types: string | undefined;

  constructor(
    private readonly from: PackageEdit,
    private readonly to: PackageEdit,
    private readonly fromTypes: string
  ) {}

  /**
   * Copies the relationships of `fromOwner` (those in `ids`, or all) onto `toOwner`, the parts they name copied too.
   * Returns each copied relationship's new id.
   */
  async copyRelationships(fromOwner: string, toOwner: string, ids?: ReadonlySet<string>): Promise<Map<string, string>> {
    const renamed = new Map<string, string>();
    const rels = parseRels((await this.from.text(relsPathOf(fromOwner))) ?? "").filter((r) => !ids || ids.has(r.id));
    if (rels.length === 0) return renamed;
    let xml = (await this.to.text(relsPathOf(toOwner))) ?? emptyRelsXml();
    for (const r of rels) {
      const target = r.external ? r.target : relativeTarget(toOwner, await this.copy(resolveTarget(fromOwner, r.target)));
      const added = addRel(xml, r.type, target, r.external);
      xml = added.xml;
      renamed.set(r.id, added.id);
    }
    this.to.set(relsPathOf(toOwner), xml);
    return renamed;
  }

  /** Declares a part written into the output (the copies declare themselves). */
  async declare(part: string, type: string): Promise<void> {
    this.types = declarePart(await this.contentTypes(), part, type);
  }

  async undeclare(part: string): Promise<void> {
    this.types = removeOverride(await this.contentTypes(), part);
  }

  /** Writes the content types part, when a declaration changed it. */
  async flush(): Promise<void> {
    if (this.types !== undefined && this.types !== (await this.to.text(CONTENT_TYPES))) this.to.set(CONTENT_TYPES, this.types);
  }

  private async contentTypes(): Promise<string> {
    this.types ??= (await this.to.text(CONTENT_TYPES)) ?? "";
    return this.types;
  }

  private async copy(part: string): Promise<string> {
    const done = this.copies.get(part);
    if (done) return done;
    const data = await this.from.bytes(part);
    if (data === undefined) throw new Error(`the composed package has no part ${part}`);
    const m = /^(.*?)(\d*)(\.[^./]*)?$/.exec(path.posix.basename(part))!;
    const name = this.to.freeName(path.posix.dirname(part), m[1]!, m[3] ?? "");
    this.copies.set(part, name);
    this.to.set(name, data);
    const type = contentTypeOf(this.fromTypes, part);
    if (type) await this.declare(name, type);
    await this.copyRelationships(part, name);
    return name;
  }
}

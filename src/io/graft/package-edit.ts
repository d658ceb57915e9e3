/**
 * A package being edited: parts read from the archive as stored, the edited, added and removed ones kept aside until
 * `build` writes the copy, in which every part not touched keeps its stored bytes (ZipArchive.replaceParts).
 */
import path from "path";
import { ZipArchive } from "../zip-archive";

export class PackageEdit {
  private readonly changed = new Map<string, Buffer | null>();

  constructor(private readonly zip: ZipArchive) {}

  static async open(input: string | Buffer): Promise<PackageEdit> {
    return new PackageEdit(await ZipArchive.open(input));
  }

  has(name: string): boolean {
    const c = this.changed.get(name);
    return c !== undefined ? c !== null : this.zip.has(name);
  }

  async bytes(name: string): Promise<Buffer | undefined> {
    const c = this.changed.get(name);
    if (c !== undefined) return c ?? undefined;
    if (!this.zip.has(name)) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of this.zip.read(name)) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  async text(name: string): Promise<string | undefined> {
    return (await this.bytes(name))?.toString("utf8");
  }

  set(name: string, data: string | Buffer): void {
    this.changed.set(name, typeof data === "string" ? Buffer.from(data, "utf8") : data);
  }

  remove(name: string): void {
    this.changed.set(name, null);
  }

  /** `folder/stemN.ext` with the lowest N ≥ 1 that no part has. */
  freeName(folder: string, stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = path.posix.join(folder, `${stem}${n}${ext}`);
      if (!this.has(name)) return name;
    }
  }

  async build(): Promise<Buffer> {
    return this.zip.replaceParts(this.changed);
  }

  close(): Promise<void> {
    return this.zip.close();
  }
}

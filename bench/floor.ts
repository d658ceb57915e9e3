/**
 * The physical floor of reading a workbook, run as a child of the bench: inflate every part (the reader's own zip
 * streaming) and count its `<c ` tags, holding nothing. Prints the count.
 */
import { ZipArchive } from "../src/io/zip-archive";

const CELL = Buffer.from("<c ");

async function main(): Promise<void> {
  const zip = await ZipArchive.open(process.argv[2]!);
  let cells = 0;
  for (const name of [...zip.names()]) {
    for await (const chunk of zip.read(name)) {
      for (let i = chunk.indexOf(CELL); i >= 0; i = chunk.indexOf(CELL, i + 3)) cells++;
    }
  }
  await zip.close();
  process.stdout.write(`${cells}\n`);
}

void main();

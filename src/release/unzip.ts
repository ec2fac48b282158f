// Reads a zip through its central directory (so entries written with data descriptors,
// as Go's archive/zip does, read too), and Go's `h1:` hash of a module zip: what go.sum
// records, computed from the files' contents, so two zips of the same files agree even
// when their compression or timestamps differ.
import { createHash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import { compareStrings } from "../catalog/model.js";

export function unzip(z: Buffer): Map<string, Buffer> {
  const end = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip file (no end of central directory)");
  const count = z.readUInt16LE(end + 10);
  let at = z.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (z.readUInt32LE(at) !== 0x02014b50) throw new Error("broken zip central directory");
    const method = z.readUInt16LE(at + 10);
    const size = z.readUInt32LE(at + 20);
    const nameLen = z.readUInt16LE(at + 28);
    const extraLen = z.readUInt16LE(at + 30);
    const commentLen = z.readUInt16LE(at + 32);
    const local = z.readUInt32LE(at + 42);
    const name = z.subarray(at + 46, at + 46 + nameLen).toString("utf8");
    const start = local + 30 + z.readUInt16LE(local + 26) + z.readUInt16LE(local + 28);
    const raw = z.subarray(start, start + size);
    if (!name.endsWith("/")) files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** golang.org/x/mod/sumdb/dirhash.Hash1 over a module zip's files. */
export function goH1(zip: Buffer): string {
  const files = unzip(zip);
  const lines = [...files.keys()].sort(compareStrings).map((name) => `${createHash("sha256").update(files.get(name)!).digest("hex")}  ${name}\n`);
  return `h1:${createHash("sha256").update(lines.join("")).digest("base64")}`;
}

// Reproducible archives for release artifacts: a ustar tarball (gzip) and a zip.
// Entries are sorted by path, every timestamp is one fixed instant, modes are fixed
// (0644 files, 0755 executables), owners are empty: the same files give the same bytes.
import { deflateRawSync, gzipSync } from "node:zlib";
import { compareStrings } from "../catalog/model.js";

export interface ArchiveEntry {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly executable?: boolean;
}

/** 1985-10-26T08:15:00Z, the instant `npm pack` stamps on every entry; also valid in zip's DOS time (≥ 1980). */
export const FIXED_TIME = Date.UTC(1985, 9, 26, 8, 15, 0);

const sorted = (entries: readonly ArchiveEntry[]) => [...entries].sort((a, b) => compareStrings(a.path, b.path));

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, "0") + "\0";
}

function tarHeader(path: string, size: number, mode: number, mtime: number): Buffer {
  const h = Buffer.alloc(512);
  let name = path;
  let prefix = "";
  if (Buffer.byteLength(path) > 100) {
    const cut = path.lastIndexOf("/", 155);
    if (cut <= 0 || Buffer.byteLength(path.slice(cut + 1)) > 100) throw new Error(`path too long for a tar entry: ${path}`);
    prefix = path.slice(0, cut);
    name = path.slice(cut + 1);
  }
  h.write(name, 0, 100, "utf8");
  h.write(octal(mode, 8), 100, "ascii");
  h.write(octal(0, 8), 108, "ascii");
  h.write(octal(0, 8), 116, "ascii");
  h.write(octal(size, 12), 124, "ascii");
  h.write(octal(Math.floor(mtime / 1000), 12), 136, "ascii");
  h.fill(" ", 148, 156);
  h.write("0", 156, "ascii");
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  h.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + " ", 148, "ascii");
  return h;
}

/** A gzip-compressed ustar archive of regular files (no folder entries, like `npm pack`). */
export function tarGz(entries: readonly ArchiveEntry[], mtime = FIXED_TIME): Buffer {
  const parts: Buffer[] = [];
  for (const e of sorted(entries)) {
    parts.push(tarHeader(e.path, e.bytes.length, e.executable ? 0o755 : 0o644, mtime), Buffer.from(e.bytes));
    const pad = (512 - (e.bytes.length % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(1024));
  // zlib writes mtime 0 and a fixed OS byte in the gzip header, so this is reproducible too.
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function dosTime(ms: number): { time: number; date: number } {
  const d = new Date(ms);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** A zip (deflate) in the given entry order when `keepOrder`, else sorted by path. */
export function zip(entries: readonly ArchiveEntry[], options: { keepOrder?: boolean; mtime?: number } = {}): Buffer {
  const list = options.keepOrder ? entries : sorted(entries);
  const { time, date } = dosTime(options.mtime ?? FIXED_TIME);
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of list) {
    const name = Buffer.from(e.path, "utf8");
    const data = deflateRawSync(e.bytes, { level: 9 });
    const crc = crc32(e.bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the external attributes carry the mode
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(8, 10);
    head.writeUInt16LE(time, 12);
    head.writeUInt16LE(date, 14);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(data.length, 20);
    head.writeUInt32LE(e.bytes.length, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE((((e.executable ? 0o100755 : 0o100644) << 16) >>> 0), 38);
    head.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(head, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(list.length, 8);
  end.writeUInt16LE(list.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

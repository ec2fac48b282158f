// Collects a generated file's text and encodes it as it goes: pieces are joined in small
// batches and each batch is encoded into large byte chunks (outside the JavaScript heap),
// so the pieces die young. Held to the end, the pieces of a 50,000-code document (tens of
// MB) outlived several young-generation collections and were copied by each: ~0.6 s and
// ~300 MB of peak for the OpenAPI generator alone. A batch, not each piece, is encoded:
// many pieces are a few characters long, and each encoding call has a fixed cost.

/** Characters joined before they are encoded (small enough to stay in the young generation). */
export const FLUSH_AT = 1 << 14;
/** Bytes of the chunks the batches are encoded into: the first small, doubling up to the last. */
const FIRST_CHUNK = 1 << 16;
const CHUNK_BYTES = 1 << 22;

export class TextSink {
  private parts: string[] = [];
  private pending = 0;
  private readonly chunks: Buffer[] = [];
  private chunk: Buffer | undefined;
  private used = 0;

  write(piece: string): void {
    this.parts.push(piece);
    this.pending += piece.length;
    if (this.pending >= FLUSH_AT) this.flush(false);
  }

  /** The text as UTF-8: the same bytes as encoding the whole text at once. */
  bytes(): Buffer {
    this.flush(true);
    const chunks = this.chunks;
    if (this.chunk) chunks.push(this.chunk.subarray(0, this.used));
    this.chunk = undefined;
    this.used = 0;
    // One chunk mostly used is handed on as it is; otherwise the bytes are copied out once.
    const all = chunks.length === 1 && chunks[0]!.length * 2 >= chunks[0]!.buffer.byteLength ? chunks[0]! : Buffer.concat(chunks);
    chunks.length = 0;
    return all;
  }

  private flush(last: boolean): void {
    let text = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    this.parts = [];
    this.pending = 0;
    // A surrogate pair split between two batches is encoded whole: its first half waits.
    const end = text.charCodeAt(text.length - 1);
    if (!last && end >= 0xd800 && end <= 0xdbff) {
      this.parts.push(text.slice(-1));
      this.pending = 1;
      text = text.slice(0, -1);
    }
    if (text.length === 0) return;
    // Three bytes per UTF-16 unit at most (a pair: four bytes for two units).
    const most = text.length * 3;
    if (this.chunk === undefined || this.chunk.length - this.used < most) {
      if (this.chunk) this.chunks.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(Math.min(CHUNK_BYTES, FIRST_CHUNK * 2 ** Math.min(this.chunks.length, 8)), most));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used, "utf8");
  }
}

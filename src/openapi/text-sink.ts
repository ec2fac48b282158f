// Collects output text. Emitters write whole lines, and flat collections (enums, mappings,
// example maps) as one joined piece, so a 50,000-code document is a few hundred thousand
// pieces, joined once at the end.
export class TextSink {
  private readonly parts: string[] = [];

  write(piece: string): void {
    this.parts.push(piece);
  }

  text(): string {
    return this.parts.join("");
  }
}

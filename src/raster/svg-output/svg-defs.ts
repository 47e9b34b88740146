// The <defs> of an SVG document: each definition written once under a deterministic id (equal markup shares one id).

export class SvgDefs {
  private readonly byMarkup = new Map<string, string>();
  private readonly entries: string[] = [];
  private counter = 0;

  /** The id of a definition `build(id)` writes; a definition already written (same markup) keeps its first id. */
  define(prefix: string, build: (id: string) => string): string {
    const probe = build('\u0000');
    const known = this.byMarkup.get(probe);
    if (known) return known;
    const id = `${prefix}${this.counter++}`;
    this.byMarkup.set(probe, id);
    this.entries.push(build(id));
    return id;
  }

  /** A definition under a fixed id, written once (glyph outlines keyed by face and glyph). */
  defineNamed(id: string, build: (id: string) => string): string {
    if (!this.byMarkup.has(`#${id}`)) {
      this.byMarkup.set(`#${id}`, id);
      this.entries.push(build(id));
    }
    return id;
  }

  private readonly names = new Map<string, number>();

  /** A short number for a key (a font key, an image source), in the order keys are first seen. */
  nameOf(key: string): number {
    let name = this.names.get(key);
    if (name === undefined) {
      name = this.names.size;
      this.names.set(key, name);
    }
    return name;
  }

  markup(): string {
    return this.entries.length === 0 ? '' : `<defs>${this.entries.join('')}</defs>`;
  }
}

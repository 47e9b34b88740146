// Minimal type declarations for the parts of opentype.js 2 that ogsmith uses.
declare module 'opentype.js' {
  export interface Glyph {
    readonly index: number;
    readonly advanceWidth: number | undefined;
    readonly unicode: number | undefined;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface PathCommand {
    readonly type: 'M' | 'L' | 'C' | 'Q' | 'Z';
    readonly x?: number;
    readonly y?: number;
    readonly x1?: number;
    readonly y1?: number;
    readonly x2?: number;
    readonly y2?: number;
  }
  export interface Path {
    readonly commands: readonly PathCommand[];
  }
  export interface GlyphSet {
    get(index: number): Glyph | undefined;
    readonly length: number;
  }
  export interface KerningLookups {
    readonly __brand?: 'KerningLookups';
  }
  export interface Position {
    getKerningTables(script?: string, language?: string): KerningLookups | undefined;
    getKerningValue(lookups: KerningLookups, left: number, right: number): number;
    getDefaultScriptName(): string;
  }
  export interface Font {
    readonly unitsPerEm: number;
    readonly ascender: number;
    readonly descender: number;
    readonly glyphs: GlyphSet;
    readonly names: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;
    readonly tables: {
      readonly hhea?: { readonly ascender: number; readonly descender: number; readonly lineGap: number };
      readonly os2?: { readonly sTypoAscender: number; readonly sTypoDescender: number; readonly sTypoLineGap: number; readonly usWinAscent: number; readonly usWinDescent: number; readonly fsSelection: number; readonly usWeightClass: number };
      readonly fvar?: { readonly axes: readonly { readonly tag: string; readonly minValue: number; readonly defaultValue: number; readonly maxValue: number }[] };
      readonly [name: string]: unknown;
    };
    readonly position: Position;
    /** Present for variable fonts. */
    readonly variation?: { getTransform(glyph: Glyph, coords: Readonly<Record<string, number>>): Glyph };
    readonly substitution: { getSingle(feature: string, script: string, language: string): readonly { readonly sub: number; readonly by: number }[] };
    hasChar(c: string): boolean;
    charToGlyphIndex(c: string): number;
    stringToGlyphIndexes(s: string, options?: { features?: Readonly<Record<string, boolean>> }): number[];
    getKerningValue(left: number, right: number): number;
  }
  /** The ESM build's named export (what bundlers load). */
  export function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font;
  /** Node loads the CommonJS build: its namespace has only this default export. */
  const opentype: { parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font };
  export default opentype;
}

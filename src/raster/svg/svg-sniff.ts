// Whether image bytes are SVG (XML text) and their text: a sniff of the first bytes, without the XML parser (saxes) that checking an SVG needs.

/** The text of SVG (XML) bytes: UTF-8, or UTF-16 with a byte-order mark (Skia's XML parser reads both); null for binary formats. */
export function svgText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  for (const byte of bytes.subarray(0, 256)) {
    if (byte === 0x3c) return new TextDecoder().decode(bytes); // '<'
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) return null;
  }
  return null;
}

/** True when the bytes are SVG (XML) text rather than a binary image format. */
export function isSvg(bytes: Uint8Array): boolean {
  return svgText(bytes) !== null;
}

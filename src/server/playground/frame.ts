// One byte buffer carrying a JSON header and image bytes: how the playground worker answers through RenderPool's byte channel.

/** Header length (4 bytes, big-endian), the header as UTF-8 JSON, then the image. */
export function packFrame(header: unknown, image: Uint8Array): Uint8Array {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const out = Buffer.alloc(4 + json.length + image.length);
  out.writeUInt32BE(json.length, 0);
  json.copy(out, 4);
  out.set(image, 4 + json.length);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The header (parsed, unchecked: it comes from our own worker) and the image bytes of a packed frame. */
export function unpackFrame(frame: Buffer): { readonly header: unknown; readonly image: Buffer } {
  if (frame.length < 4) throw new Error('playground frame: shorter than its length field');
  const length = frame.readUInt32BE(0);
  if (4 + length > frame.length) throw new Error('playground frame: header longer than the frame');
  return { header: JSON.parse(frame.subarray(4, 4 + length).toString('utf8')) as unknown, image: frame.subarray(4 + length) };
}

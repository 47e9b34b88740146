// A fetched body collected up to a byte cap: past it, an error (images) or a clean cut (pages). Runtime-neutral: both guarded fetchers read into it.
import { OgsmithError, quote } from '../../errors/catalogue.js';

export class CappedBytes {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly url: string, private readonly cap: { readonly maxBytes: number; readonly overflow: 'error' | 'truncate' }) {}

  /** Keeps a chunk; false once the cap is reached with overflow 'truncate' (stop reading). Over the cap with 'error': PAYLOAD_TOO_LARGE. */
  add(chunk: Uint8Array): boolean {
    if (this.size + chunk.length > this.cap.maxBytes) {
      if (this.cap.overflow === 'error') throw new OgsmithError('PAYLOAD_TOO_LARGE', `${quote(this.url)} sent more than ${this.cap.maxBytes} bytes`);
      this.chunks.push(chunk.subarray(0, this.cap.maxBytes - this.size));
      this.size = this.cap.maxBytes;
      return false;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    return true;
  }

  /** The kept bytes, in one array. */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

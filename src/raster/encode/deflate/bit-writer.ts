// An LSB-first bit stream into a byte buffer, as deflate packs its codes.

export class BitWriter {
  private readonly bytes: Uint8Array;
  private position = 0;
  private pending = 0;
  private pendingBits = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Appends the low `count` bits of `value` (count ≤ 24). */
  write(value: number, count: number): void {
    this.pending |= value << this.pendingBits;
    this.pendingBits += count;
    while (this.pendingBits >= 8) {
      this.bytes[this.position++] = this.pending & 0xff;
      this.pending >>>= 8;
      this.pendingBits -= 8;
    }
  }

  /** Pads to a byte boundary with zero bits. */
  alignToByte(): void {
    if (this.pendingBits > 0) this.write(0, 8 - this.pendingBits);
  }

  /** The bytes written so far (a view; pad first for a whole stream). */
  finish(): Uint8Array {
    this.alignToByte();
    return this.bytes.subarray(0, this.position);
  }
}

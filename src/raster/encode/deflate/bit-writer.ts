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

  /**
   * Appends tokens (dynamic-block.ts's TokenStream format) through code tables, the hot loop of a
   * block in local variables: `literals[byte]` and `lengths[matchLength]` hold a code of up to 24
   * bits with its bit count in the top byte; `slotCodes`/`slotBits` each distance slot's code with
   * its extra bits (up to 28 bits).
   */
  writeTokens(tokens: Uint32Array, count: number, literals: Uint32Array, lengths: Uint32Array, slotCodes: Uint32Array, slotBits: Uint8Array): void {
    const bytes = this.bytes;
    let at = this.position;
    let pending = this.pending;
    let pendingBits = this.pendingBits;
    for (let t = 0; t < count; t++) {
      const token = tokens[t]!;
      const entry = token < 256 ? literals[token]! : lengths[token >>> 8]!;
      pending |= (entry & 0xffffff) << pendingBits;
      pendingBits += entry >>> 24;
      while (pendingBits >= 8) {
        bytes[at++] = pending;
        pending >>= 8;
        pendingBits -= 8;
      }
      if (token < 256) continue;
      const slot = token & 0xff;
      let code = slotCodes[slot]!;
      let bits = slotBits[slot]!;
      if (bits > 24) {
        // Long distances: the low 16 bits first, so a shift never passes 31 bits.
        pending |= (code & 0xffff) << pendingBits;
        pendingBits += 16;
        while (pendingBits >= 8) {
          bytes[at++] = pending;
          pending >>= 8;
          pendingBits -= 8;
        }
        code >>>= 16;
        bits -= 16;
      }
      pending |= code << pendingBits;
      pendingBits += bits;
      while (pendingBits >= 8) {
        bytes[at++] = pending;
        pending >>= 8;
        pendingBits -= 8;
      }
    }
    this.position = at;
    this.pending = pending;
    this.pendingBits = pendingBits;
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

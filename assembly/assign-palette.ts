// assign() of src/raster/encode/palette/choose.ts in AssemblyScript: each colour (most frequent first) joins the lowest palette entry within its bound, found sixteen entries a step (v128), or becomes a new entry; palette-assign-wasm.ts lays out the inputs.

const MAX_ENTRIES: i32 = 256;
/** Entries' channels, one byte each, as four rows of MAX_ENTRIES (+ 16 bytes of room for the last step's load), from `channels`. */
const ROW: usize = <usize>MAX_ENTRIES + 16;

/** The largest per-channel difference between a colour and the entry it joined, over the last call. */
let worst: i32 = 0;

export function assignedWorst(): i32 {
  return worst;
}

/** The lowest entry of the first `count` whose channels are each within `bound` of r, g, b (alpha within `alphaBound` of a), or −1. */
@inline function firstWithin(channels: usize, count: i32, r: u32, g: u32, b: u32, a: u32, bound: u32, alphaBound: u32): i32 {
  const vr = i8x16.splat(<i8>r);
  const vg = i8x16.splat(<i8>g);
  const vb = i8x16.splat(<i8>b);
  const va = i8x16.splat(<i8>a);
  const vbound = i8x16.splat(<i8>bound);
  const valpha = i8x16.splat(<i8>alphaBound);
  for (let p = 0; p < count; p += 16) {
    const at = channels + <usize>p;
    // |x − y| per byte as the larger of the two saturating differences; within when it is ≤ the bound.
    const er = v128.or(i8x16.sub_sat_u(v128.load(at), vr), i8x16.sub_sat_u(vr, v128.load(at)));
    const eg = v128.or(i8x16.sub_sat_u(v128.load(at + ROW), vg), i8x16.sub_sat_u(vg, v128.load(at + ROW)));
    const eb = v128.or(i8x16.sub_sat_u(v128.load(at + 2 * ROW), vb), i8x16.sub_sat_u(vb, v128.load(at + 2 * ROW)));
    const ea = v128.or(i8x16.sub_sat_u(v128.load(at + 3 * ROW), va), i8x16.sub_sat_u(va, v128.load(at + 3 * ROW)));
    const within = v128.and(v128.and(i8x16.le_u(er, vbound), i8x16.le_u(eg, vbound)), v128.and(i8x16.le_u(eb, vbound), i8x16.le_u(ea, valpha)));
    let mask = <u32>i8x16.bitmask(within);
    if (count - p < 16) mask &= (<u32>1 << <u32>(count - p)) - 1;
    if (mask != 0) return p + <i32>ctz(mask);
  }
  return -1;
}

@inline function difference(x: u32, y: u32): i32 {
  return <i32>(x > y ? x - y : y - x);
}

/**
 * Walks `n` colour ids in `order` (u16): the colour (u32 at colors + 4·id, 0xAABBGGRR) joins the
 * lowest entry within its bound (a byte per id at `bounds`; 0: no search; the alpha must match
 * exactly unless the colour is opaque) or becomes a new entry; writes each id's entry to `indexOf`
 * (a byte per id) and the entries' colours to `palette` (u32). Returns the number of entries, or −1
 * when more than 256 are needed.
 */
export function assignPalette(colors: usize, order: usize, n: i32, bounds: usize, indexOf: usize, palette: usize, channels: usize): i32 {
  worst = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const id = <usize>load<u16>(order + (<usize>i << 1));
    const color = load<u32>(colors + (id << 2));
    const r = color & 0xff;
    const g = (color >>> 8) & 0xff;
    const b = (color >>> 16) & 0xff;
    const a = color >>> 24;
    const bound = <u32>load<u8>(bounds + id);
    let best = -1;
    if (bound > 0) {
      best = firstWithin(channels, count, r, g, b, a, bound, a == 255 ? bound : 0);
      if (best >= 0) {
        const at = channels + <usize>best;
        const error = max(max(difference(r, load<u8>(at)), difference(g, load<u8>(at + ROW))), max(difference(b, load<u8>(at + 2 * ROW)), difference(a, load<u8>(at + 3 * ROW))));
        if (error > worst) worst = error;
      }
    }
    if (best >= 0) {
      store<u8>(indexOf + id, <u8>best);
      continue;
    }
    if (count == MAX_ENTRIES) return -1;
    store<u8>(indexOf + id, <u8>count);
    store<u32>(palette + (<usize>count << 2), color);
    const at = channels + <usize>count;
    store<u8>(at, <u8>r);
    store<u8>(at + ROW, <u8>g);
    store<u8>(at + 2 * ROW, <u8>b);
    store<u8>(at + 3 * ROW, <u8>a);
    count++;
  }
  return count;
}

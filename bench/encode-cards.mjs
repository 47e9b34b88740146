// Peer cards that stress the encoders: a radial gradient with a large blurred shadow, and a photo under an overlay.
import { createCanvas } from '@napi-rs/canvas';

const h = (type, style, ...children) => ({ type, props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children } });
const text = (style, content) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children: content } });

/** A deterministic 1200×630 "photo" (soft blobs, a sky ramp and grain from a seeded generator) as JPEG q85 bytes. */
export function makePhoto() {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const canvas = createCanvas(1200, 630);
  const ctx = canvas.getContext('2d');
  const sky = ctx.createLinearGradient(0, 0, 0, 630);
  sky.addColorStop(0, '#87a9c9');
  sky.addColorStop(0.55, '#e8c39e');
  sky.addColorStop(1, '#3b4a3f');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, 1200, 630);
  for (let i = 0; i < 60; i++) {
    const x = random() * 1200;
    const y = 250 + random() * 380;
    const r = 30 + random() * 160;
    const blob = ctx.createRadialGradient(x, y, 0, x, y, r);
    const hue = Math.floor(80 + random() * 60);
    blob.addColorStop(0, `hsla(${hue}, 35%, ${20 + random() * 30}%, 0.8)`);
    blob.addColorStop(1, `hsla(${hue}, 35%, 25%, 0)`);
    ctx.fillStyle = blob;
    ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
  }
  const image = ctx.getImageData(0, 0, 1200, 630);
  for (let i = 0; i < image.data.length; i += 4) {
    const grain = (random() - 0.5) * 18;
    for (let c = 0; c < 3; c++) image.data[i + c] = Math.max(0, Math.min(255, image.data[i + c] + grain));
  }
  ctx.putImageData(image, 0, 0);
  return canvas.encodeSync('jpeg', 85);
}

export function encodeCards(photoDataUrl) {
  return {
    'radial-shadow': h('div', { width: 1200, height: 630, alignItems: 'center', justifyContent: 'center', backgroundColor: '#020617', backgroundImage: 'radial-gradient(circle at 30% 20%, #1e3a8a 0%, #0f172a 45%, #020617 100%)' },
      h('div', { width: 860, height: 380, padding: 56, flexDirection: 'column', justifyContent: 'space-between', borderRadius: 32, backgroundColor: '#0f172a', boxShadow: '0 40px 120px rgba(56, 189, 248, 0.35)', color: '#e2e8f0' },
        text({ fontSize: 26, letterSpacing: 4, color: '#38bdf8' }, 'CHANGELOG'),
        text({ fontSize: 60, fontWeight: 700, lineHeight: 1.15 }, 'Dark mode, radial light and softer shadows'),
        text({ fontSize: 28, color: '#94a3b8' }, 'v3.1 · December 2026'))),
    photo: h('div', { width: 1200, height: 630, padding: 72, flexDirection: 'column', justifyContent: 'flex-end', color: 'white', backgroundImage: `url(${photoDataUrl})`, backgroundSize: '1200px 630px' },
      h('div', { position: 'absolute', left: 0, top: 0, width: 1200, height: 630, backgroundImage: 'linear-gradient(180deg, rgba(0,0,0,0) 30%, rgba(0,0,0,0.75) 100%)' }),
      text({ fontSize: 64, fontWeight: 700, lineHeight: 1.1 }, 'A weekend in the hills, in twelve photographs'),
      text({ marginTop: 20, fontSize: 30, color: '#e5e7eb' }, 'travel.example.com')),
  };
}

// Peer cards that stress the encoders: a radial gradient with a large blurred shadow, and photos under an overlay (the bench's synthetic photo, the same with true noise, and real photographs).
import { createCanvas } from '@napi-rs/canvas';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { h, text } from './peer-cards.mjs';


/**
 * A deterministic 1200×630 "photo" (soft blobs, a sky ramp and grain from a seeded generator) as JPEG q85 bytes.
 * The `photo` card's generator multiplies in doubles, loses the low bits and cycles every 6,063 pixels
 * (its grain repeats ~18 KB apart, which deflate finds); `trueNoise` multiplies with Math.imul instead.
 */
export function makePhoto({ trueNoise = false } = {}) {
  let seed = 12345;
  const random = trueNoise ? () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) : () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
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

const dataUrl = (bytes, type) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

/**
 * Real photographs for the photo cards, as data URLs (the cards are left out when a file is missing):
 * the mandrill (bench/assets/baboon.png, 512×512 from npm `baboon-image`, MIT: scaled up 2.3× to cover
 * the card) and a street scene (1169×584 progressive JPEG that the devDependency autocannon ships as
 * a test file, not in our git: scaled up 1.08×).
 */
export function realPhotos() {
  const photos = {};
  const baboon = fileURLToPath(new URL('./assets/baboon.png', import.meta.url));
  if (existsSync(baboon)) photos['photo-baboon'] = dataUrl(readFileSync(baboon), 'image/png');
  try {
    const street = createRequire(import.meta.url).resolve('autocannon/test/j5.jpeg');
    photos['photo-street'] = dataUrl(readFileSync(street), 'image/jpeg');
  } catch {
    // autocannon not installed (production install): no street card.
  }
  return photos;
}

/** The photo card's layout over a photo drawn as a cover background (scaled and centred as a user's would be). */
const photoCard = (photoDataUrl, backgroundSize) =>
  h('div', { width: 1200, height: 630, padding: 72, flexDirection: 'column', justifyContent: 'flex-end', color: 'white', backgroundImage: `url(${photoDataUrl})`, backgroundSize, backgroundPosition: 'center' },
    h('div', { position: 'absolute', left: 0, top: 0, width: 1200, height: 630, backgroundImage: 'linear-gradient(180deg, rgba(0,0,0,0) 30%, rgba(0,0,0,0.75) 100%)' }),
    text({ fontSize: 64, fontWeight: 700, lineHeight: 1.1 }, 'A weekend in the hills, in twelve photographs'),
    text({ marginTop: 20, fontSize: 30, color: '#e5e7eb' }, 'travel.example.com'));

/** More photo cards for the peers and A/B benches: `photo-noise` (makePhoto({ trueNoise: true }) as a data URL) and one per real photo (realPhotos()). */
export function photoCards(noisePhotoDataUrl, photos = realPhotos()) {
  return {
    'photo-noise': photoCard(noisePhotoDataUrl, '1200px 630px'),
    ...Object.fromEntries(Object.entries(photos).map(([name, url]) => [name, photoCard(url, 'cover')])),
  };
}

export function encodeCards(photoDataUrl) {
  return {
    'radial-shadow': h('div', { width: 1200, height: 630, alignItems: 'center', justifyContent: 'center', backgroundColor: '#020617', backgroundImage: 'radial-gradient(circle at 30% 20%, #1e3a8a 0%, #0f172a 45%, #020617 100%)' },
      h('div', { width: 860, height: 380, padding: 56, flexDirection: 'column', justifyContent: 'space-between', borderRadius: 32, backgroundColor: '#0f172a', boxShadow: '0 40px 120px rgba(56, 189, 248, 0.35)', color: '#e2e8f0' },
        text({ fontSize: 26, letterSpacing: 4, color: '#38bdf8' }, 'CHANGELOG'),
        text({ fontSize: 60, fontWeight: 700, lineHeight: 1.15 }, 'Dark mode, radial light and softer shadows'),
        text({ fontSize: 28, color: '#94a3b8' }, 'v3.1 · December 2026'))),
    photo: photoCard(photoDataUrl, '1200px 630px'),
  };
}

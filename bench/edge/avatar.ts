// The avatar of the edge benchmark's avatar card: a 400×400 crop of encode-cards' deterministic photo as a JPEG (q85), made on Node with the native canvas and handed to the cards as a data URL.
import { createCanvas, loadImage } from '@napi-rs/canvas';
// @ts-expect-error: a JavaScript benchmark module without types
import { makePhoto } from '../encode-cards.mjs';

export async function avatarDataUrl(): Promise<string> {
  const photo = await loadImage(makePhoto() as Buffer);
  const canvas = createCanvas(400, 400);
  canvas.getContext('2d').drawImage(photo, 500, 200, 400, 400, 0, 0, 400, 400);
  return `data:image/jpeg;base64,${canvas.encodeSync('jpeg', 85).toString('base64')}`;
}

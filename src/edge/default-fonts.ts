// The edge build's default fonts: Inter Regular and Bold, Latin subset (fonts/edge/, SIL OFL), decoded from base64 once per isolate.
import { INTER_LATIN_400, INTER_LATIN_700 } from './default-font-data.js';
import { FontRegistry } from '../layout/fonts/font-registry.js';
import type { FontInput } from '../layout/text/types.js';

/** `Uint8Array.fromBase64` (workerd, recent V8 and browsers): native, where the loop below runs cold in the interpreter. */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

export function fromBase64(text: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let fonts: readonly FontInput[] | null = null;

/** The bundled faces as font inputs (name "Inter", weights 400 and 700; other weights match the nearer one). */
export function bundledFonts(): readonly FontInput[] {
  fonts ??= [
    { name: 'Inter', weight: 400, style: 'normal', data: fromBase64(INTER_LATIN_400) },
    { name: 'Inter', weight: 700, style: 'normal', data: fromBase64(INTER_LATIN_700) },
  ];
  return fonts;
}

/** The registry of the bundled fonts (parsed once per isolate: parseFont keeps parsed bytes). */
export function defaultRegistry(): Promise<FontRegistry> {
  return FontRegistry.create(bundledFonts());
}

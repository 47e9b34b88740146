// SVG filter and reference bombs for tests: each one costs seconds to tens of seconds of native Skia work when drawn.
const svg = (body: string, size = 2000): string => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size}" height="${size}">${body}</svg>`;
const filtered = (filter: string, region = 'x="-50%" y="-50%" width="200%" height="200%"'): string => svg(`<filter id="f" ${region}>${filter}</filter><rect width="100%" height="100%" filter="url(#f)"/>`);

/** Turbulence layers merged: about 5 s per 10 layers at 2000² on a 2-core machine (the issue's bomb class). */
export function turbulenceBomb(layers = 100): string {
  const turbulences = Array.from({ length: layers }, (_, i) => `<feTurbulence baseFrequency="0.01" numOctaves="50" result="t${i}"/>`).join('');
  const merge = `<feMerge>${Array.from({ length: layers }, (_, i) => `<feMergeNode in="t${i}"/>`).join('')}</feMerge>`;
  return filtered(turbulences + merge);
}

/** One bomb per expensive feature, each breaking exactly one bound of SVG_LIMITS. */
export const SVG_BOMBS: Readonly<Record<string, { readonly svg: string; readonly names: string }>> = {
  'feTurbulence numOctaves': { svg: filtered('<feTurbulence baseFrequency="0.01" numOctaves="255"/>'), names: 'numOctaves' },
  'feGaussianBlur stdDeviation': { svg: filtered('<feGaussianBlur stdDeviation="5000"/>'), names: 'stdDeviation' },
  'feMorphology radius': { svg: filtered('<feMorphology radius="2000"/>'), names: 'radius' },
  'feConvolveMatrix order': { svg: filtered(`<feConvolveMatrix order="30" kernelMatrix="${'1 '.repeat(900)}"/>`), names: 'order' },
  'a huge filter region': { svg: filtered('<feGaussianBlur stdDeviation="2"/>', 'x="-5000%" y="-5000%" width="10000%" height="10000%"'), names: 'filter width' },
  'many filter primitives': { svg: filtered('<feGaussianBlur stdDeviation="50"/>'.repeat(40)), names: 'filter primitives' },
  'nested use (a billion laughs)': {
    svg: svg(`<defs><rect id="a0" width="1" height="1"/>${Array.from({ length: 9 }, (_, i) => `<g id="a${i + 1}">${`<use href="#a${i}"/>`.repeat(10)}</g>`).join('')}</defs><use href="#a9"/>`),
    names: 'expands to more than',
  },
  'nested patterns': {
    svg: svg(`<defs>${Array.from({ length: 12 }, (_, i) => `<pattern id="p${i}" width="2" height="2" patternUnits="userSpaceOnUse"><rect width="1" height="1" fill="${i === 0 ? 'red' : `url(#p${i - 1})`}"/></pattern>`).join('')}</defs><rect width="100%" height="100%" fill="url(#p11)"/>`),
    names: 'references nest deeper',
  },
  'a reference cycle': { svg: svg('<defs><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g></defs><use href="#a"/>'), names: 'refers to itself' },
  'an entity declaration': { svg: `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${svg('<text>&b;</text>')}`, names: 'DOCTYPE' },
  'an image read from a path': { svg: svg('<image href="/etc/hostname" width="10" height="10"/>'), names: '/etc/hostname' },
};

/** The bytes of an SVG as a base64 data: URL. */
export const svgDataUrl = (text: string): string => `data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}`;

// The hyphens property (inherited): none, manual (soft hyphens only) or auto (English patterns too).
import { keyword } from './tokens.js';

export type Hyphens = 'none' | 'manual' | 'auto';

export class HyphensValueError extends Error {}

export interface HyphensLonghand {
  hyphens: Hyphens;
}

export const HYPHENS_INITIAL: HyphensLonghand = { hyphens: 'manual' };

export const HYPHENS_PARSERS: { readonly [K in keyof HyphensLonghand]: (value: string | number) => HyphensLonghand[K] } = {
  hyphens: (value) => {
    const k = keyword(String(value));
    if (k !== 'none' && k !== 'manual' && k !== 'auto') throw new HyphensValueError('expected none, manual or auto');
    return k;
  },
};

// Shared look of the built-in templates: palettes, parameter types, and small parts (avatar, brand line).
import { Type } from '@sinclair/typebox';
import type { OgsmithElement, StyleObject } from '../jsx/element.js';

export const THEMES = ['light', 'dark', 'ocean', 'sunset'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface Palette {
  readonly background: string;
  readonly surface: string;
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly accentText: string;
}

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: { background: 'linear-gradient(135deg, #ffffff 0%, #eef2ff 100%)', surface: '#e0e7ff', text: '#0f172a', muted: '#475569', accent: '#4f46e5', accentText: '#ffffff' },
  dark: { background: 'linear-gradient(135deg, #0f172a 0%, #1e1b4b 100%)', surface: '#1e293b', text: '#f8fafc', muted: '#94a3b8', accent: '#818cf8', accentText: '#0f172a' },
  ocean: { background: 'linear-gradient(135deg, #083344 0%, #155e75 100%)', surface: '#164e63', text: '#ecfeff', muted: '#a5f3fc', accent: '#22d3ee', accentText: '#083344' },
  sunset: { background: 'linear-gradient(135deg, #fff7ed 0%, #ffe4e6 100%)', surface: '#fed7aa', text: '#431407', muted: '#9a3412', accent: '#ea580c', accentText: '#ffffff' },
};

/** Parameter schemas shared by the templates. */
export const Params = {
  text: (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, description }),
  optionalText: (maxLength: number, description: string) => Type.Optional(Type.String({ maxLength, description })),
  imageUrl: (description: string) => Type.Optional(Type.String({ pattern: '^https?://', maxLength: 2048, description: `${description} (http or https URL; PNG, JPEG, WebP or GIF)` })),
  theme: () => Type.Union(THEMES.map((name) => Type.Literal(name)), { default: 'light', description: `Colour theme: ${THEMES.join(', ')}` }),
};

/** Title size stepped by length so long titles still fit in three lines (no measuring loop). */
export function titleSize(text: string, sizes: readonly [number, number, number] = [72, 60, 50]): number {
  return text.length <= 36 ? sizes[0] : text.length <= 72 ? sizes[1] : sizes[2];
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.slice(0, 2).map((w) => [...w][0]?.toUpperCase() ?? '').join('') || '?';
}

/** A round avatar: the image when given, else the initials on the accent colour. */
export function Avatar(props: { readonly src: string | undefined; readonly name: string; readonly size: number; readonly palette: Palette }): OgsmithElement {
  const { src, name, size, palette } = props;
  const round: StyleObject = { width: size, height: size, borderRadius: size / 2, flexShrink: 0 };
  if (src) return <img src={src} width={size} height={size} style={{ ...round, objectFit: 'cover' }} />;
  return (
    <div style={{ ...round, alignItems: 'center', justifyContent: 'center', backgroundColor: palette.accent, color: palette.accentText, fontSize: size * 0.4, fontWeight: 700 }}>
      {initials(name)}
    </div>
  );
}

/**
 * The width ÷ height ratios the built-in cards lay out well at: from 1:1 (a square, as chat apps
 * crop) to 2.4:1 (wider than Twitter's 2:1 summary card); their frames follow the requested ratio.
 */
export const ASPECT_RATIOS = { min: 1, max: 2.4 } as const;

/** The full-bleed frame every card sits in. */
export function Frame(props: { readonly palette: Palette; readonly width: number; readonly height: number; readonly style?: StyleObject; readonly children?: OgsmithElement | readonly (OgsmithElement | null)[] }): OgsmithElement {
  return (
    <div style={{ width: props.width, height: props.height, boxSizing: 'border-box', display: 'flex', backgroundImage: props.palette.background, color: props.palette.text, fontFamily: 'Inter', ...props.style }}>
      {props.children}
    </div>
  );
}

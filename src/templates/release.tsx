// Template `release`: release notes with project, version, date and up to six highlights.
import { Type } from '@sinclair/typebox';
import { defineTemplate } from './define.js';
import { ASPECT_RATIOS, Frame, PALETTES, Params } from './theme.js';

export default defineTemplate({
  name: 'release',
  description: 'Release notes: project, version, date and highlights.',
  version: '3',
  aspectRatios: ASPECT_RATIOS,
  params: Type.Object({
    project: Params.text(60, 'Project name'),
    version: Type.String({ pattern: '^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$', description: 'Version, e.g. 2.4.0' }),
    date: Params.optionalText(40, 'Release date as shown'),
    highlights: Params.optionalText(400, 'Up to six highlights separated by semicolons'),
    theme: Type.Union([Type.Literal('light'), Type.Literal('dark'), Type.Literal('ocean'), Type.Literal('sunset')], { default: 'ocean', description: 'Colour theme' }),
  }),
  render: (p, frame) => {
    const palette = PALETTES[p.theme];
    const items = (p.highlights ?? '').split(';').map((s) => s.trim()).filter(Boolean).slice(0, 6);
    return (
      <Frame palette={palette} width={frame.width} height={frame.height} style={{ position: 'relative', overflow: 'hidden', flexDirection: 'column', padding: '60px 80px', gap: 34 }}>
        <div style={{ position: 'absolute', right: -140, bottom: -180, width: 560, height: 560, boxSizing: 'border-box', borderRadius: '50%', border: `64px solid ${palette.accent}`, opacity: 0.16 }} />
        <div style={{ position: 'absolute', right: 120, bottom: 150, width: 150, height: 150, borderRadius: 75, backgroundColor: palette.accent, opacity: 0.22 }} />
        <div style={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <span style={{ fontSize: 34, fontWeight: 600 }}>{p.project}</span>
          {p.date ? <span style={{ fontSize: 26, color: palette.muted }}>{p.date}</span> : null}
        </div>
        <div style={{ alignItems: 'baseline', gap: 24 }}>
          <span style={{ fontSize: 112, fontWeight: 700, letterSpacing: -3, color: palette.accent }}>{`v${p.version.replace(/^v/i, '')}`}</span>
          <span style={{ fontSize: 34, color: palette.muted }}>is out</span>
        </div>
        <div style={{ flexDirection: 'column', gap: 14 }}>
          {items.map((item) => (
            <div style={{ alignItems: 'center', gap: 18 }}>
              <div style={{ width: 14, height: 14, borderRadius: 7, backgroundColor: palette.accent, flexShrink: 0 }} />
              <span style={{ fontSize: 28, lineClamp: 1 }}>{item}</span>
            </div>
          ))}
        </div>
      </Frame>
    );
  },
});

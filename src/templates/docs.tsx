// Template `docs`: a documentation page with breadcrumb section, title, summary and site name.
import { Type } from '@sinclair/typebox';
import { defineTemplate } from './define.js';
import { ASPECT_RATIOS, Frame, PALETTES, Params, titleSize } from './theme.js';

export default defineTemplate({
  name: 'docs',
  description: 'A documentation page: site, section breadcrumb, title and summary.',
  version: '2',
  aspectRatios: ASPECT_RATIOS,
  params: Type.Object({
    title: Params.text(160, 'Page title'),
    section: Params.optionalText(80, 'Breadcrumb, e.g. "Guides / Layout"'),
    description: Params.optionalText(280, 'Page summary'),
    site: Params.optionalText(60, 'Site or product name'),
    logo: Params.imageUrl('Site logo'),
    theme: Params.theme(),
  }),
  render: (p, frame) => {
    const palette = PALETTES[p.theme];
    return (
      <Frame palette={palette} width={frame.width} height={frame.height} style={{ flexDirection: 'column', padding: '56px 80px', borderTop: `14px solid ${palette.accent}` }}>
        <div style={{ alignItems: 'center', gap: 18, fontSize: 28, fontWeight: 600 }}>
          {p.logo ? <img src={p.logo} width={48} height={48} style={{ borderRadius: 10 }} /> : <div style={{ width: 48, height: 48, borderRadius: 10, backgroundColor: palette.accent }} />}
          <span>{p.site ?? 'Documentation'}</span>
          {p.section ? <span style={{ color: palette.muted, fontWeight: 400 }}>{`/ ${p.section}`}</span> : null}
        </div>
        <div style={{ flexDirection: 'column', flex: 1, justifyContent: 'center', gap: 24 }}>
          <div style={{ fontSize: titleSize(p.title, [68, 58, 48]), fontWeight: 700, lineHeight: 1.15, letterSpacing: -1, lineClamp: 3 }}>{p.title}</div>
          {p.description ? <div style={{ fontSize: 30, lineHeight: 1.45, color: palette.muted, lineClamp: 3 }}>{p.description}</div> : null}
        </div>
      </Frame>
    );
  },
});

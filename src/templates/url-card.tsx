// Template `url`: the card /og/url draws for any page (title, description, site, icon, og:image), or just its host name.
import { Type } from '@sinclair/typebox';
import { defineTemplate } from './define.js';
import { ASPECT_RATIOS, Frame, PALETTES, Params, titleSize } from './theme.js';

export default defineTemplate({
  name: 'url',
  description: 'The card for /og/url: a page title, description, site name, icon and picture; only the host name when the page could not be read.',
  version: '2',
  aspectRatios: ASPECT_RATIOS,
  params: Type.Object({
    hostname: Params.text(253, 'Host name of the page'),
    title: Params.optionalText(200, 'Page title'),
    description: Params.optionalText(300, 'Page description'),
    siteName: Params.optionalText(80, 'Site name'),
    icon: Params.imageUrl('Site icon'),
    image: Params.imageUrl('The page og:image'),
    theme: Params.theme(),
  }),
  render: (p, frame) => {
    const palette = PALETTES[p.theme];
    const title = p.title ?? p.hostname;
    return (
      <Frame palette={palette} width={frame.width} height={frame.height} style={{ padding: 64, gap: 48, alignItems: 'center' }}>
        <div style={{ flexDirection: 'column', flex: 1, height: '100%', justifyContent: 'space-between' }}>
          <div style={{ alignItems: 'center', gap: 16, fontSize: 28, color: palette.muted }}>
            {p.icon ? <img src={p.icon} width={40} height={40} style={{ borderRadius: 8 }} /> : <div style={{ width: 40, height: 40, borderRadius: 8, backgroundColor: palette.accent }} />}
            <span style={{ fontWeight: 600 }}>{p.siteName ?? p.hostname}</span>
          </div>
          <div style={{ flexDirection: 'column', gap: 22 }}>
            <div style={{ fontSize: titleSize(title, p.image ? [56, 48, 40] : [72, 60, 50]), fontWeight: 700, lineHeight: 1.15, lineClamp: 3 }}>{title}</div>
            {p.description ? <div style={{ fontSize: 28, lineHeight: 1.4, color: palette.muted, lineClamp: 3 }}>{p.description}</div> : null}
          </div>
          <div style={{ fontSize: 24, color: palette.accent, fontWeight: 500 }}>{p.hostname}</div>
        </div>
        {p.image ? <img src={p.image} width={440} height={440} style={{ borderRadius: 24, objectFit: 'cover', flexShrink: 0 }} /> : null}
      </Frame>
    );
  },
});

// Template `product`: a product with its picture, name, short description, price and an optional badge.
import { Type } from '@sinclair/typebox';
import { defineTemplate } from './define.js';
import { ASPECT_RATIOS, Frame, PALETTES, Params, titleSize } from './theme.js';

export default defineTemplate({
  name: 'product',
  description: 'A product: picture, name, description, price and an optional badge.',
  version: '2',
  aspectRatios: ASPECT_RATIOS,
  params: Type.Object({
    name: Params.text(120, 'Product name'),
    price: Type.String({ pattern: '^[^\\s].{0,23}$', description: 'Price as shown, e.g. "$48.00" or "29 €"' }),
    description: Params.optionalText(200, 'One sentence about the product'),
    image: Params.imageUrl('Product picture'),
    badge: Params.optionalText(24, 'Small label above the name, e.g. "New"'),
    theme: Type.Union([Type.Literal('light'), Type.Literal('dark'), Type.Literal('ocean'), Type.Literal('sunset')], { default: 'sunset', description: 'Colour theme' }),
  }),
  render: (p, frame) => {
    const palette = PALETTES[p.theme];
    return (
      <Frame palette={palette} width={frame.width} height={frame.height} style={{ alignItems: 'center', padding: 64, gap: 56 }}>
        <div style={{ width: 440, height: 480, flexShrink: 0, borderRadius: 32, backgroundColor: palette.surface, overflow: 'hidden', alignItems: 'center', justifyContent: 'center', boxShadow: '0 20px 40px rgba(0,0,0,0.18)' }}>
          {p.image ? <img src={p.image} width={440} height={480} style={{ objectFit: 'cover' }} /> : <div style={{ fontSize: 160, fontWeight: 700, color: palette.accent }}>{[...p.name][0]?.toUpperCase() ?? '?'}</div>}
        </div>
        <div style={{ flexDirection: 'column', flex: 1, gap: 24 }}>
          {p.badge ? <div style={{ alignSelf: 'flex-start', padding: '6px 18px', borderRadius: 999, border: `2px solid ${palette.accent}`, color: palette.accent, fontSize: 22, fontWeight: 600, textTransform: 'uppercase', letterSpacing: 2 }}>{p.badge}</div> : null}
          <div style={{ fontSize: titleSize(p.name, [64, 54, 44]), fontWeight: 700, lineHeight: 1.1, lineClamp: 3 }}>{p.name}</div>
          {p.description ? <div style={{ fontSize: 28, lineHeight: 1.4, color: palette.muted, lineClamp: 2 }}>{p.description}</div> : null}
          <div style={{ alignSelf: 'flex-start', marginTop: 8, padding: '14px 32px', borderRadius: 999, backgroundColor: palette.accent, color: palette.accentText, fontSize: 44, fontWeight: 700 }}>{p.price}</div>
        </div>
      </Frame>
    );
  },
});

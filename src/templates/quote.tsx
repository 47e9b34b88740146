// Template `quote`: a quote of the day, large and centred, with its author.
import { Type } from '@sinclair/typebox';
import { defineTemplate } from './define.js';
import { ASPECT_RATIOS, Frame, PALETTES, Params } from './theme.js';

export default defineTemplate({
  name: 'quote',
  description: 'A quote of the day: the quote, its author and an optional label.',
  version: '2',
  aspectRatios: ASPECT_RATIOS,
  params: Type.Object({
    quote: Params.text(280, 'The quote, without quotation marks'),
    author: Params.optionalText(80, 'Who said it'),
    label: Params.optionalText(40, 'Small label on top; default "Quote of the day"'),
    theme: Type.Union([Type.Literal('light'), Type.Literal('dark'), Type.Literal('ocean'), Type.Literal('sunset')], { default: 'dark', description: 'Colour theme' }),
  }),
  render: (p, frame) => {
    const palette = PALETTES[p.theme];
    const size = p.quote.length <= 60 ? 60 : p.quote.length <= 140 ? 48 : 38;
    return (
      <Frame palette={palette} width={frame.width} height={frame.height} style={{ flexDirection: 'column', alignItems: 'center', justifyContent: 'center', padding: '64px 120px', gap: 36 }}>
        <div style={{ fontSize: 22, fontWeight: 600, color: palette.accent, textTransform: 'uppercase', letterSpacing: 4 }}>{p.label ?? 'Quote of the day'}</div>
        <div style={{ fontSize: 140, lineHeight: 0.6, height: 60, color: palette.accent, fontWeight: 700 }}>“</div>
        <div style={{ display: 'block', fontSize: size, fontStyle: 'italic', lineHeight: 1.3, textAlign: 'center', textWrap: 'balance', lineClamp: 5 }}>{p.quote}</div>
        {p.author ? <div style={{ fontSize: 30, color: palette.muted, fontWeight: 500 }}>{`— ${p.author}`}</div> : null}
      </Frame>
    );
  },
});

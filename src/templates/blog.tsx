// Template `blog`: an article card with title, description, author, date and avatar.
import { Type } from '@sinclair/typebox';
import { defineTemplate } from './define.js';
import { ASPECT_RATIOS, Avatar, Frame, PALETTES, Params, titleSize } from './theme.js';

export default defineTemplate({
  name: 'blog',
  description: 'A blog post: title, description, author with avatar, and date.',
  version: '2',
  aspectRatios: ASPECT_RATIOS,
  params: Type.Object({
    title: Params.text(200, 'Post title'),
    description: Params.optionalText(300, 'One or two sentences under the title'),
    author: Params.optionalText(80, 'Author name'),
    date: Params.optionalText(40, 'Publication date as shown, e.g. "Nov 26, 2026"'),
    avatar: Params.imageUrl('Author picture'),
    theme: Params.theme(),
  }),
  render: (p, frame) => {
    const palette = PALETTES[p.theme];
    return (
      <Frame palette={palette} width={frame.width} height={frame.height} style={{ flexDirection: 'column', padding: '64px 80px', justifyContent: 'space-between' }}>
        <div style={{ flexDirection: 'column', gap: 28 }}>
          <div style={{ width: 96, height: 10, borderRadius: 5, backgroundColor: palette.accent }} />
          <div style={{ fontSize: titleSize(p.title), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1, lineClamp: 3 }}>{p.title}</div>
          {p.description ? <div style={{ fontSize: 30, lineHeight: 1.4, color: palette.muted, lineClamp: 2 }}>{p.description}</div> : null}
        </div>
        {p.author || p.date ? (
          <div style={{ alignItems: 'center', gap: 22 }}>
            {p.author ? <Avatar src={p.avatar} name={p.author} size={72} palette={palette} /> : null}
            <div style={{ flexDirection: 'column', gap: 4 }}>
              {p.author ? <span style={{ fontSize: 30, fontWeight: 600 }}>{p.author}</span> : null}
              {p.date ? <span style={{ fontSize: 24, color: palette.muted }}>{p.date}</span> : null}
            </div>
          </div>
        ) : null}
      </Frame>
    );
  },
});

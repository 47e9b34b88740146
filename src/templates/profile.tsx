// Template `profile`: a person or account with a large avatar, handle, bio and a few stats.
import { Type } from '@sinclair/typebox';
import { defineTemplate } from './define.js';
import { ASPECT_RATIOS, Avatar, Frame, PALETTES, Params } from './theme.js';

export default defineTemplate({
  name: 'profile',
  description: 'A profile: avatar, name, handle, bio and up to three stats.',
  version: '2',
  aspectRatios: ASPECT_RATIOS,
  params: Type.Object({
    name: Params.text(80, 'Display name'),
    handle: Params.optionalText(60, 'Handle, e.g. @ada'),
    bio: Params.optionalText(240, 'Short bio'),
    avatar: Params.imageUrl('Profile picture'),
    stats: Params.optionalText(120, 'Up to three "value label" pairs separated by commas, e.g. "1.2k followers, 87 posts"'),
    theme: Params.theme(),
  }),
  render: (p, frame) => {
    const palette = PALETTES[p.theme];
    const stats = (p.stats ?? '').split(',').map((s) => s.trim()).filter(Boolean).slice(0, 3);
    return (
      <Frame palette={palette} width={frame.width} height={frame.height} style={{ alignItems: 'center', padding: '0 96px', gap: 72 }}>
        <div style={{ padding: 10, borderRadius: 150, backgroundColor: palette.accent }}>
          <Avatar src={p.avatar} name={p.name} size={260} palette={{ ...palette, accent: palette.surface, accentText: palette.text }} />
        </div>
        <div style={{ flexDirection: 'column', flex: 1, gap: 16 }}>
          <div style={{ fontSize: 68, fontWeight: 700, letterSpacing: -1, lineClamp: 2, lineHeight: 1.1 }}>{p.name}</div>
          {p.handle ? <div style={{ fontSize: 34, color: palette.accent, fontWeight: 500 }}>{p.handle}</div> : null}
          {p.bio ? <div style={{ fontSize: 30, lineHeight: 1.4, color: palette.muted, lineClamp: 3, marginTop: 8 }}>{p.bio}</div> : null}
          {stats.length > 0 ? (
            <div style={{ gap: 40, marginTop: 20 }}>
              {stats.map((stat) => {
                const [value = '', ...label] = stat.split(/\s+/);
                return (
                  <div style={{ flexDirection: 'column' }}>
                    <span style={{ fontSize: 40, fontWeight: 700 }}>{value}</span>
                    <span style={{ fontSize: 22, color: palette.muted, textTransform: 'uppercase', letterSpacing: 1 }}>{label.join(' ')}</span>
                  </div>
                );
              })}
            </div>
          ) : null}
        </div>
      </Frame>
    );
  },
});

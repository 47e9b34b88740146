// The edge benchmark's cards (1200×630): the edge fixture's gradient title, the five sample cards, a photo avatar and an emoji card; shared by the workerd worker and the Node split.
import { sampleCards } from '../../dist/samples/cards.js';
import { card } from '../../test/edge/fixtures/card.js';

const h = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children } });

/** Every card by name; `avatar` is the avatar card's image URL (bench/edge/avatar.ts). */
export function edgeBenchCards(avatar: string): Readonly<Record<string, unknown>> {
  return {
    gradient: card('A gradient title card'),
    ...sampleCards,
    avatar: h('div', { width: 1200, height: 630, padding: 80, alignItems: 'center', gap: 60, backgroundColor: '#fafaf9' },
      { type: 'img', props: { src: avatar, width: 280, height: 280, style: { borderRadius: 140 } } },
      h('div', { flexDirection: 'column', gap: 20, flex: 1 },
        h('div', { fontSize: 64, fontWeight: 700, color: '#1c1917' }, 'Grace Hopper'),
        h('div', { fontSize: 34, color: '#57534e', lineHeight: 1.4 }, 'Computer scientist and rear admiral who made programming languages readable.'),
        h('div', { fontSize: 28, color: '#a8a29e' }, '@grace · 1.2k followers'))),
    emoji: h('div', { width: 1200, height: 630, padding: 80, flexDirection: 'column', backgroundColor: '#0f172a', color: 'white' },
      h('div', { fontSize: 72, fontWeight: 700 }, 'Shipped 🚀 and tested ✅'),
      h('div', { fontSize: 40, marginTop: 40 }, 'Thanks to everyone 🎉🙌❤️')),
  };
}

/** The Twemoji files (@twemoji/svg) the emoji card draws. */
export const EMOJI_FILES = ['1f680', '2705', '1f389', '1f64c', '2764'];

/** An emoji set over SVG texts by Twemoji file name (no fetches: the benchmark measures rendering, not the network). */
export function localEmojiSet(svgs: Readonly<Record<string, string>>) {
  const bytes = new Map(Object.entries(svgs).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  const fileOf = (sequence: string): string => Array.from(sequence, (c) => c.codePointAt(0)!).filter((cp) => cp !== 0xfe0f).map((cp) => cp.toString(16)).join('-');
  return { name: 'twemoji-bench', has: (sequence: string) => bytes.has(fileOf(sequence)), load: (sequence: string) => bytes.get(fileOf(sequence)) ?? null };
}

/** What the benchmark's workers get as bindings: the avatar's data URL and the emoji SVGs by file name. */
export interface BenchEnv {
  readonly AVATAR: string;
  readonly EMOJI: Readonly<Record<string, string>>;
  /** bench/edge.ts's cards (bench/edge/cards.mjs) by name, each also served as `peer-<name>`. */
  readonly PEER?: Readonly<Record<string, unknown>>;
}

let cards: Readonly<Record<string, unknown>> | null = null;
let emoji: ReturnType<typeof localEmojiSet> | null = null;

/** The card a request's path names (made once per isolate) and the emoji set, or null for an unknown card. */
export function requestedCard(url: URL, env: BenchEnv): { readonly element: unknown; readonly emoji: ReturnType<typeof localEmojiSet> } | null {
  cards ??= edgeBenchCards(env.AVATAR);
  emoji ??= localEmojiSet(env.EMOJI);
  const name = url.pathname.slice(1);
  const element = name.startsWith('peer-') ? env.PEER?.[name.slice('peer-'.length)] : cards[name];
  return element ? { element, emoji } : null;
}

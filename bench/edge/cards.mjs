// The edge benchmark's cards as plain data (every engine gets the same trees): the peer cards plus an emoji card whose emoji are Twemoji SVG images.
import { avatarDataUrl, makeAvatar, peerCards } from '../peer-cards.mjs';
import { emojiCard } from '../variety-cards.mjs';

/** Card name → element tree (JSON-serialisable). */
export function edgeBenchCards() {
  return { ...peerCards(avatarDataUrl(makeAvatar())), emoji: emojiCard() };
}

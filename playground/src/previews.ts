// Link previews side by side: how X/Twitter, LinkedIn, Slack and Facebook size and crop the card (approximate, late 2025).
import { h } from './dom.js';

export interface Platform {
  readonly id: string;
  readonly name: string;
  /** Width the platform shows the image at, in CSS px. */
  readonly width: number;
  /** The frame's aspect ratio (the image is scaled to cover it and centred), or null: scaled to fit, never cropped. */
  readonly aspect: number | null;
  /** Largest shown height when not cropped. */
  readonly maxHeight: number;
  readonly ratioLabel: string;
}

export const PLATFORMS: readonly Platform[] = [
  { id: 'x', name: 'X / Twitter', width: 504, aspect: 2, maxHeight: 252, ratioLabel: '2:1' },
  { id: 'linkedin', name: 'LinkedIn', width: 552, aspect: 1.91, maxHeight: 289, ratioLabel: '1.91:1' },
  { id: 'slack', name: 'Slack', width: 360, aspect: null, maxHeight: 360, ratioLabel: 'not cropped' },
  { id: 'facebook', name: 'Facebook', width: 500, aspect: 1.91, maxHeight: 261, ratioLabel: '1.91:1' },
];

export interface CardInfo {
  readonly image: string;
  readonly width: number;
  readonly height: number;
  readonly host: string;
  readonly title: string | undefined;
  readonly description: string | undefined;
}

/** What of the source image a platform cuts off, in source px. */
export function cropOf(platform: Platform, width: number, height: number): { readonly axis: 'none' | 'sides' | 'top and bottom'; readonly px: number } {
  if (platform.aspect === null) return { axis: 'none', px: 0 };
  const aspect = width / height;
  if (Math.abs(aspect - platform.aspect) < 0.005) return { axis: 'none', px: 0 };
  if (aspect > platform.aspect) return { axis: 'sides', px: Math.round((width - height * platform.aspect) / 2) };
  return { axis: 'top and bottom', px: Math.round((height - width / platform.aspect) / 2) };
}

/** The part of the source image a platform shows, in source px. */
export function visibleRect(platform: Platform, width: number, height: number): { x: number; y: number; width: number; height: number } {
  const crop = cropOf(platform, width, height);
  if (crop.axis === 'sides') return { x: crop.px, y: 0, width: width - 2 * crop.px, height };
  if (crop.axis === 'top and bottom') return { x: 0, y: crop.px, width, height: height - 2 * crop.px };
  return { x: 0, y: 0, width, height };
}

function shownSize(platform: Platform, card: CardInfo): { width: number; height: number } {
  if (platform.aspect !== null) return { width: platform.width, height: Math.round(platform.width / platform.aspect) };
  const scale = Math.min(platform.width / card.width, platform.maxHeight / card.height, 1);
  return { width: Math.round(card.width * scale), height: Math.round(card.height * scale) };
}

function picture(platform: Platform, card: CardInfo): HTMLElement {
  const size = shownSize(platform, card);
  const img = h('img', { src: card.image, alt: '', width: size.width, height: size.height, class: 'preview-image', draggable: 'false' });
  return h('div', { class: 'preview-frame', style: `aspect-ratio: ${size.width} / ${size.height}; max-width: ${size.width}px` }, img);
}

function chrome(platform: Platform, card: CardInfo): HTMLElement {
  const title = card.title ?? 'Page title';
  const description = card.description ?? '';
  switch (platform.id) {
    case 'x':
      return h('div', { class: 'preview-card preview-x' }, h('div', { class: 'x-media' }, picture(platform, card), h('span', { class: 'x-domain' }, card.host)), h('p', { class: 'x-from' }, `From ${card.host}`));
    case 'linkedin':
      return h('div', { class: 'preview-card preview-linkedin' }, picture(platform, card), h('div', { class: 'li-text' }, h('b', {}, title), h('span', {}, card.host)));
    case 'slack':
      return h('div', { class: 'preview-card preview-slack' }, h('div', { class: 'slack-body' }, h('span', { class: 'slack-site' }, card.host), h('a', { class: 'slack-title' }, title), description ? h('p', {}, description) : null, picture(platform, card)));
    default:
      return h('div', { class: 'preview-card preview-facebook' }, picture(platform, card), h('div', { class: 'fb-text' }, h('span', { class: 'fb-domain' }, card.host.toUpperCase()), h('b', {}, title), description ? h('span', { class: 'fb-description' }, description) : null));
  }
}

/** Fills `target` with one preview per platform; `onHover` gets the platform under the pointer (null when it leaves). */
export function showPreviews(target: HTMLElement, card: CardInfo, onHover: (platform: Platform | null) => void = () => undefined): void {
  target.replaceChildren(...PLATFORMS.map((platform) => {
    const size = shownSize(platform, card);
    const crop = cropOf(platform, card.width, card.height);
    const note = crop.axis === 'none' ? 'nothing cropped' : `crops ${crop.px} px ${crop.axis === 'sides' ? 'each side' : 'top and bottom'}`;
    const article = h('article', { class: 'preview', 'data-platform': platform.id },
      h('header', {}, h('h3', {}, platform.name), h('span', { class: 'preview-spec' }, `${platform.ratioLabel} · ${size.width}×${size.height} · ${note}`)),
      chrome(platform, card));
    article.addEventListener('mouseenter', () => onHover(platform));
    article.addEventListener('mouseleave', () => onHover(null));
    return article;
  }));
}

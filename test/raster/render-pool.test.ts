// The render pool: renders in worker threads, same bytes as render(), coded errors come back coded.
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { sampleCards } from '../../src/samples/cards.js';

const pool = new RenderPool({ threads: 2 });
afterAll(() => pool.close());

describe('RenderPool', () => {
  it('renders the same bytes as render() on the main thread, concurrently', async () => {
    const cards = Object.values(sampleCards);
    const results = await Promise.all(cards.map((card) => pool.render(card, { width: 1200, height: 630 })));
    for (const [i, card] of cards.entries()) expect(results[i]!.equals(await render(card, { width: 1200, height: 630 }))).toBe(true);
    expect(pool.threads).toBe(2);
  });

  it('expands function components before crossing threads', async () => {
    const Title = (props: { text: string }) => ({ type: 'div', props: { style: { fontSize: 30 }, children: props.text } });
    const element = { type: 'div', props: { style: { width: 100, height: 50, backgroundColor: 'red' }, children: { type: Title, props: { text: 'Hi' } } } };
    const bytes = await pool.render(element, { width: 100, height: 50 });
    expect(bytes.equals(await render(element, { width: 100, height: 50 }))).toBe(true);
  });

  it('rethrows coded errors with their code', async () => {
    const error = await pool.render({ type: 'div', props: { style: { float: 'left' } } }, { width: 10, height: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).code).toBe('UNSUPPORTED_PROPERTY');
    const early = await pool.render({ type: 'table', props: {} }, { width: 10, height: 10 }).catch((e: unknown) => e);
    expect((early as OgsmithError).code).toBe('UNKNOWN_ELEMENT_TYPE');
  });
});

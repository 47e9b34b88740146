// The JSX runtime: TSX compiles to ogsmith elements that layout() accepts.
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/index.js';

function Badge(props: { label: string }) {
  return <span style={{ padding: 4 }}>{props.label}</span>;
}

describe('jsx runtime', () => {
  it('builds elements with props, children, fragments and components', async () => {
    const card = (
      <div style={{ width: 300, height: 100, flexDirection: 'column' }}>
        <>
          <Badge label="one" />
          {['two', null, false]}
        </>
      </div>
    );
    expect(card).toMatchObject({ type: 'div', props: { style: { width: 300 } } });
    const result = await layout(card, { width: 400, height: 200 });
    expect(result.root.width).toBe(300);
    expect(result.root.children).toHaveLength(2);
    const [badge, two] = result.root.children;
    expect(badge).toMatchObject({ x: 0, y: 0 });
    expect(two).toMatchObject({ text: 'two' });
  });
});

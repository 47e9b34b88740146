// yieldIfLoopIdle: back-to-back encodes give the event loop one turn each; encodes after the loop turned do not wait again.
import { describe, expect, it } from 'vitest';
import { yieldIfLoopIdle } from '../../src/raster/encode/event-loop-turn.js';

describe('yieldIfLoopIdle', () => {
  it('lets the loop turn between two encodes that never wait on anything', async () => {
    await yieldIfLoopIdle();
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    await yieldIfLoopIdle();
    expect(turned).toBe(true);
  });

  it('does not wait for another turn when the loop turned since the previous encode', async () => {
    await yieldIfLoopIdle();
    await new Promise((resolve) => setTimeout(resolve, 5));
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    await yieldIfLoopIdle();
    expect(turned).toBe(false);
  });
});

// The isolate's memory as workerd's inspector reports it (CDP Runtime.getHeapUsage): V8 heap used and total, and ArrayBuffer backing stores (wasm linear memories are not among them).
import { createServer } from 'node:net';
import { WebSocket } from 'undici';

export interface HeapUsage {
  /** V8 heap bytes in use and reserved. */
  readonly used: number;
  readonly total: number;
  /** Bytes of ArrayBuffer backing stores outside the V8 heap (typed arrays; wasm linear memories are not counted here). */
  readonly backing: number;
}

/** A loopback port free right now (for workerd's inspector). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** One inspector session on a worker (`ws://127.0.0.1:<port>/core:user:<name>`). */
export class IsolateInspector {
  private nextId = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    });
  }

  static async connect(port: number, worker: string): Promise<IsolateInspector> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/core:user:${worker}`);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    return new IsolateInspector(socket);
  }

  /** One CDP command's result (within `seconds`, else an error). */
  async send(method: string, params: Readonly<Record<string, unknown>> = {}, seconds = 5): Promise<unknown> {
    const id = ++this.nextId;
    const result = await new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${seconds} s`)), seconds * 1000);
      this.pending.set(id, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
    this.pending.delete(id);
    return result;
  }

  /** The heap now (within 5 s, else an error). */
  async usage(): Promise<HeapUsage> {
    const usage = (await this.send('Runtime.getHeapUsage')) as { usedSize?: number; totalSize?: number; backingStorageSize?: number };
    return { used: usage.usedSize ?? NaN, total: usage.totalSize ?? NaN, backing: usage.backingStorageSize ?? NaN };
  }

  close(): void {
    this.socket.close();
  }
}

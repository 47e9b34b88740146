// The WebAssembly API the edge build uses, typed here (Node's types lack it and the DOM library is not loaded).

/** A compiled module (what `import x from './a.wasm'` gives in workerd and with `?module` in Vercel's edge). */
export interface WasmModule {
  readonly __wasmModule?: never;
}
export interface WasmInstance {
  readonly exports: Readonly<Record<string, unknown>>;
}
export type WasmImports = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

interface WebAssemblyApi {
  /** Compiling from bytes (`new Module(bytes)`, `compile`) is refused in workerd and Vercel's edge: there the entries import compiled modules. */
  readonly Module: (new (bytes: ArrayBuffer | Uint8Array) => WasmModule) & { imports(module: WasmModule): readonly { readonly module: string; readonly name: string; readonly kind: string }[] };
  readonly Instance: new (module: WasmModule, imports: WasmImports) => WasmInstance;
  instantiate(module: WasmModule, imports: WasmImports): Promise<WasmInstance>;
  instantiate(bytes: ArrayBuffer | Uint8Array, imports: WasmImports): Promise<{ instance: WasmInstance; module: WasmModule }>;
  compile(bytes: ArrayBuffer | Uint8Array): Promise<WasmModule>;
}

/** An exported memory (its buffer is replaced, and views on the old one emptied, when it grows). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

export const webAssembly = (globalThis as unknown as { readonly WebAssembly: WebAssemblyApi }).WebAssembly;

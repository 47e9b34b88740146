// Wasm imports of the edge entries: workerd (wrangler) and Vercel's edge (`?module`) give a compiled WebAssembly.Module.
declare module '*.wasm' {
  const module: import('../edge/wasm.js').WasmModule;
  export default module;
}
declare module '*.wasm?module' {
  const module: import('../edge/wasm.js').WasmModule;
  export default module;
}

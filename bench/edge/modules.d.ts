// Modules the edge benchmark's bundler provides: the cards as JSON, and fonts as workerd Data modules (ArrayBuffer).
declare module 'bench:cards' {
  const cards: Readonly<Record<string, unknown>>;
  export default cards;
}
declare module '*.ttf' {
  const data: ArrayBuffer;
  export default data;
}
declare module '*.wasm' {
  const module: unknown;
  export default module;
}
declare module 'bench:vercel-og' {
  export { ImageResponse } from '@vercel/og';
}

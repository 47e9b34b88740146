// Type declarations for the hyphen package's English (US) hyphenator (Liang patterns).
declare module 'hyphen/en-us/index.js' {
  interface Hyphenator {
    hyphenateSync(text: string, options?: { readonly hyphenChar?: string; readonly minWordLength?: number }): string;
  }
  const hyphenator: Hyphenator;
  export default hyphenator;
}

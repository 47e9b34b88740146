// Type declarations for the parts of unicode-properties (Unicode character data) that ogsmith uses.
declare module 'unicode-properties' {
  /** The Unicode Script property value's long name, e.g. "Latin", "Arabic", "Common", "Inherited". */
  export function getScript(codePoint: number): string;
  export function isMark(codePoint: number): boolean;
}

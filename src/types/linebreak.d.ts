// Type declarations for the linebreak package (UAX #14 break opportunities).
declare module 'linebreak' {
  export interface Break {
    readonly position: number;
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}

// Types of dist/edge/default-font-data.js (written by scripts/build-edge.mjs): Inter Regular and Bold, Latin subset, base64.
export declare const INTER_LATIN_400: string;
export declare const INTER_LATIN_700: string;

// Types of cards.mjs: card name → element tree (plain JSON data).
export function edgeBenchCards(): Readonly<Record<string, unknown>>;

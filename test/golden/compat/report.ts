// Dev tool: compares every compatibility case with Chromium and prints the figures (satori-derived cases satori supports, example cards) that match the browser.
// Usage: npx tsx test/golden/compat/report.ts [name-substring]; failing renders go to test/golden/render/_actual/.
import { keepActual } from '../render/approved.js';
import { compareWithBrowser, loadCompatCases } from './compat-cases.js';

const filter = process.argv[2];
const tally = { supported: 0, supportedMatching: 0, other: 0, otherMatching: 0, cards: 0, cardsMatching: 0 };
for (const fixture of loadCompatCases()) {
  const { c } = fixture;
  if (filter && !c.name.includes(filter)) continue;
  const outcome = await compareWithBrowser(fixture);
  const matches = outcome.kind === 'match';
  if (c.name.startsWith('og-')) { tally.cards++; if (matches) tally.cardsMatching++; } else if (c.satori.supported) { tally.supported++; if (matches) tally.supportedMatching++; } else { tally.other++; if (matches) tally.otherMatching++; }
  const detail = outcome.kind === 'match' ? `${(outcome.share * 100).toFixed(2)}%` : outcome.kind === 'pixels' ? `${(outcome.share * 100).toFixed(2)}% of pixels differ` : outcome.kind === 'layout' ? outcome.problems.slice(0, 4).join(' | ') : outcome.message;
  if (outcome.kind === 'pixels') keepActual(c.name, outcome.png);
  console.log(`${matches ? 'ok  ' : outcome.kind.toUpperCase().padEnd(4)} ${c.satori.supported ? ' ' : '*'} ${c.name}  ${detail}`);
}
console.log(`\nsatori supports ${tally.supported} cases: ${tally.supportedMatching} of ${tally.supported} match Chromium (${((tally.supportedMatching / Math.max(1, tally.supported)) * 100).toFixed(1)}%)`);
console.log(`cases satori does not support (*): ${tally.otherMatching} of ${tally.other} match`);
console.log(`example cards of the @vercel/og docs and og-playground: ${tally.cardsMatching} of ${tally.cards} match`);

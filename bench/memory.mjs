// Memory soak: 5,000 renders in a row; prints RSS every 500 renders so a leak shows as a rising line.
import { render } from '../dist/index.js';
import { sampleCards } from '../dist/samples/cards.js';

const RENDERS = Number(process.env.BENCH_RENDERS ?? 5000);
const cards = Object.values(sampleCards);
const mb = (bytes) => Math.round(bytes / 1024 / 1024);
const samples = [];
const start = performance.now();
for (let i = 1; i <= RENDERS; i++) {
  await render(cards[i % cards.length], { width: 1200, height: 630 });
  if (i % 500 === 0) {
    samples.push({ renders: i, 'rss MB': mb(process.memoryUsage().rss), 'heap MB': mb(process.memoryUsage().heapUsed), 'external MB': mb(process.memoryUsage().external) });
  }
}
console.log(`${RENDERS} renders in ${((performance.now() - start) / 1000).toFixed(1)} s`);
console.table(samples);
const firstHalf = samples.slice(1, Math.ceil(samples.length / 2)).map((s) => s['rss MB']);
const secondHalf = samples.slice(Math.ceil(samples.length / 2)).map((s) => s['rss MB']);
const avg = (values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
console.log(`RSS average after warm-up: first half ${avg(firstHalf).toFixed(0)} MB, second half ${avg(secondHalf).toFixed(0)} MB`);

// Lighthouse (mobile, simulated throttling, performance only) on the release dist/ served
// gzip-compressed as a static host does; prints the median of RUNS runs against the
// targets of the README ("Performance"). Usage: node scripts/lighthouse.mjs [RUNS]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUIET_CHROMIUM_FLAGS } from './perf-page.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const PORT = 4176;
const server = spawn('node', ['scripts/static-server.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const runs = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    const out = join(dir, `run-${i}.json`);
    execFileSync('lighthouse', [
      `http://127.0.0.1:${PORT}/`, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
      `--chrome-flags=${QUIET_CHROMIUM_FLAGS.join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: 'inherit' });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const audit = (id) => report.audits[id].numericValue;
    runs.push({
      performance: Math.round(report.categories.performance.score * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
      dom: audit('dom-size'),
      longTasks: (report.audits['long-tasks']?.details?.items ?? []).map((task) => Math.round(task.duration)),
    });
    if (process.env.LIGHTHOUSE_KEEP) writeFileSync(join(process.env.LIGHTHOUSE_KEEP, `run-${i}.json`), JSON.stringify(report));
  }
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
const median = (key) => {
  const sorted = runs.map((run) => run[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const line = (label, value, target, ok) => console.log(`${label.padEnd(26)} ${value.padStart(10)}   target ${target.padEnd(9)} ${ok ? 'met' : 'MISSED'}`);
console.log(`Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile, simulated throttling, gzip-served, median of ${runs.length}`);
line('performance', String(median('performance')), '>= 95', median('performance') >= 95);
line('largest contentful paint', `${(median('lcp') / 1000).toFixed(1)} s`, '<= 2.0 s', median('lcp') <= 2000);
line('total blocking time', `${Math.round(median('tbt'))} ms`, '<= 150 ms', median('tbt') <= 150);
line('cumulative layout shift', median('cls').toFixed(3), '0', median('cls') === 0);
console.log(`${'first contentful paint'.padEnd(26)} ${`${(median('fcp') / 1000).toFixed(1)} s`.padStart(10)}`);
console.log(`${'transferred'.padEnd(26)} ${`${Math.round(median('bytes') / 1024)} KiB`.padStart(10)}`);
console.log(`${'DOM elements'.padEnd(26)} ${String(median('dom')).padStart(10)}`);
// The spread shows how much one median can be trusted on a shared machine.
console.log(`each run: performance ${runs.map((run) => run.performance).join(' / ')}; TBT ${runs.map((run) => Math.round(run.tbt)).join(' / ')} ms; long tasks (ms, simulated) ${runs.map((run) => run.longTasks.join('+') || 'none').join(' / ')}`);

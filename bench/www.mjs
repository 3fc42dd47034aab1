// The admin page (www/) in headless Chromium: what it downloads, by file (raw and gzip -9), and its time
// to interactive, beside the same figures for the same create form built on nylas-agent-accounts/checks
// only (bench/www-checks/). Prints Markdown and writes bench/results/www.md.
//
// Downloads are the files the page actually requested (recorded by the browser), measured from disk;
// API calls are not counted. Time to interactive: navigation start → the page's
// `nylas-admin:interactive` mark (the first view rendered, the wasm compiled, controls usable), median
// of 7 loads, each in a fresh Chromium profile (cold cache), on the same server in the same run.
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadavg, cpus } from 'node:os';
import { startWww } from '../scripts/www.mjs';
import { launchChromium } from '../tests/www/helpers/page.mjs';
import { seed } from '../tests/www/helpers/seed.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 7;
const PAGES = {
  'admin page (full client)': '#/accounts/new',
  'same form on /checks only': 'bench-checks/',
};
// After the first load, the admin page visits every view: its views' modules load on first visit, and
// the download counts them all.
const VIEWS = ['/domains', '/accounts', '/accounts/bulk', '/mailbox', '/workspaces', '/policies', '/rules', '/lists', '/webhooks', '/connector'];
const FOLDERS = [['/bench-checks/', 'bench/www-checks/'], ['/pkg/', 'pkg/'], ['/', 'www/']];
const fileOf = (path) => {
  const [prefix, dir] = FOLDERS.find(([p]) => path.startsWith(p));
  const rest = path.slice(prefix.length);
  return `${dir}${rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest}`;
};

const www = await startWww({ emulatorFlags: ['--domain', 'bench.nylas.email'], extraStatic: [['/bench-checks/', `${ROOT}bench/www-checks`]] });
const loadBefore = loadavg()[0];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
try {
  const { accounts } = await seed(www, { apiKey: www.emulator.apiKey, trialDomain: 'bench.nylas.email' });
  VIEWS.push(`/accounts/${accounts[0].id}`, `/mailbox/${accounts[0].id}`);
  for (const [name] of Object.entries(PAGES)) results[name] = { times: [], files: new Set(), first: null };
  // Round-robin, so neither page always runs on a warmer machine.
  for (let run = 0; run < RUNS; run++) {
    for (const [name, target] of Object.entries(PAGES)) {
      const browser = await launchChromium();
      try {
        const page = await browser.context.newPage();
        page.on('request', (request) => {
          const { pathname, origin } = new URL(request.url());
          if (origin === new URL(www.url).origin && !pathname.startsWith('/api/')) results[name].files.add(pathname);
        });
        await page.goto(new URL(target, www.url).href);
        await page.waitForFunction(() => performance.getEntriesByName('nylas-admin:interactive').length > 0, null, { timeout: 30_000 });
        results[name].times.push(await page.evaluate(() => performance.getEntriesByName('nylas-admin:interactive')[0].startTime));
        if (run === 0) {
          results[name].first = new Set(results[name].files);
          if (target.startsWith('#')) {
            for (const hash of VIEWS) {
              await page.evaluate((to) => { location.hash = to; }, hash);
              await page.waitForSelector(`body[data-path="${hash}"] main:not([aria-busy]) h1`);
            }
          }
        }
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await www.close();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [];
const totals = {};
const sum = (rows, key) => rows.reduce((s, r) => s + r[key], 0);
for (const [name, { files, first }] of Object.entries(results)) {
  const rows = [...files].sort().map((path) => {
    const body = readFileSync(`${ROOT}${fileOf(path)}`);
    return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, first: first.has(path) };
  });
  const firstRows = rows.filter((r) => r.first);
  totals[name] = { raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip'), count: rows.length,
    firstCount: firstRows.length, firstGzip: sum(firstRows, 'gzip') };
  lines.push(`**${name}**: ${rows.length} files`, '', '| file | bytes | gzip -9 | first screen |', '|---|---|---|---|',
    ...rows.map((r) => `| \`${r.path}\` | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.first ? 'yes' : 'on its view\'s first visit'} |`),
    `| **total** | **${kb(totals[name].raw)}** | **${kb(totals[name].gzip)}** | ${totals[name].firstCount} files, ${kb(totals[name].firstGzip)} gzip |`, '');
}
const summary = ['| page | files (first screen) | bytes, every view | gzip -9, every view | gzip -9, first screen | time to interactive (median of 7) |', '|---|---|---|---|---|---|',
  ...Object.keys(results).map((name) => `| ${name} | ${totals[name].count} (${totals[name].firstCount}) | ${kb(totals[name].raw)} | ${kb(totals[name].gzip)} | ${kb(totals[name].firstGzip)} | ${median(results[name].times).toFixed(1)} ms |`)];
const report = [
  'The admin page in headless Chromium (Debian\'s, via playwright-core), served by `scripts/www.mjs` from 127.0.0.1',
  'with the handler in front of the emulator. Downloads: every file the page requested (API calls not counted),',
  'gzip -9 from disk, on the first screen (the create form) and after a visit to every view (views load on first visit).',
  'Time to interactive: navigation start to the first view rendered with its controls usable',
  '(the page\'s `nylas-admin:interactive` mark: module graph loaded, wasm compiled), in a fresh profile each load,',
  `median of ${RUNS}, both pages round-robin in one run. The baseline is the same create form (address problems,`,
  'app-password checklist) on `nylas-agent-accounts/checks` alone (`bench/www-checks/`): no client, no API calls.',
  `Machine load (1-minute average) at the start of this run: ${loadBefore.toFixed(1)} on ${cpus().length} cores, shared with`,
  'other builds: read the times side by side, as a ratio, not as absolutes.',
  '', ...summary, '', ...lines,
].join('\n');
console.log(report);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/www.md', import.meta.url), `${report}\n`);

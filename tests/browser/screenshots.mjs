// Screenshots of a folder's diagrams and report page in Debian's Chromium,
// for docs/ (the README shows them):
//
//   node tests/browser/screenshots.mjs NAME DIR OUT_DIR
//
// DIR holds people.svg, focus.svg and index.html (newskg build, or newskg
// render/report). Writes OUT_DIR/NAME-people.png and NAME-focus.png (the
// whole drawing at 100%, at most 5000 px a side), NAME-report.png (the page
// at 1440x1000) and NAME-panel.png (the page with the most quoted entity's
// panel open), and prints how long the page took to become usable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../store/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [name, dir, outDir] = process.argv.slice(2);
if (!name || !dir || !outDir) {
  console.error('usage: screenshots.mjs NAME DIR OUT_DIR');
  process.exit(2);
}
const MAX = Number(process.env.NEWSKG_SCREENSHOT_MAX || 5000);
fs.mkdirSync(outDir, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newskg-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.NEWSKG_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
try {
  for (const view of ['people', 'focus']) {
    const file = path.join(dir, `${view}.svg`);
    if (!fs.existsSync(file)) continue;
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const [w, h] = await page.evaluate(() => {
      const svg = document.querySelector('svg');
      return [parseFloat(svg.getAttribute('width')), parseFloat(svg.getAttribute('height'))];
    });
    await page.setViewportSize({ width: Math.min(MAX, Math.ceil(w * 4 / 3)), height: Math.min(MAX, Math.ceil(h * 4 / 3)) });
    await page.screenshot({ path: path.join(outDir, `${name}-${view}.png`) });
    await page.close();
  }
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href, { waitUntil: 'load' });
  await page.waitForSelector('#statements tbody tr.row');
  const loaded = Date.now() - t0;
  const t1 = Date.now();
  await page.fill('#search', 'blair');
  await page.waitForFunction(() => document.getElementById('st-count').textContent.includes(' of '));
  const searched = Date.now() - t1;
  await page.fill('#search', '');
  await page.waitForFunction(() => !document.getElementById('st-count').textContent.includes(' of '));
  await page.screenshot({ path: path.join(outDir, `${name}-report.png`) });
  const statements = await page.evaluate(() => JSON.parse(document.getElementById('newskg-data').textContent).statements.length);
  // The panel of the entity with the most statements about it in the diagram.
  await page.evaluate(() => {
    const data = JSON.parse(document.getElementById('newskg-data').textContent);
    const said = new Map();
    data.statements.forEach((s) => s.sp.forEach((e) => said.set(e, (said.get(e) || 0) + 1)));
    let best = -1;
    for (const [e, n] of said) if (data.entities[e].t === 'Person' && (best < 0 || n > said.get(best))) best = e;
    const g = best >= 0 && document.getElementById('n:' + data.entities[best].k);
    if (g) g.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await page.waitForSelector('#panel:not([hidden])', { timeout: 5000 }).catch(() => {});
  await page.click('#statements tbody tr.row td.quote-cell >> nth=0');
  await page.screenshot({ path: path.join(outDir, `${name}-panel.png`) });
  console.log(`${name}: ${statements} statements; page usable in ${loaded} ms, a search in ${searched} ms`);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

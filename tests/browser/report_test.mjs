// The report page and the diagrams in a real browser: Debian's Chromium,
// driven by playwright-core (from tests/store's npm packages) with
// executablePath=/usr/bin/chromium; nothing downloads a browser.
//
//   node tests/browser/report_test.mjs build/newskg ../shared build/browser
//
// For the seeds, the BBC politics folder and an article with markup in its
// quotes: builds the graph, writes the page (newskg report) and the diagrams
// (newskg render people / focus), opens them and checks that
//   - the page loads nothing from the network and raises no script error;
//   - the diagram and the statements table render; searching filters the
//     table; clicking a node opens its entity panel, an edge its evidence;
//   - an injected <script> (or onerror handler) in an article never runs and
//     shows as text;
//   - no two labels of the SVGs overlap, measured with the browser's own
//     text boxes (getBBox).
// Screenshots go to OUT/screenshots. Without Chromium the test fails: it
// never skips.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../store/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [newskg, shared, outArg] = process.argv.slice(2);
if (!newskg || !shared || !outArg) {
  console.error('usage: report_test.mjs NEWSKG SHARED_DIR OUT_DIR');
  process.exit(2);
}
const out = path.resolve(outArg);
const shots = path.join(out, 'screenshots');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(shots, { recursive: true });
const CHROMIUM = process.env.NEWSKG_CHROMIUM || '/usr/bin/chromium';

let passed = 0, failed = 0;
function check(ok, what) {
  if (ok) {
    passed++;
    console.log(`ok: ${what}`);
  } else {
    failed++;
    console.log(`FAILED: ${what}`);
  }
}

function run(...args) {
  return execFileSync(newskg, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
                                      maxBuffer: 1 << 28 });
}

// Graph, page and diagrams of one corpus, in OUT/NAME.
function prepare(name, inputs) {
  const dir = path.join(out, name);
  run('build', '-q', '--format', 'ttl', '-o', dir, ...inputs);
  const graph = path.join(dir, 'graph.ttl');
  run('report', '--graph', graph, '-o', path.join(dir, 'index.html'), '--title', `newskg: ${name}`);
  run('render', '--graph', graph, 'people', '-o', path.join(dir, 'people.svg'));
  const quoted = mostQuoted(graph);
  if (quoted) run('render', '--graph', graph, 'focus', quoted, '-o', path.join(dir, 'focus.svg'));
  return dir;
}

// The speaker with the most statements, by `newskg query said --json`.
function mostQuoted(graph) {
  const rows = JSON.parse(run('query', '--graph', graph, '--json', 'said'));
  const counts = new Map();
  for (const r of rows)
    for (const s of r.speakers || []) if (s.kind === 'Person') counts.set(s.key, (counts.get(s.key) || 0) + 1);
  let best = null;
  for (const [key, n] of counts) if (!best || n > best[1] || (n === best[1] && key < best[0])) best = [key, n];
  if (!best) return null;
  const row = rows.find((r) => (r.speakers || []).some((s) => s.key === best[0]));
  return row.speakers.find((s) => s.key === best[0]).label;
}

// Pairs of <text> elements whose boxes overlap, in SVG user units: the
// width Chromium measures (getBBox), the height of the glyphs from the
// baseline (0.76 em above, 0.24 em below: getBBox's height is the whole line
// box, which the lines of one label share by design).
async function labelOverlaps(page, selector) {
  return page.evaluate((sel) => {
    const svg = document.querySelector(sel);
    const boxes = [];
    for (const t of svg.querySelectorAll('text')) {
      if (!t.textContent.trim()) continue;
      const b = t.getBBox();
      const y = parseFloat(t.getAttribute('y'));
      const size = parseFloat(t.getAttribute('font-size') || '14');
      boxes.push({ text: t.textContent, x0: b.x, y0: y - 0.76 * size, x1: b.x + b.width, y1: y + 0.24 * size });
    }
    const bad = [];
    const tol = 0.5;
    boxes.sort((a, b) => a.x0 - b.x0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length && boxes[j].x0 < boxes[i].x1 - tol; j++) {
        const a = boxes[i], b = boxes[j];
        if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tol && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tol)
          bad.push(`${a.text} / ${b.text}`);
      }
    return { count: boxes.length, bad };
  }, selector);
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newskg-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1440, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Every request a page makes other than its own file is a failure: the
// page must work offline from one file.
const foreign = [];
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
  foreign.push(url);
  return route.abort();
});

async function open(file) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors };
}

async function checkDiagram(dir, name, file) {
  const svgFile = path.join(dir, file);
  if (!fs.existsSync(svgFile)) {
    check(false, `${name}: ${file} written`);
    return;
  }
  const { page } = await open(svgFile);
  const overlaps = await labelOverlaps(page, 'svg');
  check(overlaps.count > 0 && overlaps.bad.length === 0,
        `${name}: ${file}: ${overlaps.count} labels, none overlapping` +
          (overlaps.bad.length ? ` (overlapping: ${overlaps.bad.slice(0, 5).join('; ')})` : ''));
  // The whole drawing at 100% (SVG points are 4/3 px), up to 4000 px a side.
  const size = await page.evaluate(() => {
    const svg = document.querySelector('svg');
    return [parseFloat(svg.getAttribute('width')), parseFloat(svg.getAttribute('height'))];
  });
  await page.setViewportSize({ width: Math.min(4000, Math.ceil(size[0] * 4 / 3)),
                               height: Math.min(4000, Math.ceil(size[1] * 4 / 3)) });
  await page.screenshot({ path: path.join(shots, `${name}-${file.replace('.svg', '')}.png`) });
  await page.close();
}

async function checkReport(dir, name, { expectText } = {}) {
  const { page, errors } = await open(path.join(dir, 'index.html'));
  const nodes = await page.locator('#diagram svg g.node').count();
  check(nodes > 0, `${name}: the diagram shows ${nodes} nodes`);
  const overlaps = await labelOverlaps(page, '#diagram svg');
  check(overlaps.bad.length === 0, `${name}: no overlapping labels in the page's diagram (${overlaps.count} labels)`);

  const total = await page.evaluate(() => JSON.parse(document.getElementById('newskg-data').textContent).statements.length);
  const rows = await page.locator('#statements tbody tr.row').count();
  check(total > 0 && rows === Math.min(total, 100), `${name}: the table shows ${rows} of ${total} statements`);
  await page.screenshot({ path: path.join(shots, `${name}-report.png`) });

  // Lazy rows: scrolling to the end of the table draws the next batch.
  if (total > 100) {
    await page.locator('#more').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('#statements tbody tr.row').length > 100);
    check(true, `${name}: scrolling draws more rows`);
  }

  // Searching filters: the first row's speaker, every row left names it.
  const speaker = (await page.locator('#statements tbody tr.row td').first().innerText()).split(',')[0].trim();
  await page.fill('#search', speaker);
  await page.waitForFunction((s) => {
    const rows = [...document.querySelectorAll('#statements tbody tr.row')];
    return document.getElementById('st-count').textContent.includes(' of ') && rows.length > 0 &&
           rows.every((r) => r.innerText.toLowerCase().includes(s.toLowerCase()));
  }, speaker);
  const filtered = await page.locator('#statements tbody tr.row').count();
  const countText = await page.locator('#st-count').innerText();
  check(filtered > 0 && countText.includes(' of '), `${name}: searching "${speaker}" leaves ${countText}`);
  await page.fill('#search', 'zzqx-no-such-text');
  await page.waitForFunction(() => document.querySelectorAll('#statements tbody tr.row').length === 0);
  check(true, `${name}: a search matching nothing empties the table`);
  await page.fill('#search', '');
  await page.waitForFunction((n) => document.querySelectorAll('#statements tbody tr.row').length === n,
                             Math.min(total, 100));

  // Sorting by speaker.
  await page.click('#statements th[data-key="speaker"]');
  const firstTwo = await page.$$eval('#statements tbody tr.row', (rs) => rs.slice(0, 2).map((r) => r.cells[0].innerText));
  check(firstTwo.length < 2 || firstTwo[0] <= firstTwo[1], `${name}: sorting by speaker`);

  // A row opens to its sentence, the quote marked.
  await page.click('#statements tbody tr.row td.quote-cell >> nth=0');
  const marked = await page.locator('#statements tr.detail .sentence').count();
  check(marked === 1, `${name}: a row opens to its sentence`);

  // Clicking a node opens its entity panel.
  // A real click at the middle of the first node in view.
  await page.evaluate(() => window.scrollTo(0, 0));
  const target = await page.evaluate(() => {
    const box = document.getElementById('diagram').getBoundingClientRect();
    for (const g of document.querySelectorAll('#diagram svg g.node')) {
      const r = g.getBoundingClientRect();
      const x = r.x + r.width / 2, y = r.y + r.height / 2;
      if (x > box.left && x < box.right && y > box.top && y < box.bottom)
        return { x, y, label: [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ') };
    }
    return null;
  });
  check(target !== null, `${name}: a node is in view`);
  const nodeLabel = target.label.replace(/\s+/g, ' ').trim();
  await page.mouse.click(target.x, target.y);
  await page.waitForSelector('#panel:not([hidden])');
  const title = await page.locator('#panel-title').innerText();
  check(title.replace(/\s+/g, ' ').startsWith(nodeLabel), `${name}: clicking "${nodeLabel}" opens its panel ("${title.split('\n')[0]}")`);
  await page.screenshot({ path: path.join(shots, `${name}-entity-panel.png`) });

  // Clicking an edge with evidence lists it.
  const edgeIndex = await page.evaluate(() => {
    const data = JSON.parse(document.getElementById('newskg-data').textContent);
    return data.edges.findIndex((e) => e.ev.length > 0);
  });
  if (edgeIndex >= 0) {
    await page.keyboard.press('Escape');
    await page.evaluate((i) => {
      document.getElementById('e' + i).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }, edgeIndex);
    await page.waitForSelector('#panel:not([hidden])');
    const items = await page.locator('#panel ul.facts li').count();
    check(items > 0, `${name}: clicking edge e${edgeIndex} lists ${items} pieces of evidence`);
    await page.screenshot({ path: path.join(shots, `${name}-edge-panel.png`) });
  }

  // Pan and zoom change the diagram's view box.
  const before = await page.getAttribute('#diagram svg', 'viewBox');
  await page.click('#zoom-in');
  const after = await page.getAttribute('#diagram svg', 'viewBox');
  check(before !== after, `${name}: zooming changes the view`);

  if (expectText) {
    await page.keyboard.press('Escape');
    await page.fill('#search', expectText.search);
    await page.waitForFunction(() => document.querySelectorAll('#statements tbody tr.row').length > 0);
    const shown = await page.locator('#statements tbody').innerText();
    check(shown.includes(expectText.shown), `${name}: the markup in the quote shows as text`);
    const injected = await page.evaluate(() => [window.__newskg_injected, document.querySelectorAll('#statements img, #statements script').length]);
    check(injected[0] === undefined && injected[1] === 0, `${name}: the injected script and handler never ran`);
    await page.screenshot({ path: path.join(shots, `${name}-report.png`) });
  }
  check(errors.length === 0, `${name}: no script errors${errors.length ? ': ' + errors.join(' | ') : ''}`);
  await page.close();
}

try {
  const seeds = prepare('seeds', [path.join(shared, 'corpus/seeds')]);
  await checkReport(seeds, 'seeds');
  await checkDiagram(seeds, 'seeds', 'people.svg');
  await checkDiagram(seeds, 'seeds', 'focus.svg');

  const politics = prepare('bbc-politics', [path.join(shared, 'corpus/bbc/politics')]);
  await checkReport(politics, 'bbc-politics');
  await checkDiagram(politics, 'bbc-politics', 'people.svg');
  await checkDiagram(politics, 'bbc-politics', 'focus.svg');

  // An article whose quotes hold markup.
  const hostileDir = path.join(out, 'hostile-input');
  fs.mkdirSync(hostileDir, { recursive: true });
  fs.writeFileSync(path.join(hostileDir, 'markup.txt'),
    'Minister warns of <script> tags\n\n' +
    'Defence Secretary John Healey said: "Never trust <script>window.__newskg_injected=1</script> ' +
    'or <img src=x onerror="window.__newskg_injected=2"> in a quote."\n\n' +
    'Healey met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.\n');
  const hostile = prepare('hostile', [hostileDir]);
  await checkReport(hostile, 'hostile', { expectText: { search: 'never trust', shown: '<script>window.__newskg_injected=1</script>' } });

  check(foreign.length === 0, `no request left the page's own file${foreign.length ? ': ' + foreign.slice(0, 3).join(', ') : ''}`);
} catch (e) {
  check(false, `browser test ran to the end: ${e && e.stack ? e.stack : e}`);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots: ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

#!/usr/bin/env node
// newskg's RDF in real stores: builds the seeds' graph with the newskg binary,
// loads it into Oxigraph (a SPARQL 1.1 store), runs EVERY query in
// examples/queries/*.rq and checks its answer against what the seed
// articles say, checks that N-Quads named graphs retract one article, and
// validates the graph against schema/shapes.ttl with rdf-validate-shacl.
//
//   usage: node tests/store/store_test.mjs path/to/newskg
//
// Prints one "ok - ..." or "not ok - ..." line per check, then
// "N passed, M failed"; exits 1 when anything failed (including missing
// Node packages: run `npm ci` in tests/store first).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok - ${name}`);
  } else {
    failed += 1;
    console.log(`not ok - ${name}${detail ? `: ${detail}` : ''}`);
  }
  return ok;
}
function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
function fatal(message) {
  failed += 1;
  console.log(`not ok - ${message}`);
  finish();
}

// The packages are required: a store test that cannot run has failed.
let oxigraph, N3, SHACLValidator;
try {
  oxigraph = (await import('oxigraph')).default;
  N3 = (await import('n3')).default;
  SHACLValidator = (await import('rdf-validate-shacl')).default;
} catch (e) {
  fatal(`Node packages missing (run: cd tests/store && npm ci): ${e.message}`);
}

const NKG = 'https://w3id.org/newskg/ontology#';
const RES = 'https://w3id.org/newskg/resource/';
const A000 = '000_627d393c7eb96885';
const A003 = '003_0d3550a95405e0c2';

// ---------------------------------------------------------------------------
// The article texts the offsets point into, rebuilt as newskg's readers
// define them (src/ingest): a plain text file is the text; a Markdown file
// with front matter is title + "\n\n" + the body from its first non-blank
// line. Offsets are code points, so texts are indexed as arrays of them.
// ---------------------------------------------------------------------------
function articleText(file) {
  const raw = fs.readFileSync(file, 'utf8');
  if (!raw.startsWith('---\n')) return raw;
  const close = raw.indexOf('\n---\n', 4);
  const frontMatter = raw.slice(4, close);
  const title = JSON.parse(frontMatter.match(/^title: (".*")$/m)[1]);
  const body = raw.slice(close + 5).replace(/^(?:[ \t]*\n)+/, '');
  return `${title}\n\n${body}`;
}
const articles = {};
for (const id of [A000, A003]) {
  articles[id] = [...articleText(path.join(root, 'examples', 'articles', `${id}.txt`))];
}
const slice = (id, begin, end) => articles[id].slice(Number(begin), Number(end)).join('');
const cp = (s) => [...s];

// ---------------------------------------------------------------------------
// Build the seeds' graph into a scratch folder.
// ---------------------------------------------------------------------------
const newskg = process.argv[2] && path.resolve(process.argv[2]);
if (!newskg || !fs.existsSync(newskg)) fatal(`newskg binary not found: ${newskg}`);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'newskg-store-'));
process.on('exit', () => fs.rmSync(out, { recursive: true, force: true }));
try {
  execFileSync(newskg, ['build', 'examples/articles', '-o', out, '--format', 'ttl,nt,nq', '-q'],
               { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
} catch (e) {
  fatal(`newskg build failed: ${e.message}`);
}
const readOut = (name) => fs.readFileSync(path.join(out, name), 'utf8');

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------
const store = new oxigraph.Store();
try {
  store.load(readOut('graph.ttl'), { format: 'text/turtle' });
} catch (e) {
  fatal(`graph.ttl does not load into Oxigraph: ${e.message}`);
}
check('graph.ttl loads into Oxigraph', store.size > 0, `${store.size} triples`);
{
  const nt = new oxigraph.Store();
  nt.load(readOut('graph.nt'), { format: 'application/n-triples' });
  const missing = nt.match().filter((q) => !store.has(q));
  check('graph.nt holds the same triples as graph.ttl', nt.size === store.size && missing.length === 0,
        `${nt.size} vs ${store.size} triples, ${missing.length} missing`);
}

// Bindings as plain objects of strings.
function select(st, query, options) {
  return st.query(query, options).map((b) => {
    const row = {};
    for (const [k, v] of b) row[k] = v.value;
    return row;
  });
}
const count = (st, query, options) => Number(select(st, query, options)[0].n);
const prefixes = `PREFIX nkg: <${NKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> `;
const totalStatements = count(store, `${prefixes} SELECT (COUNT(*) AS ?n) { ?s a nkg:Statement }`);
const totalSaid = count(store, `${prefixes} SELECT (COUNT(*) AS ?n) { ?p nkg:said ?s }`);

// ---------------------------------------------------------------------------
// One checker per example query. Expectations come from reading the seed
// articles (quoted in the comments), not from newskg's output.
// ---------------------------------------------------------------------------
const has = (rows, pred) => rows.some(pred);
const startsWith = (s, prefix) => typeof s === 'string' && s.startsWith(prefix);
const aboutList = (row) => (row.about ? row.about.split(' | ') : []);

// The statement's offsets point at its text in the article: the span is the
// text, or (a direct quote in pieces, "“A,” he said. “B.”") starts with the
// text's first words and ends with its last.
function spanMatchesText(row) {
  const span = slice(row.article, row.begin, row.end);
  if (span === row.text) return true;
  const t = cp(row.text);
  return row.kind === 'direct' && span.startsWith(t.slice(0, 20).join('')) &&
         span.endsWith(t.slice(-10).join(''));
}

const checkers = {
  'said.rq': (rows) => {
    check('said.rq: answers', rows.length > 0 && rows.length === totalStatements,
          `${rows.length} rows for ${totalStatements} statements`);
    const bad = rows.filter((r) => !['direct', 'indirect'].includes(r.kind) || !r.speaker);
    check('said.rq: every statement has a speaker and a kind direct/indirect', bad.length === 0,
          JSON.stringify(bad[0]));
    const badSpan = rows.filter((r) => !spanMatchesText(r));
    check('said.rq: beginIndex/endIndex point at the statement in the article text',
          badSpan.length === 0,
          badSpan.map((r) => `${r.statement} "${slice(r.article, r.begin, r.end)}"`).join('; '));
    const badSentence = rows.filter((r) =>
      slice(r.article, r.sentenceBegin, r.sentenceEnd) !== r.sentence ||
      !(Number(r.sentenceBegin) <= Number(r.begin) && Number(r.end) <= Number(r.sentenceEnd)));
    check('said.rq: the sentence is the article text at sentenceBegin/End and contains the statement',
          badSentence.length === 0, badSentence.map((r) => r.statement).join('; '));
    // 000: "“To be clear, as part of any security guarantee, there will not be
    // U.S. troops deployed to Ukraine,” he added." (he: Hegseth)
    check('said.rq: Hegseth: "To be clear, ... there will not be U.S. troops deployed to Ukraine" (direct, about Ukraine, 000)',
          has(rows, (r) => r.speaker === 'Pete Hegseth' && r.kind === 'direct' && r.article === A000 &&
                           startsWith(r.text, 'To be clear, as part of any security guarantee, there will not be U.S. troops deployed to Ukraine') &&
                           aboutList(r).includes('Ukraine')));
    // 003: "“This is a complete capitulation to Putin,” Alexander Vindman ... said on X."
    check('said.rq: Vindman: "This is a complete capitulation to Putin" (direct, about Putin, 003)',
          has(rows, (r) => r.speaker === 'Alexander Vindman' && r.kind === 'direct' && r.article === A003 &&
                           startsWith(r.text, 'This is a complete capitulation to Putin') &&
                           aboutList(r).includes('Vladimir Putin')));
    // 003: "a slogan voiced frequently by Antony Blinken ...: “Nothing about Ukraine without Ukraine.”"
    check('said.rq: Blinken: "Nothing about Ukraine without Ukraine." (direct, about Ukraine, 003)',
          has(rows, (r) => r.speaker === 'Antony Blinken' && r.article === A003 &&
                           startsWith(r.text, 'Nothing about Ukraine without Ukraine') &&
                           aboutList(r).includes('Ukraine')));
    // 000: "“There can be no negotiation about Ukraine without Ukraine. ...,”
    // British Defense Secretary John Healey told reporters"
    check('said.rq: Healey: "There can be no negotiation about Ukraine without Ukraine" (direct, 000)',
          has(rows, (r) => r.speaker === 'John Healey' && r.kind === 'direct' && r.article === A000 &&
                           startsWith(r.text, 'There can be no negotiation about Ukraine without Ukraine') &&
                           aboutList(r).includes('Ukraine')));
    // 003: "Hegseth said Ukraine’s desire for membership in the North Atlantic
    // Treaty Organization isn’t a realistic outcome ..."
    check('said.rq: Hegseth said Ukraine\'s NATO membership isn\'t realistic (indirect, about NATO and Ukraine, 003)',
          has(rows, (r) => r.speaker === 'Pete Hegseth' && r.kind === 'indirect' && r.article === A003 &&
                           startsWith(r.text, 'Ukraine’s desire for membership in the North Atlantic Treaty Organization isn’t a realistic outcome') &&
                           aboutList(r).includes('NATO') && aboutList(r).includes('Ukraine')));
    // 003: "Volodymyr Zelenskiy, who has said that he sees a US role as essential ..."
    check('said.rq: Zelenskiy sees a US role as essential (indirect, about the United States, 003)',
          has(rows, (r) => r.speaker === 'Volodymyr Zelenskiy' && r.kind === 'indirect' &&
                           startsWith(r.text, 'he sees a US role as essential') &&
                           aboutList(r).includes('United States')));
    return rows;
  },

  'said_about.rq': (rows, all) => {
    const expected = all['said.rq'].filter((r) => aboutList(r).includes('Ukraine'));
    const key = (r) => `${r.article}/${r.begin}-${r.end}/${r.speaker}`;
    const got = new Set(rows.map(key));
    check('said_about.rq: exactly the statements said.rq lists as about Ukraine',
          rows.length === expected.length && expected.every((r) => got.has(key(r))),
          `${rows.length} rows, ${expected.length} expected`);
    check('said_about.rq: includes Blinken, Healey, Backes and Hegseth on Ukraine',
          ['Antony Blinken', 'John Healey', 'Yuriko Backes', 'Pete Hegseth'].every((who) =>
            has(rows, (r) => r.speaker === who)));
    // 003: "Nato Secretary General Mark Rutte touted a 20 per cent increase in
    // defense spending from non-US Nato allies" is about NATO, not Ukraine.
    check('said_about.rq: leaves out statements not about Ukraine (Rutte on NATO spending)',
          !has(rows, (r) => startsWith(r.text, 'touted a 20 per cent increase')) &&
          has(all['said.rq'], (r) => startsWith(r.text, 'touted a 20 per cent increase')));
    check('said_about.rq: every row has its sentence from the article',
          rows.every((r) => r.sentence.length > 0 && spanMatchesText(r)));
  },

  'met.rq': (rows) => {
    const pair = (a, b) => (r) => (r.person === a && r.other === b) || (r.person === b && r.other === a);
    // 003: "Zelenskiy ... reaffirmed Wednesday after meeting with US Treasury
    // Secretary Scott Bessent." The article is dated 2025-02-13 01:55:25.
    check('met.rq: Zelenskiy met Scott Bessent (003, dated 2025-02-13)',
          has(rows, (r) => pair('Volodymyr Zelenskiy', 'Scott Bessent')(r) && r.article === A003 &&
                           r.date === '2025-02-13 01:55:25' && r.sentence.includes('meeting with')));
    // 000: "Ukraine’s Defence Minister Rustem Umerov meeting with UK Secretary
    // of State for Defence John Healey" (000 has no date).
    check('met.rq: Rustem Umerov met John Healey (000, no date)',
          has(rows, (r) => pair('Rustem Umerov', 'John Healey')(r) && r.article === A000 && r.date === undefined));
    check('met.rq: every meeting sentence is the article text at its offsets',
          rows.length > 0 && rows.every((r) => slice(r.article, r.begin, r.end) === r.sentence));
    const surname = (name) => name.split(' ').pop();
    check('met.rq: every meeting sentence names both people',
          rows.every((r) => r.sentence.includes(surname(r.person)) && r.sentence.includes(surname(r.other))),
          rows.filter((r) => !r.sentence.includes(surname(r.person))).map((r) => r.person).join(', '));
  },

  'positions.rq': (rows) => {
    check('positions.rq: every topic is about membership, with a known stance',
          rows.length > 0 && rows.every((r) => r.topic.toLowerCase().includes('membership') &&
                                               ['support', 'oppose', 'other'].includes(r.stance)));
    check('positions.rq: every evidence sentence is the article text at its offsets',
          rows.every((r) => slice(r.article, r.begin, r.end) === r.sentence));
    // 003 headline: "US defence secy Hegseth rejects troops support, Nato membership for Ukraine".
    check('positions.rq: Hegseth opposes NATO membership for Ukraine (003, with NATO as topic entity)',
          has(rows, (r) => r.holder === 'Pete Hegseth' && r.stance === 'oppose' && r.article === A003 &&
                           (r.topicEntities || '').split(' | ').includes('NATO')));
    // 003: "Zelenskiy has insisted that eventual membership in Nato must remain a recognized goal"
    check('positions.rq: Zelenskiy supports eventual membership in NATO (003)',
          has(rows, (r) => r.holder === 'Volodymyr Zelenskiy' && r.stance === 'support' &&
                           r.topic.includes('membership in Nato') && r.sentence.startsWith('Zelenskiy has insisted')));
  },

  'most_quoted.rq': (rows) => {
    // Hegseth is the speaker of both articles (the speech at NATO).
    check('most_quoted.rq: Pete Hegseth is the most quoted, ahead of everyone else',
          rows.length > 1 && rows[0].speaker === 'Pete Hegseth' &&
          Number(rows[0].statements) > Number(rows[1].statements),
          rows.slice(0, 2).map((r) => `${r.speaker} ${r.statements}`).join(', '));
    check('most_quoted.rq: counts add up to every nkg:said link, direct quotes within them',
          rows.reduce((n, r) => n + Number(r.statements), 0) === totalSaid &&
          rows.every((r) => Number(r.direct) <= Number(r.statements)));
    check('most_quoted.rq: the quoted include Vindman, Blinken, Trudeau and Healey',
          ['Alexander Vindman', 'Antony Blinken', 'Justin Trudeau', 'John Healey'].every((who) =>
            has(rows, (r) => r.speaker === who && Number(r.direct) >= 1)));
  },

  'statements_per_article.rq': (rows) => {
    const byId = Object.fromEntries(rows.map((r) => [r.article, r]));
    check('statements_per_article.rq: one row per seed article',
          rows.length === 2 && byId[A000] && byId[A003]);
    check('statements_per_article.rq: both articles have statements, adding up to all of them',
          rows.every((r) => Number(r.statements) > 0) &&
          rows.reduce((n, r) => n + Number(r.statements), 0) === totalStatements);
    check('statements_per_article.rq: titles and dates are the articles\'',
          byId[A000]?.title === articles[A000].join('').split('\n')[0] && byId[A000]?.date === undefined &&
          byId[A003]?.title === 'US defence secy Hegseth rejects troops support, Nato membership for Ukraine' &&
          byId[A003]?.date === '2025-02-13 01:55:25');
  },

  'roles.rq': (rows) => {
    const holds = (who, title, of) => has(rows, (r) => r.holder === who && r.title === title && r.of === of);
    // 000: "U.S. Defense Secretary Pete Hegseth"
    check('roles.rq: Pete Hegseth is Defense Secretary of the United States',
          holds('Pete Hegseth', 'Defense Secretary', 'United States'));
    // 000/003: "NATO Secretary General Mark Rutte"
    check('roles.rq: Mark Rutte is Secretary General of NATO', holds('Mark Rutte', 'Secretary General', 'NATO'));
    // 000: "German Defense Minister Boris Pistorius"
    check('roles.rq: Boris Pistorius is Defense Minister of Germany',
          holds('Boris Pistorius', 'Defense Minister', 'Germany'));
    // 000: "Ukraine's Defence Minister Rustem Umerov"
    check('roles.rq: Rustem Umerov is Defence Minister of Ukraine',
          holds('Rustem Umerov', 'Defence Minister', 'Ukraine'));
  },

  'names.rq': (rows) => {
    const found = (typed) => rows.filter((r) => r.typed === typed);
    const one = (typed, label, kind) => {
      const f = found(typed);
      return f.length === 1 && f[0].label === label && f[0].kind === kind;
    };
    check('names.rq: "nato" is the organization NATO', one('nato', 'NATO', 'Organization'), JSON.stringify(found('nato')));
    check('names.rq: "us" is the country United States', one('us', 'United States', 'Country'), JSON.stringify(found('us')));
    check('names.rq: "hegseth" is the person Pete Hegseth', one('hegseth', 'Pete Hegseth', 'Person'), JSON.stringify(found('hegseth')));
  },
};

const queryDir = path.join(root, 'examples', 'queries');
const queryFiles = fs.readdirSync(queryDir).filter((f) => f.endsWith('.rq')).sort();
check('examples/queries has queries', queryFiles.length > 0);
// said.rq first: other checks compare against its answer.
queryFiles.sort((a, b) => (a === 'said.rq' ? -1 : b === 'said.rq' ? 1 : a.localeCompare(b)));
const answers = {};
for (const file of queryFiles) {
  let rows;
  try {
    rows = select(store, fs.readFileSync(path.join(queryDir, file), 'utf8'));
  } catch (e) {
    check(`${file}: runs in Oxigraph`, false, e.message);
    continue;
  }
  answers[file] = rows;
  const checker = checkers[file];
  if (!check(`${file}: has an expected answer in store_test.mjs`, checker !== undefined)) continue;
  try {
    checker(rows, answers);
  } catch (e) {
    check(`${file}: checks ran`, false, e.stack);
  }
}

// ---------------------------------------------------------------------------
// N-Quads: one named graph per article, so dropping it retracts the article.
// ---------------------------------------------------------------------------
{
  const quads = new oxigraph.Store();
  quads.load(readOut('graph.nq'), { format: 'application/n-quads' });
  const g000 = `${RES}graph/000-627d393c7eb96885`;
  const a000 = `${RES}article/000-627d393c7eb96885`;
  const union = { use_default_graph_as_union: true };
  const perArticle = (n) => count(quads, `${prefixes} SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <${g000}> { ?s a nkg:Statement } }`) === n;
  const in000 = answers['statements_per_article.rq']?.find((r) => r.article === A000);
  check('graph.nq: the statements of 000 are in its named graph', in000 && perArticle(Number(in000.statements)));
  check('graph.nq: the union of its graphs answers said.rq like graph.ttl',
        select(quads, fs.readFileSync(path.join(queryDir, 'said.rq'), 'utf8'), union).length === totalStatements);
  quads.update(`DROP GRAPH <${g000}>`);
  const left = (q) => count(quads, `${prefixes} SELECT (COUNT(*) AS ?n) { ${q} }`, union);
  check('graph.nq: dropping graph 000 removes its statements, meetings and positions',
        left(`?s nkg:article <${a000}>`) === 0 && left(`<${a000}> ?p ?o`) === 0);
  check('graph.nq: ... and the said links to them',
        left(`?who nkg:said ?s . FILTER(STRSTARTS(STR(?s), "${RES}statement/000-"))`) === 0);
  const in003 = answers['statements_per_article.rq']?.find((r) => r.article === A003);
  check('graph.nq: the other article\'s statements stay, each with its speaker',
        in003 && left('?s a nkg:Statement') === Number(in003.statements) &&
        left('?s a nkg:Statement . ?who nkg:said ?s') === Number(in003.statements));
  check('graph.nq: entity descriptions stay (res:graph/entities)',
        left(`<${RES}person/pete-hegseth> rdfs:label "Pete Hegseth"`) === 1);
}

// ---------------------------------------------------------------------------
// SHACL: the seeds' graph conforms to schema/shapes.ttl; a broken one does not.
// ---------------------------------------------------------------------------
{
  const parse = (text) => new N3.Parser().parse(text);
  const shapes = new N3.Store(parse(fs.readFileSync(path.join(root, 'schema', 'shapes.ttl'), 'utf8')));
  const validate = async (quadList) => new SHACLValidator(shapes).validate(new N3.Store(quadList));
  const seeds = parse(readOut('graph.ttl'));
  const report = await validate(seeds);
  check('shapes.ttl: the seeds\' graph conforms', report.conforms,
        report.results.slice(0, 5).map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value)}`).join('; '));

  // With --unnamed-sources (an invented article, tests/data/unnamed): the
  // nkg:UnnamedSource speakers conform too, and are what the shapes expect.
  {
    const unnamedOut = fs.mkdtempSync(path.join(os.tmpdir(), 'newskg-unnamed-'));
    try {
      execFileSync(newskg, ['build', 'tests/data/unnamed', '--unnamed-sources', '-o', unnamedOut,
                            '--format', 'ttl', '-q'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
      const quads = parse(fs.readFileSync(path.join(unnamedOut, 'graph.ttl'), 'utf8'));
      const sources = quads.filter((t) => t.predicate.value.endsWith('22-rdf-syntax-ns#type') &&
                                          t.object.value === `${NKG}UnnamedSource`);
      check('--unnamed-sources: two unnamed sources (activists, spokeswoman)', sources.length === 2,
            `${sources.length}`);
      const r = await validate(quads);
      check('shapes.ttl: a graph with unnamed sources conforms', r.conforms,
            r.results.slice(0, 5).map((x) => `${x.focusNode?.value} ${x.path?.value}: ${x.message.map((m) => m.value)}`).join('; '));
    } finally {
      fs.rmSync(unnamedOut, { recursive: true, force: true });
    }
  }

  // Break one thing per fact, each in a different node, and expect each
  // breakage to be reported on its node and property.
  const { namedNode, literal, quad } = N3.DataFactory;
  const type = (cls) => seeds.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === NKG + cls)
    .map((q) => q.subject.value);
  const [s1, s2, s3] = type('Statement');
  const [m1] = type('Meeting');
  const [p1] = type('Position');
  const [e1] = type('Person');
  const broken = seeds
    .filter((q) => !(q.subject.value === s1 && q.predicate.value === `${NKG}text`))     // no text
    .filter((q) => !(q.subject.value === s2 && q.predicate.value === `${NKG}kind`))     // kind "maybe"
    .filter((q) => !(q.object.value === s3 && q.predicate.value === `${NKG}said`))      // no speaker
    .filter((q) => !(q.subject.value === p1 && q.predicate.value === `${NKG}stance`));  // stance "maybe"
  const keep = broken.filter((q) => q.subject.value === m1 && q.predicate.value === `${NKG}participant`)[0];
  const brokenMore = broken
    .filter((q) => !(q.subject.value === m1 && q.predicate.value === `${NKG}participant`) || q === keep)  // one participant
    .concat([
      quad(namedNode(s2), namedNode(`${NKG}kind`), literal('maybe')),
      quad(namedNode(p1), namedNode(`${NKG}stance`), literal('maybe')),
      quad(namedNode(e1), namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal('A second name')),
    ]);
  const bad = await validate(brokenMore);
  check('shapes.ttl: a broken graph does not conform', !bad.conforms);
  // `property` null: the inverse path [ sh:inversePath nkg:said ] (a blank node).
  const reported = (node, property) => bad.results.some((r) => r.focusNode?.value === node &&
    (property === null ? r.path?.termType === 'BlankNode' : r.path?.value === property));
  check('shapes.ttl: a statement without nkg:text is reported', reported(s1, `${NKG}text`));
  check('shapes.ttl: a statement of kind "maybe" is reported', reported(s2, `${NKG}kind`));
  check('shapes.ttl: a statement nobody said is reported', reported(s3, null));
  check('shapes.ttl: a meeting of one is reported', reported(m1, `${NKG}participant`));
  check('shapes.ttl: a position with stance "maybe" is reported', reported(p1, `${NKG}stance`));
  check('shapes.ttl: an entity with two rdfs:label is reported',
        reported(e1, 'http://www.w3.org/2000/01/rdf-schema#label'));
  check('shapes.ttl: nothing else is reported', bad.results.length === 6,
        bad.results.map((r) => `${r.focusNode?.value} ${r.path?.value}`).join('; '));
}

finish();

#pragma once
// The report page's fixed parts: style and script (inline, so the page works
// offline from one file). report.cpp puts the title, the diagram and the
// data between them. The script reads the data from
// <script id="newskg-data" type="application/json"> and builds every piece
// of text on the page with textContent / text nodes, never innerHTML, so
// nothing from an article is ever parsed as markup.
#include <string_view>

namespace newskg::render::page {

inline constexpr std::string_view kStyle = R"CSS(
:root { --fg:#1d2330; --muted:#5b6475; --line:#d8dce3; --bg:#f6f7f9; --accent:#2f5f9e; --mark:#ffe58a; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 "DejaVu Sans", Verdana, system-ui, sans-serif; color:var(--fg); background:var(--bg); }
header { padding:14px 20px 8px; background:#fff; border-bottom:1px solid var(--line); }
h1 { font-size:20px; margin:0 0 6px; }
h2 { font-size:16px; margin:0 0 8px; }
h3 { font-size:14px; margin:14px 0 6px; }
#counts { display:flex; flex-wrap:wrap; gap:6px; }
.count { background:var(--bg); border:1px solid var(--line); border-radius:12px; padding:1px 10px; font-size:12px; color:var(--muted); }
.count b { color:var(--fg); }
main { padding:14px 20px 40px; }
section { background:#fff; border:1px solid var(--line); border-radius:6px; padding:12px 14px; margin-bottom:16px; }
.toolbar { display:flex; align-items:center; gap:6px; margin-bottom:6px; flex-wrap:wrap; }
.toolbar button, button.link { font:inherit; font-size:13px; }
.toolbar button { min-width:30px; padding:2px 8px; border:1px solid var(--line); background:#fff; border-radius:4px; cursor:pointer; }
.hint { color:var(--muted); font-size:12px; }
#diagram { height:68vh; min-height:360px; border:1px solid var(--line); border-radius:4px; overflow:hidden; background:#fff; cursor:grab; touch-action:none; }
#diagram.dragging { cursor:grabbing; }
#diagram svg { width:100%; height:100%; display:block; user-select:none; }
#diagram g.node { cursor:pointer; }
#diagram g.edge { cursor:pointer; }
#diagram g.edge .hit { stroke:transparent; stroke-width:10px; fill:none; }
#diagram g.selected ellipse, #diagram g.selected polygon, #diagram g.selected path { stroke:#111 !important; stroke-width:3px; }
.missing { padding:20px; color:var(--muted); }
#panel { position:fixed; top:0; right:0; bottom:0; width:min(460px, 92vw); background:#fff; border-left:1px solid var(--line);
  box-shadow:-4px 0 16px rgba(0,0,0,.08); overflow:auto; padding:14px 16px 40px; z-index:10; }
#panel[hidden] { display:none; }
#panel-close { position:sticky; top:0; float:right; font-size:18px; border:1px solid var(--line); background:#fff; border-radius:4px; cursor:pointer; }
.kind { display:inline-block; font-size:11px; padding:0 7px; border-radius:9px; border:1px solid var(--line); color:var(--muted); margin-left:6px; vertical-align:middle; }
.kind.Person { background:#dbe9f9; } .kind.Organization { background:#f8e8c8; } .kind.Country { background:#d9f0d3; } .kind.Place { background:#e6e1f5; } .kind.Event { background:#f6d8e4; }
ul.facts { list-style:none; padding:0; margin:0; }
ul.facts li { border-top:1px solid var(--line); padding:6px 0; }
.quote { font-style:normal; }
.quote.indirect { color:#394150; font-style:italic; }
.meta { color:var(--muted); font-size:12px; }
.sentence { display:block; margin-top:3px; padding:4px 8px; border-left:3px solid var(--line); background:var(--bg); }
mark { background:var(--mark); padding:0 1px; }
button.link { background:none; border:none; color:var(--accent); padding:0; cursor:pointer; text-decoration:underline; text-align:left; }
#search { width:100%; max-width:520px; font:inherit; padding:6px 10px; border:1px solid var(--line); border-radius:4px; margin-bottom:8px; }
table { border-collapse:collapse; width:100%; }
th, td { text-align:left; vertical-align:top; padding:5px 8px; border-bottom:1px solid var(--line); }
th { position:sticky; top:0; background:#fff; cursor:pointer; user-select:none; white-space:nowrap; font-size:13px; }
th[aria-sort="ascending"]::after { content:" \25B2"; font-size:10px; }
th[aria-sort="descending"]::after { content:" \25BC"; font-size:10px; }
#statements tbody tr.row { cursor:pointer; }
#statements tbody tr.row:hover { background:#f2f6fc; }
#statements tbody tr.detail td { background:var(--bg); }
td.quote-cell { max-width:520px; }
td.nowrap { white-space:nowrap; }
#more { color:var(--muted); font-size:12px; padding:8px 0; }
)CSS";

inline constexpr std::string_view kScript = R"JS(
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('newskg-data').textContent);
  var E = D.entities, A = D.articles, S = D.statements, M = D.meetings, P = D.positions;
  var $ = function (id) { return document.getElementById(id); };
  // el('td', {class: 'x'}, 'text', node): children are text or nodes; text
  // always becomes a text node, never markup.
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (k === 'class') e.className = v;
      else if (k === 'onclick') e.addEventListener('click', v);
      else e.setAttribute(k, v);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }
  function fmt(n) { return n.toLocaleString('en-US'); }
  function label(i) { return i >= 0 && E[i] ? E[i].n : ''; }
  function names(list) { return list.map(label).join(', '); }
  function articleTitle(a) { return a >= 0 && A[a] ? (A[a].ti || A[a].id) : ''; }

  // Facts by entity, built once.
  var saidBy = E.map(function () { return []; }), saidAbout = E.map(function () { return []; });
  var meetingsOf = E.map(function () { return []; }), positionsOf = E.map(function () { return []; });
  var positionsAbout = E.map(function () { return []; });
  var perArticle = A.map(function () { return [0, 0, 0]; });
  S.forEach(function (s, i) {
    s.sp.forEach(function (e) { saidBy[e].push(i); });
    s.ab.forEach(function (e) { saidAbout[e].push(i); });
    if (s.a >= 0) perArticle[s.a][0]++;
  });
  M.forEach(function (m, i) { m.p.forEach(function (e) { meetingsOf[e].push(i); }); if (m.a >= 0) perArticle[m.a][1]++; });
  P.forEach(function (p, i) {
    if (p.h >= 0) positionsOf[p.h].push(i);
    p.te.forEach(function (e) { positionsAbout[e].push(i); });
    if (p.a >= 0) perArticle[p.a][2]++;
  });
  var byKey = new Map();
  E.forEach(function (e, i) { byKey.set(e.k, i); });

  // The sentence with the fact's span marked, at its code point offsets:
  // sentence "He said: we will win." from 100, quote 109-120 -> "He said: <mark>we will win</mark>."
  function sentence(f, quoteText) {
    var box = el('span', {class: 'sentence'});
    if (!f.s) { if (quoteText) box.append(quoteText); return box; }
    var cps = Array.from(f.s);
    var b = f.b - f.sb, e = f.e - f.sb;
    if (f.sb >= 0 && b >= 0 && e > b && e <= cps.length) {
      box.append(cps.slice(0, b).join(''), el('mark', null, cps.slice(b, e).join('')), cps.slice(e).join(''));
      return box;
    }
    var at = quoteText ? f.s.indexOf(quoteText) : -1;
    if (at >= 0) {
      box.append(f.s.slice(0, at), el('mark', null, quoteText), f.s.slice(at + quoteText.length));
    } else {
      box.append(f.s);
    }
    return box;
  }
  function source(f) {
    var a = A[f.a];
    var text = a ? articleTitle(f.a) + (a.d ? ' (' + a.d + ')' : '') : '';
    return el('div', {class: 'meta'}, text, a ? ' \u00b7 ' + a.id : '', ' \u00b7 ' + f.b + '\u2013' + f.e);
  }
  function entityButton(i) {
    return el('button', {class: 'link', onclick: function (ev) { ev.stopPropagation(); openEntity(i); }}, label(i));
  }
  function entityList(list) {
    var span = el('span');
    list.forEach(function (e, k) { if (k) span.append(', '); span.append(entityButton(e)); });
    return span;
  }
  function statementItem(i) {
    var s = S[i];
    return el('li', null,
      el('div', null, entityList(s.sp), ' ', el('span', {class: 'meta'}, s.k === 'direct' ? 'said' : 'said (indirect)'),
         s.ab.length ? el('span', {class: 'meta'}, ' about ') : null, entityList(s.ab)),
      el('div', {class: 'quote ' + s.k}, s.k === 'direct' ? '\u201c' + s.t + '\u201d' : s.t),
      sentence(s, s.t), source(s));
  }
  function meetingItem(i) {
    var m = M[i];
    return el('li', null, el('div', null, entityList(m.p), el('span', {class: 'meta'}, ' met')), sentence(m), source(m));
  }
  function positionItem(i) {
    var p = P[i];
    var verb = p.st === 'support' ? ' supports ' : p.st === 'oppose' ? ' opposes ' : ' on ';
    return el('li', null, el('div', null, entityButton(p.h), el('span', {class: 'meta'}, verb), p.tp,
                              p.te.length ? el('span', {class: 'meta'}, ' (') : null, entityList(p.te),
                              p.te.length ? el('span', {class: 'meta'}, ')') : null),
              sentence(p), source(p));
  }
  // A list that shows its first 25 items and a button for the rest.
  function factList(title, ids, item) {
    var frag = document.createDocumentFragment();
    frag.append(el('h3', null, title + ' (' + fmt(ids.length) + ')'));
    if (!ids.length) return frag;
    var ul = el('ul', {class: 'facts'});
    var shown = 0;
    function more(n) {
      ids.slice(shown, shown + n).forEach(function (i) { ul.append(item(i)); });
      shown = Math.min(ids.length, shown + n);
    }
    more(25);
    frag.append(ul);
    if (shown < ids.length) {
      var btn = el('button', {class: 'link'}, 'show all ' + fmt(ids.length));
      btn.addEventListener('click', function () { more(ids.length); btn.remove(); });
      frag.append(btn);
    }
    return frag;
  }

  var panel = $('panel'), panelBody = $('panel-body');
  function showPanel(children) {
    panelBody.replaceChildren.apply(panelBody, children);
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  $('panel-close').addEventListener('click', function () { panel.hidden = true; select(null); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { panel.hidden = true; select(null); } });

  function openEntity(i) {
    var e = E[i];
    if (!e) return;
    select(document.getElementById('n:' + e.k));
    var parts = [el('h2', {id: 'panel-title'}, e.n, el('span', {class: 'kind ' + e.t}, e.t))];
    if (e.al.length) parts.push(el('div', {class: 'meta'}, 'also: ' + e.al.join(', ')));
    if (e.of.length) {
      var ul = el('ul', {class: 'facts'});
      e.of.forEach(function (o) { ul.append(el('li', null, o[0], o[1] >= 0 ? el('span', {class: 'meta'}, ' of ') : null, o[1] >= 0 ? entityButton(o[1]) : null)); });
      parts.push(el('h3', null, 'Offices'), ul);
    }
    parts.push(factList('Said', saidBy[i], statementItem));
    parts.push(factList('Said about ' + e.n, saidAbout[i], statementItem));
    parts.push(factList('Meetings', meetingsOf[i], meetingItem));
    parts.push(factList('Positions', positionsOf[i], positionItem));
    parts.push(factList('Positions on ' + e.n, positionsAbout[i], positionItem));
    var arts = e.ar;
    parts.push(factList('Articles', arts, function (a) {
      return el('li', null, articleTitle(a), el('div', {class: 'meta'}, (A[a].d ? A[a].d + ' \u00b7 ' : '') + A[a].id));
    }));
    showPanel(parts);
  }
  function openEdge(n) {
    var edge = D.edges[n];
    if (!edge) return;
    select(document.getElementById('e' + n));
    var parts = [el('h2', {id: 'panel-title'}, label(edge.f), ' ', el('span', {class: 'meta'}, edge.r), ' ', label(edge.t))];
    parts.push(el('div', {class: 'meta'}, edge.tip));
    var st = [], mt = [], ps = [];
    edge.ev.forEach(function (x) {
      var i = parseInt(x.slice(1), 10);
      if (x[0] === 's') st.push(i); else if (x[0] === 'm') mt.push(i); else ps.push(i);
    });
    if (st.length) parts.push(factList('Statements', st, statementItem));
    if (mt.length) parts.push(factList('Meetings', mt, meetingItem));
    if (ps.length) parts.push(factList('Positions', ps, positionItem));
    if (!edge.ev.length) parts.push(el('p', {class: 'meta'}, 'An office: the graph keeps no sentence for it.'));
    showPanel(parts);
  }
  var selected = null;
  function select(g) {
    if (selected) selected.classList.remove('selected');
    selected = g || null;
    if (selected) selected.classList.add('selected');
  }

  // Counts per type.
  (function () {
    var byKind = {};
    E.forEach(function (e) { byKind[e.t] = (byKind[e.t] || 0) + 1; });
    var box = $('counts');
    function count(n, what) { box.append(el('span', {class: 'count'}, el('b', null, fmt(n)), ' ' + what)); }
    ['Person', 'Organization', 'Country', 'Place', 'Event', 'UnnamedSource'].forEach(function (k) {
      if (byKind[k]) count(byKind[k], k === 'UnnamedSource' ? 'unnamed sources' : k === 'Person' ? 'people' : k === 'Country' ? 'countries' : k.toLowerCase() + 's');
    });
    count(S.length, 'statements'); count(M.length, 'meetings'); count(P.length, 'positions'); count(A.length, 'articles');
  })();

  // The diagram: pan (drag), zoom (wheel, buttons), click a node or an edge.
  (function () {
    var holder = $('diagram');
    var svg = holder.querySelector('svg');
    if (!svg) return;
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    var vb0 = svg.viewBox.baseVal;
    var fit = {x: vb0.x, y: vb0.y, w: vb0.width, h: vb0.height};
    function apply() { svg.setAttribute('viewBox', vb.x + ' ' + vb.y + ' ' + vb.w + ' ' + vb.h); }
    // Start where the labels can be read: the whole drawing when it fits at
    // 60% or more, else 60% (at most the drawing's full width), centred,
    // from the top (title and legend first). Fit shows it whole.
    //   BBC people 2646x3252 pt in a 1250x620 px box: whole at 14%, so 60%.
    function start() {
      var r = svg.getBoundingClientRect();
      if (!(r.width > 0 && r.height > 0)) return Object.assign({}, fit);
      var all = Math.min(r.width / fit.w, r.height / fit.h);
      var s = Math.max(all, Math.min(r.width / fit.w, 0.6));
      var v = {w: r.width / s, h: r.height / s, y: fit.y};
      v.x = fit.x + (fit.w - v.w) / 2;
      return v;
    }
    var vb = start();
    apply();
    function zoom(f, cx, cy) {
      var w = Math.min(fit.w * 4, Math.max(fit.w / 40, vb.w / f));
      f = vb.w / w;
      var h = vb.h / f;
      vb.x = cx - (cx - vb.x) / f; vb.y = cy - (cy - vb.y) / f; vb.w = w; vb.h = h;
      apply();
    }
    function toSvg(ev) {
      var r = svg.getBoundingClientRect();
      var s = Math.max(vb.w / r.width, vb.h / r.height);
      var ox = (r.width * s - vb.w) / 2, oy = (r.height * s - vb.h) / 2;
      return {x: vb.x - ox + (ev.clientX - r.left) * s, y: vb.y - oy + (ev.clientY - r.top) * s, s: s};
    }
    holder.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var p = toSvg(ev);
      zoom(ev.deltaY < 0 ? 1.2 : 1 / 1.2, p.x, p.y);
    }, {passive: false});
    var drag = null;
    holder.addEventListener('pointerdown', function (ev) {
      drag = {x: ev.clientX, y: ev.clientY, vx: vb.x, vy: vb.y, s: toSvg(ev).s, moved: false};
    });
    window.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      drag.moved = true;
      holder.classList.add('dragging');
      vb.x = drag.vx - dx * drag.s; vb.y = drag.vy - dy * drag.s;
      apply();
    });
    window.addEventListener('pointerup', function () {
      holder.classList.remove('dragging');
      setTimeout(function () { drag = null; }, 0);
    });
    $('zoom-in').addEventListener('click', function () { zoom(1.5, vb.x + vb.w / 2, vb.y + vb.h / 2); });
    $('zoom-out').addEventListener('click', function () { zoom(1 / 1.5, vb.x + vb.w / 2, vb.y + vb.h / 2); });
    $('zoom-fit').addEventListener('click', function () { vb = Object.assign({}, fit); apply(); });
    // Thin edges are hard to hit: a wide transparent copy of each path takes the click.
    svg.querySelectorAll('g.edge path').forEach(function (p) {
      var hit = p.cloneNode(false);
      hit.setAttribute('class', 'hit');
      p.parentNode.insertBefore(hit, p);
    });
    svg.addEventListener('click', function (ev) {
      if (drag && drag.moved) return;
      var g = ev.target.closest('g.node, g.edge');
      if (!g) return;
      if (g.classList.contains('node')) {
        var i = byKey.get(g.id.replace(/^n:/, ''));
        if (i !== undefined) openEntity(i);
      } else {
        openEdge(parseInt(g.id.replace(/^e/, ''), 10));
      }
    });
  })();

  // The statements table: search, sort, rows drawn as they scroll into view.
  (function () {
    var rows = S.map(function (s, i) {
      var a = A[s.a];
      var row = {i: i, speaker: names(s.sp), kind: s.k, quote: s.t, about: names(s.ab),
                 article: articleTitle(s.a), date: a ? a.d : ''};
      row.hay = [row.speaker, row.quote, row.about, row.article, a ? a.id : '', row.date].join('\n').toLowerCase();
      return row;
    });
    var tbody = document.querySelector('#statements tbody');
    var view = rows, shown = 0, sortKey = null, sortDir = 1;
    var BATCH = 100;
    function renderMore() {
      var end = Math.min(view.length, shown + BATCH);
      var frag = document.createDocumentFragment();
      for (var k = shown; k < end; k++) frag.append(rowElement(view[k]));
      tbody.append(frag);
      shown = end;
      $('more').textContent = shown < view.length ? 'showing ' + fmt(shown) + ' of ' + fmt(view.length) + ' \u2014 scroll for more' : '';
    }
    function rowElement(r) {
      var s = S[r.i];
      var tr = el('tr', {class: 'row', 'data-statement': String(r.i)},
        el('td', null, entityList(s.sp)), el('td', {class: 'nowrap'}, s.k),
        el('td', {class: 'quote-cell quote ' + s.k}, s.t), el('td', null, entityList(s.ab)),
        el('td', null, r.article), el('td', {class: 'nowrap'}, r.date));
      tr.addEventListener('click', function () {
        var next = tr.nextElementSibling;
        if (next && next.classList.contains('detail')) { next.remove(); return; }
        tr.after(el('tr', {class: 'detail'}, el('td', {colspan: '6'}, sentence(s, s.t), source(s))));
      });
      return tr;
    }
    function refresh() {
      var terms = $('search').value.toLowerCase().split(/\s+/).filter(Boolean);
      view = terms.length ? rows.filter(function (r) {
        return terms.every(function (t) { return r.hay.indexOf(t) >= 0; });
      }) : rows.slice();
      if (sortKey) view.sort(function (a, b) {
        var x = a[sortKey] || '', y = b[sortKey] || '';
        return x < y ? -sortDir : x > y ? sortDir : a.i - b.i;
      });
      tbody.replaceChildren();
      shown = 0;
      $('st-count').textContent = terms.length ? fmt(view.length) + ' of ' + fmt(rows.length) : fmt(rows.length);
      renderMore();
    }
    var timer = null;
    $('search').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(refresh, 120); });
    document.querySelectorAll('#statements th').forEach(function (th) {
      th.addEventListener('click', function () {
        var key = th.getAttribute('data-key');
        sortDir = sortKey === key ? -sortDir : 1;
        sortKey = key;
        document.querySelectorAll('#statements th').forEach(function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
        refresh();
      });
    });
    new IntersectionObserver(function (entries) {
      if (entries.some(function (x) { return x.isIntersecting; }) && shown < view.length) renderMore();
    }, {rootMargin: '600px'}).observe($('more'));
    refresh();
  })();

  // Counts per article, most statements first.
  (function () {
    var order = A.map(function (a, i) { return i; });
    order.sort(function (x, y) { return perArticle[y][0] - perArticle[x][0] || (A[x].id < A[y].id ? -1 : 1); });
    var tbody = document.querySelector('#articles tbody');
    var shown = 0;
    function more(n) {
      order.slice(shown, shown + n).forEach(function (i) {
        var c = perArticle[i];
        tbody.append(el('tr', null, el('td', null, articleTitle(i)), el('td', {class: 'meta'}, A[i].id),
                        el('td', {class: 'nowrap'}, A[i].d), el('td', null, c[0]), el('td', null, c[1]), el('td', null, c[2])));
      });
      shown = Math.min(order.length, shown + n);
      $('articles-more').hidden = shown >= order.length;
    }
    $('articles-more').addEventListener('click', function () { more(order.length); });
    more(20);
  })();
})();
)JS";

}  // namespace newskg::render::page

/**
 * The timeline page's style and script, inlined into the webview with a nonce (timeline.ts). The
 * axis: one row per year that has dates, January to December across; an article is a dot at each
 * day it reports (a ring for a month, a dot in the year column for a year alone), dots on the same
 * day stacked. Text goes in through `textContent` only, never as markup. Colours are VS Code's
 * theme variables, so the page follows the theme.
 */

export const timelineStyle = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); margin: 0; padding: 0 16px 24px; }
header { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 0; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, transparent); }
.filter { position: relative; }
#filter { width: 320px; padding: 4px 6px; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); outline-color: var(--vscode-focusBorder); }
#suggestions { position: absolute; top: 100%; left: 0; width: 320px; background: var(--vscode-editorSuggestWidget-background, var(--vscode-input-background)); border: 1px solid var(--vscode-editorSuggestWidget-border, var(--vscode-focusBorder)); }
#suggestions:empty { display: none; }
#suggestions button { display: block; width: 100%; text-align: left; padding: 3px 6px; color: var(--vscode-foreground); background: none; border: 0; cursor: pointer; font: inherit; }
#suggestions button:hover, #suggestions button:focus { background: var(--vscode-list-hoverBackground); outline: none; }
#suggestions small { opacity: 0.7; margin-left: 6px; }
#entity { padding: 2px 8px; border-radius: 10px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
#clear { margin-left: 4px; background: none; border: 0; color: inherit; cursor: pointer; font: inherit; text-decoration: underline; }
#count { opacity: 0.8; }
h2 { font-size: 1em; font-weight: 600; margin: 16px 0 6px; }
#axis, .year { display: grid; grid-template-columns: 56px 28px 1fr; align-items: stretch; }
#axis .months { display: grid; grid-template-columns: repeat(12, 1fr); font-size: 0.85em; opacity: 0.75; }
.year { border-top: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,0.3)); min-height: 18px; }
.ylabel { font-variant-numeric: tabular-nums; padding: 2px 0; }
.ycol, .track { position: relative; }
.track { background-image: linear-gradient(to right, var(--vscode-editorWidget-border, rgba(128,128,128,0.25)) 1px, transparent 1px); background-size: calc(100% / 12) 100%; }
.dot { position: absolute; width: 10px; height: 10px; margin-left: -5px; padding: 0; border-radius: 50%; border: 1px solid var(--vscode-editor-background); cursor: pointer; }
.dot.month { background: transparent !important; border-width: 2px; }
.dot:hover, .dot:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; z-index: 1; }
#list { list-style: none; padding: 0; margin: 0; }
#list li { margin: 0; }
#list button { display: grid; grid-template-columns: 12px 1fr; gap: 8px; width: 100%; text-align: left; padding: 4px 6px; color: var(--vscode-foreground); background: none; border: 0; cursor: pointer; font: inherit; }
#list button:hover, #list button:focus { background: var(--vscode-list-hoverBackground); outline: none; }
#list .swatch { width: 10px; height: 10px; border-radius: 50%; margin-top: 4px; }
#list .meta { display: block; opacity: 0.75; font-size: 0.9em; }
.c0 { background: var(--vscode-charts-blue); border-color: var(--vscode-charts-blue); }
.c1 { background: var(--vscode-charts-orange); border-color: var(--vscode-charts-orange); }
.c2 { background: var(--vscode-charts-green); border-color: var(--vscode-charts-green); }
.c3 { background: var(--vscode-charts-purple); border-color: var(--vscode-charts-purple); }
.c4 { background: var(--vscode-charts-red); border-color: var(--vscode-charts-red); }
.c5 { background: var(--vscode-charts-yellow); border-color: var(--vscode-charts-yellow); }
.empty { opacity: 0.75; padding: 16px 0; }
`;

export const timelineScript = `
(function () {
  const vscode = acquireVsCodeApi();
  const $ = (id) => document.getElementById(id);
  const LANE = 12;
  let strings = {};
  let timer;

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const fill = (template, ...args) => args.reduce((s, a, i) => s.split('{' + i + '}').join(String(a)), template);
  const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

  /** Where a date stands in its year row: 0..1 across, or the year column. */
  function place(date) {
    const [y, m, d] = date.split('-').map(Number);
    if (!m) return { year: y, column: true };
    const start = Date.UTC(y, 0, 1);
    const days = isLeap(y) ? 366 : 365;
    const day = d ? (Date.UTC(y, m - 1, d) - start) / 86400000 + 0.5 : (Date.UTC(y, m - 1, 1) - start) / 86400000 + 15;
    return { year: y, x: Math.min(1, day / days), month: !d };
  }

  function render(data, lang) {
    const articles = data.articles;
    $('count').textContent = data.total > articles.length ? fill(strings.shown, data.total.toLocaleString(lang), articles.length.toLocaleString(lang)) : fill(strings.count, data.total.toLocaleString(lang));
    $('entity').hidden = !data.entity;
    if (data.entity) $('entity-label').textContent = fill(strings.mentioning, data.entity.label);
    const axis = $('axis');
    axis.replaceChildren(el('span'), el('span'));
    const months = el('div', 'months');
    const fmt = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) months.append(el('span', '', fmt.format(new Date(Date.UTC(2001, m, 1)))));
    axis.append(months);
    const rows = $('rows');
    rows.replaceChildren();
    if (articles.length === 0) rows.append(el('p', 'empty', strings.empty));
    const byYear = new Map();
    for (const p of data.points) {
      const at = place(p.date);
      if (!byYear.has(at.year)) byYear.set(at.year, []);
      byYear.get(at.year).push({ ...at, p });
    }
    for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
      const row = el('div', 'year');
      row.append(el('div', 'ylabel', String(year)));
      const col = el('div', 'ycol');
      const track = el('div', 'track');
      row.append(col, track);
      // Lanes: a dot goes in the first lane whose last dot is far enough to its left.
      const lanes = [];
      const inColumn = [];
      const width = Math.max(200, track.clientWidth || rows.clientWidth - 84);
      const points = byYear.get(year).sort((a, b) => (a.column ? -1 : a.x) - (b.column ? -1 : b.x));
      for (const at of points) {
        const a = articles[at.p.article];
        const dot = el('button', 'dot c' + (at.p.article % 6) + (at.month ? ' month' : ''));
        dot.type = 'button';
        dot.dataset.uri = a.uri;
        dot.dataset.label = a.label;
        dot.dataset.date = at.p.date;
        dot.title = a.title + '\\n' + a.label + ' · ' + at.p.text + ' (' + at.p.date + (at.column ? ', ' + strings.year : at.month ? ', ' + strings.month : '') + ')';
        dot.setAttribute('aria-label', a.label + ', ' + at.p.text + ' (' + at.p.date + ')');
        let lane;
        if (at.column) {
          lane = inColumn.length;
          inColumn.push(at);
          dot.style.left = '50%';
          col.append(dot);
        } else {
          const px = at.x * width;
          lane = lanes.findIndex((last) => px - last >= LANE);
          if (lane < 0) lane = lanes.push(px) - 1;
          else lanes[lane] = px;
          dot.style.left = (at.x * 100).toFixed(3) + '%';
          track.append(dot);
        }
        dot.style.top = 3 + lane * LANE + 'px';
      }
      row.style.height = 6 + Math.max(1, lanes.length, inColumn.length) * LANE + 'px';
      rows.append(row);
    }
    const list = $('list');
    list.replaceChildren();
    articles.forEach((a, i) => {
      const dates = data.points.filter((p) => p.article === i).map((p) => p.text + ' (' + p.date + ')');
      const b = el('button', 'article');
      b.type = 'button';
      b.dataset.uri = a.uri;
      b.dataset.label = a.label;
      const text = el('span');
      text.append(el('span', 'title', a.title || a.label), el('span', 'meta', a.label + ' · ' + dates.join(', ')));
      b.append(el('span', 'swatch c' + (i % 6)), text);
      const li = el('li');
      li.append(b);
      list.append(li);
    });
  }

  document.addEventListener('click', (e) => {
    const t = e.target.closest('button[data-uri]');
    if (t) vscode.postMessage({ type: 'open', uri: t.dataset.uri });
    const s = e.target.closest('button[data-entity]');
    if (s) {
      $('suggestions').replaceChildren();
      $('filter').value = '';
      vscode.postMessage({ type: 'entity', id: s.dataset.entity });
    }
  });
  $('clear').addEventListener('click', () => vscode.postMessage({ type: 'entity', id: null }));
  $('filter').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => vscode.postMessage({ type: 'suggest', query: $('filter').value }), 200);
  });
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m.type === 'data') {
      strings = m.strings;
      $('filter').placeholder = strings.filter;
      $('clear').textContent = strings.clear;
      $('chart-title').textContent = strings.chart;
      $('list-title').textContent = strings.list;
      render(m.data, m.lang);
    } else if (m.type === 'suggestions') {
      const box = $('suggestions');
      box.replaceChildren(
        ...m.items.map((s) => {
          const b = el('button', '', s.label);
          b.type = 'button';
          b.dataset.entity = s.id;
          b.setAttribute('role', 'option');
          b.append(el('small', '', s.type + ' · ' + s.mentions));
          return b;
        }),
      );
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
`;

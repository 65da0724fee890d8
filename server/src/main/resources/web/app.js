// Marsad's page: one shell, four views (dashboard, search, article, entity) and two small ones
// (story, events), chosen by the path. Data comes from /api (docs/API.md); article strings are
// written as text nodes only (see dom.js).
import { h, fill, snippet, paths, entityName } from './dom.js';
import { t, num, date, lang, applyLanguage, switchLanguage } from './i18n.js';
import * as charts from './charts.js';

const main = document.getElementById('main');

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({ status: r.status, message: r.statusText }));
  if (!r.ok) throw Object.assign(new Error(body.message || r.statusText), { status: r.status });
  return body;
}

const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'];
const typeClass = (type) => 'ent-' + (TYPES.includes(type) ? type : 'MISC');

function section(title, ...content) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...content);
}

function empty(text) {
  return h('p', { class: 'empty' }, text);
}

function meta(...parts) {
  return h('div', { class: 'meta' }, parts.filter(Boolean).map((p, i) => [i ? h('span', { class: 'dot' }, ' · ') : null, p]));
}

/** One article in a list: linked title, source and date, and an optional snippet. */
function hitItem(hit, withSnippet) {
  return h('li', { class: 'hit' },
    h('a', { class: 'hit-title', href: paths.article(hit.id), dir: 'auto' }, hit.title || hit.id),
    meta(hit.source && h('span', { class: 'source' }, hit.source), hit.published && h('time', {}, date(hit.published))),
    withSnippet && hit.snippet ? h('p', { class: 'snippet', dir: 'auto' }, snippet(hit.snippet)) : null);
}

/** An event type in the page's language when we know it, else as the record says. */
function eventType(type) {
  const key = 'eventType.' + type;
  const label = t(key);
  return label === key ? (type || '?') : label;
}

function entityChip(e) {
  return h('a', { class: 'chip ' + typeClass(e.type), href: paths.entity(e.id), dir: 'auto', title: e.type ? t('type.' + e.type) : null },
    e.name || entityName(e.id), e.articles != null ? h('span', { class: 'count' }, num(e.articles)) : null);
}

function eventItem(item) {
  const e = item.event || {};
  const actors = (e.actors || []).map((a) => (typeof a === 'string' ? { id: a, name: entityName(a) } : { id: a.id, name: a.name || entityName(a.id), type: a.type }));
  return h('li', { class: 'event' },
    h('div', { class: 'event-head' },
      h('span', { class: 'badge' }, eventType(e.type)),
      e.intended ? h('span', { class: 'badge soft' }, t('event.intended')) : null,
      e.date ? h('time', {}, date(e.date)) : null,
      e.place ? h('span', { class: 'place' }, t('event.place') + ': ', h('bdi', {}, entityName(e.place))) : null),
    item.text ? h('p', { class: 'evidence', dir: 'auto' }, item.text) : null,
    actors.length ? h('div', { class: 'chips' }, actors.map((a) => h('a', { class: 'chip ' + typeClass(a.type), href: paths.entity(a.id), dir: 'auto' }, a.name))) : null,
    item.article_id ? h('a', { class: 'from', href: paths.article(item.article_id), dir: 'auto' }, item.title || item.article_id) : null);
}

// ---- dashboard

async function dashboard() {
  document.title = t('brand') + ' — ' + t('dash.title');
  const d = await api('/api/dashboard');
  if (d.articles === 0) {
    fill(main, h('section', { class: 'card hero' }, h('h1', {}, t('dash.title')), empty(t('dash.empty'))));
    return;
  }
  const bySource = h('div', { class: 'chart', id: 'chart-sources' });
  const byTopic = h('div', { class: 'chart', id: 'chart-topics' });
  const hasTopics = Object.keys(d.by_topic.series).length > 0;
  const week = d.week_from ? t('dash.week', date(d.week_from), date(d.newest)) : '';
  fill(main,
    h('section', { class: 'hero' },
      h('form', { class: 'big-search', action: '/search', method: 'get', role: 'search' },
        h('input', { type: 'search', name: 'q', placeholder: t('search.placeholder'), 'aria-label': t('search.button') }),
        h('button', { type: 'submit' }, t('search.button'))),
      h('div', { class: 'stats' },
        h('div', { class: 'stat' }, h('b', {}, num(d.articles)), h('span', {}, t('dash.articles'))),
        h('div', { class: 'stat' }, h('b', {}, num(d.sources)), h('span', {}, t('dash.sources'))),
        h('div', { class: 'stat' }, h('b', {}, date(d.newest) || '—'), h('span', {}, t('dash.newest'))))),
    h('div', { class: 'grid' },
      h('section', { class: 'card wide' }, h('h2', {}, t('dash.bySource')), bySource),
      section(t('dash.byTopic'), hasTopics ? byTopic : empty(t('empty.topics'))),
      section(t('dash.actors'), week ? h('p', { class: 'sub' }, week) : null,
        d.top_actors.length ? h('ol', { class: 'bars' }, d.top_actors.map((a) => bar(entityChip({ ...a, articles: null }), a.articles, d.top_actors[0].articles)))
          : empty(t('empty.actors'))),
      section(t('dash.themes'), week ? h('p', { class: 'sub' }, week) : null,
        d.top_themes.length ? h('ol', { class: 'bars' }, d.top_themes.map((c) => bar(h('a', { href: paths.search({ theme: c.value }), dir: 'auto' }, c.value), c.count, d.top_themes[0].count)))
          : empty(t('empty.themes'))),
      section(t('dash.events'), d.latest_events.length ? h('ul', { class: 'events' }, d.latest_events.map(eventItem)) : empty(t('empty.events'))),
      section(t('dash.latest'), h('ul', { class: 'hits' }, d.latest_articles.map((x) => hitItem(x, false))))));
  await charts.volume(bySource, d.by_source.months, d.by_source.series, num);
  if (hasTopics) await charts.volume(byTopic, d.by_topic.months, d.by_topic.series, num);
}

function bar(label, value, max) {
  return h('li', {}, h('div', { class: 'bar-label' }, label),
    h('div', { class: 'bar' }, h('span', { class: 'fill', 'data-w': Math.round((100 * value) / Math.max(1, max)) })),
    h('span', { class: 'bar-n' }, num(value)));
}

// ---- search

const FILTERS = ['source', 'topic', 'theme', 'entity', 'language', 'event_type', 'story', 'from', 'to'];
const FACET_PARAM = { source: 'source', topic: 'topic', theme: 'theme', entity: 'entity', language: 'language', event: 'event_type', story: 'story' };

async function search() {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') || '';
  const limit = 10;
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  document.title = (q ? q + ' — ' : '') + t('brand');
  document.getElementById('quick-q').value = q;
  const r = await api('/api/search?' + params.toString() + (params.has('limit') ? '' : '&limit=' + limit));
  const state = Object.fromEntries(params);
  const link = (changes) => {
    const next = { ...state, ...changes };
    delete next.offset;
    if ('offset' in changes) next.offset = changes.offset;
    for (const k of Object.keys(next)) if (next[k] === null || next[k] === '') delete next[k];
    return paths.search(next);
  };
  const active = FILTERS.filter((f) => params.get(f));
  const facets = h('aside', { class: 'facets', 'aria-label': t('search.filters') },
    active.length ? h('div', { class: 'active' }, h('h3', {}, t('search.filters')),
      h('div', { class: 'chips' }, active.map((f) => h('a', { class: 'chip on', href: link({ [f]: null }), title: '×' },
        f === 'entity' ? entityName(params.get(f)) : params.get(f), h('span', { class: 'x' }, '×')))),
      h('a', { class: 'clear', href: paths.search(q ? { q } : {}) }, t('search.clear'))) : null,
    Object.entries(r.facets).map(([dim, counts]) => facetBox(dim, counts, params, link)),
    dateRange(params, link));
  const pages = Math.ceil(r.total / limit);
  const page = Math.floor(offset / limit) + 1;
  const sortSelect = h('select', { id: 'sort', 'aria-label': t('search.sort') },
    ['relevance', 'newest', 'oldest'].map((s) => h('option', { value: s, selected: (params.get('sort') || 'relevance') === s }, t('sort.' + s))));
  sortSelect.addEventListener('change', () => { location.href = link({ sort: sortSelect.value === 'relevance' ? null : sortSelect.value }); });
  const form = h('form', { class: 'search-form', role: 'search' },
    h('input', { type: 'search', name: 'q', value: q, placeholder: t('search.placeholder'), 'aria-label': t('search.button') }),
    h('button', { type: 'submit' }, t('search.button')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); location.href = link({ q: form.q.value.trim() || null }); });
  fill(main,
    h('div', { class: 'search-page' },
      facets,
      h('div', { class: 'results' },
        form,
        h('div', { class: 'result-bar' }, h('span', { class: 'total', id: 'total' }, t('search.results', num(r.total))),
          h('label', {}, t('search.sort') + ' ', sortSelect)),
        r.hits.length ? h('ol', { class: 'hits', id: 'hits' }, r.hits.map((x) => hitItem(x, true)))
          : h('div', {}, empty(t('search.none')), q ? null : h('p', {}, t('search.try'), ' ', ['الحكومة', 'الاتصالات', 'الاستثمار'].map((w) => h('a', { class: 'chip', href: paths.search({ q: w }) }, w)))),
        pages > 1 ? h('nav', { class: 'pager' },
          page > 1 ? h('a', { href: link({ offset: String((page - 2) * limit) }), rel: 'prev' }, t('page.prev')) : h('span', {}),
          h('span', {}, t('page.of', num(page), num(pages))),
          page < pages ? h('a', { href: link({ offset: String(page * limit) }), rel: 'next' }, t('page.next')) : h('span', {})) : null)));
}

function facetBox(dim, counts, params, link) {
  let entries = Object.entries(counts);
  if (!entries.length) return null;
  if (dim === 'date') {
    entries = entries.sort((a, b) => b[0].localeCompare(a[0])).slice(0, 12);
    return h('div', { class: 'facet', 'data-facet': dim }, h('h3', {}, t('facet.date')),
      h('ul', {}, entries.map(([month, n]) => {
        const [y, m] = month.split('-').map(Number);
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        return h('li', {}, h('a', { href: link({ from: month + '-01', to: `${month}-${String(last).padStart(2, '0')}` }) }, date(month)), h('span', { class: 'count' }, num(n)));
      })));
  }
  const param = FACET_PARAM[dim];
  if (!param) return null;
  const current = params.get(param);
  return h('div', { class: 'facet', 'data-facet': dim }, h('h3', {}, t('facet.' + dim)),
    h('ul', {}, entries.slice(0, 10).map(([value, n]) => h('li', { class: current === value ? 'on' : null },
      h('a', { href: link({ [param]: current === value ? null : value }), dir: 'auto' }, dim === 'entity' ? entityName(value) : dim === 'event' ? eventType(value) : value),
      h('span', { class: 'count' }, num(n))))));
}

function dateRange(params, link) {
  const from = h('input', { type: 'date', name: 'from', value: params.get('from') || '' });
  const to = h('input', { type: 'date', name: 'to', value: params.get('to') || '' });
  const form = h('form', { class: 'facet dates' }, h('h3', {}, t('search.from') + ' / ' + t('search.to')),
    h('label', {}, t('search.from'), ' ', from), h('label', {}, t('search.to'), ' ', to), h('button', { type: 'submit' }, t('search.apply')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); location.href = link({ from: from.value || null, to: to.value || null }); });
  return form;
}

// ---- article

async function article(id) {
  const [a, related] = await Promise.all([api('/api/articles/' + encodeURIComponent(id)), api('/api/articles/' + encodeURIComponent(id) + '/related')]);
  document.title = (a.title || a.id) + ' — ' + t('brand');
  const textDir = a.language && a.language !== 'ar' && a.language !== 'und' ? 'ltr' : 'rtl';
  const body = h('div', { class: 'article-text', id: 'article-text', lang: a.language || 'ar', dir: textDir }, annotated(a.text, a.entities));
  const entities = groupEntities(a.entities);
  const side = [];
  if (related.duplicate_of) side.push(section(t('art.duplicateOf'), h('ul', { class: 'hits' }, hitItem(related.duplicate_of, false))));
  if (related.story) {
    side.push(section(t('art.story'), h('p', {}, h('a', { href: paths.story(related.story.id) }, t('art.storyCount', num(related.story.articles)))),
      h('ul', { class: 'hits compact' }, related.story_articles.filter((x) => x.id !== a.id).slice(0, 8).map((x) => hitItem(x, false)))));
  }
  if (related.duplicates.length) side.push(section(t('art.duplicates'), h('ul', { class: 'hits compact' }, related.duplicates.map((x) => hitItem(x, false)))));
  side.push(section(t('art.entities'), entities.length
    ? TYPES.map((type) => {
      const of = entities.filter((e) => e.type === type || (type === 'MISC' && !TYPES.includes(e.type)));
      return of.length ? h('div', { class: 'ent-group' }, h('h3', {}, t('type.' + type)), h('div', { class: 'chips' }, of.map(entityChip))) : null;
    })
    : empty(t('art.noEntities'))));
  if (a.themes.length) {
    side.push(section(t('art.themes'), h('ul', { class: 'themes' }, a.themes.map((th) => h('li', {},
      h('a', { href: paths.search({ theme: th.label || th.id }), dir: 'auto', class: 'theme' }, th.label || th.id),
      (th.evidence || []).slice(0, 2).map((s) => h('q', { dir: 'auto' }, s.text || a.text.slice(s.start, s.end))))))));
  }
  if (a.dates.length || a.amounts.length) {
    side.push(section(t('art.dates') + ' · ' + t('art.amounts'), h('ul', { class: 'plain' },
      a.dates.map((d) => h('li', {}, h('span', { dir: 'auto' }, d.text), ' → ', h('time', {}, d.value))),
      a.amounts.map((m) => h('li', {}, h('span', { dir: 'auto' }, m.text), ' → ', num(m.value), ' ', m.unit || '')))));
  }
  const url = a.url && /^https?:\/\//i.test(a.url) ? a.url : null;
  fill(main,
    h('div', { class: 'article-page' },
      h('article', { class: 'card article' },
        h('h1', { dir: 'auto', id: 'article-title' }, a.title || a.id),
        meta(a.source && h('a', { class: 'source', href: paths.search({ source: a.source }) }, a.source),
          a.published && h('time', { datetime: a.published }, date(a.published)),
          a.byline && h('span', { dir: 'auto' }, a.byline),
          a.dateline && h('span', {}, t('art.dateline') + ': ', h('bdi', {}, a.dateline)),
          url && h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, t('art.original') + ' ↗')),
        a.topics.length ? h('div', { class: 'chips' }, a.topics.map((tp) => h('a', { class: 'chip topic', href: paths.search({ topic: tp.label }) }, tp.label))) : null,
        a.entities.length ? h('p', { class: 'legend' }, t('art.legend'), ' ', TYPES.map((ty) => h('span', { class: 'ent ' + typeClass(ty) }, t('type.' + ty)))) : null,
        body,
        a.quotes.length ? h('div', { class: 'quotes-block' }, h('h2', {}, t('art.quotes')), h('ul', { class: 'quotes' }, a.quotes.map((qt) => quoteItem(qt)))) : null,
        a.events.length ? h('div', { class: 'events-block' }, h('h2', {}, t('art.events')), h('ul', { class: 'events' }, a.events.map((e) => eventItem({ event: e, text: e.evidence && (e.evidence.text || a.text.slice(e.evidence.start, e.evidence.end)) })))) : null),
      h('div', { class: 'side' }, side)));
}

function quoteItem(qt) {
  const speakerId = qt.speaker_canonical || qt.speaker;
  return h('li', { class: 'quote' }, h('blockquote', { dir: 'auto' }, qt.text),
    h('div', { class: 'speaker' }, '— ', speakerId ? h('a', { href: paths.entity(speakerId), dir: 'auto' }, qt.speaker || entityName(speakerId)) : t('art.unknownSpeaker')));
}

/** The text with each entity mention a link to its page, coloured by type (offsets are UTF-16). */
function annotated(text, mentions) {
  const sorted = [...mentions].filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end).sort((x, y) => x.start - y.start || y.end - x.end);
  const out = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue; // overlapping mention: keep the first
    if (m.start > at) out.push(text.slice(at, m.start));
    const id = m.canonical || m.text;
    out.push(h('a', { class: 'ent ' + typeClass(m.type), href: paths.entity(id), title: (t('type.' + m.type) || m.type) + (m.role ? ' — ' + m.role : '') }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function groupEntities(mentions) {
  const byId = new Map();
  for (const m of mentions) {
    const id = m.canonical || m.text;
    const e = byId.get(id) || { id, name: m.canonical ? entityName(m.canonical) : m.text, type: m.type, articles: null, n: 0 };
    e.n++;
    byId.set(id, e);
  }
  return [...byId.values()].sort((x, y) => y.n - x.n);
}

// ---- entity

async function entity(id) {
  const e = await api('/api/entities/' + encodeURIComponent(id));
  document.title = e.name + ' — ' + t('brand');
  const timelineEl = h('div', { class: 'chart', id: 'chart-timeline' });
  const graphEl = h('div', { class: 'chart tall', id: 'chart-graph' });
  const list = (items) => items.length ? h('ul', { class: 'counts' }, items.map((c) => h('li', {}, h('span', { dir: 'auto' }, c.value), h('span', { class: 'count' }, num(c.count))))) : empty(t('ent.none'));
  fill(main,
    h('div', { class: 'entity-page' },
      h('section', { class: 'card entity-head' },
        h('h1', { dir: 'auto', id: 'entity-name' }, e.name),
        h('div', { class: 'meta' }, e.type ? h('span', { class: 'badge ' + typeClass(e.type) }, t('type.' + e.type)) : null,
          h('span', {}, t('ent.articles', num(e.articles))),
          h('a', { href: paths.search({ entity: e.id }) }, t('ent.allArticles') + ' →'))),
      h('div', { class: 'grid two' },
        section(t('ent.graph'), e.neighbours.length ? graphEl : empty(t('ent.none')),
          e.neighbours.length ? h('div', { class: 'chips' }, e.neighbours.slice(0, 12).map(entityChip)) : null),
        section(t('ent.timeline'), timelineEl)),
      h('div', { class: 'grid' },
        section(t('ent.aliases'), list(e.aliases)),
        section(t('ent.roles'), list(e.roles)),
        section(t('ent.quotes'), e.quotes.length ? h('ul', { class: 'quotes' }, e.quotes.map((q) => h('li', { class: 'quote' }, h('blockquote', { dir: 'auto' }, q.text),
          h('a', { class: 'from', href: paths.article(q.article_id), dir: 'auto' }, q.title || q.article_id)))) : empty(t('ent.none'))),
        section(t('ent.events'), e.events.length ? h('ul', { class: 'events' }, e.events.map(eventItem)) : empty(t('ent.none'))),
        section(t('ent.recent'), h('ul', { class: 'hits' }, e.recent.map((x) => hitItem(x, false)))))));
  await charts.timeline(timelineEl, e.timeline);
  if (e.neighbours.length) await charts.graph(graphEl, e, e.neighbours, (next) => { location.href = paths.entity(next); });
}

// ---- story and events

async function story(id) {
  const s = await api('/api/stories/' + encodeURIComponent(id));
  document.title = t('story.title') + ' — ' + t('brand');
  fill(main, section(t('story.title') + ' · ' + t('art.storyCount', num(s.articles)), h('ul', { class: 'hits' }, s.hits.map((x) => hitItem(x, false)))));
}

async function events() {
  const r = await api('/api/events?limit=50');
  document.title = t('events.title') + ' — ' + t('brand');
  fill(main, section(t('events.title'), r.events.length ? h('ul', { class: 'events' }, r.events.map(eventItem)) : empty(t('empty.events'))));
}

// ---- routing

const ROUTES = [
  [/^\/$/, 'dashboard', dashboard],
  [/^\/search$/, 'search', search],
  [/^\/article\/(.+)$/, 'search', article],
  [/^\/entity\/(.+)$/, 'search', entity],
  [/^\/story\/(.+)$/, 'search', story],
  [/^\/events$/, 'events', events],
];

async function route() {
  applyLanguage();
  document.getElementById('lang').addEventListener('click', switchLanguage);
  for (const [re, nav, view] of ROUTES) {
    const m = re.exec(location.pathname);
    if (!m) continue;
    for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('on', a.dataset.nav === nav);
    try {
      await view(...m.slice(1).map(decodeURIComponent));
      for (const el of main.querySelectorAll('.fill[data-w]')) el.style.width = el.dataset.w + '%';
      document.body.dataset.ready = 'true';
    } catch (e) {
      fill(main, h('section', { class: 'card error' }, h('h1', {}, e.status === 404 ? t('error.notFound') : t('error.title')), h('p', { dir: 'auto' }, e.message)));
      document.body.dataset.ready = 'error';
    }
    return;
  }
  fill(main, h('section', { class: 'card error' }, h('h1', {}, t('error.notFound'))));
  document.body.dataset.ready = 'error';
}

document.documentElement.dataset.lang = lang;
route();

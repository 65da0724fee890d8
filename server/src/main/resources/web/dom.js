// Building the page safely: every string from an article becomes a text node, never markup.

/**
 * An element: h('a', {href: '/x', class: 'y'}, 'text', child...). Strings become text nodes;
 * null and false children are skipped; attributes are set with setAttribute (no on* handlers).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) throw new Error('no inline handlers: ' + k);
    if (k === 'href') el.setAttribute('href', safeHref(String(v)));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Our own paths, and http(s) links; anything else (javascript:, data:) becomes '#'. */
export function safeHref(href) {
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  return /^https?:\/\//i.test(href) ? href : '#';
}

/** Replaces an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Undoes HTML escaping (&amp; &#x27; &#39;) without ever parsing markup. */
export function unescape(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * A search snippet ("escaped text with <mark>terms</mark>") as nodes: the marks become <mark>
 * elements, everything else text. No other tag can come through.
 */
export function snippet(s) {
  const out = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > last) out.push(unescape(s.slice(last, m.index)));
    out.push(h('mark', {}, unescape(m[1])));
    last = re.lastIndex;
  }
  if (last < s.length) out.push(unescape(s.slice(last)));
  return out;
}

/** Paths of our pages. */
export const paths = {
  article: (id) => '/article/' + encodeURIComponent(id),
  entity: (id) => '/entity/' + encodeURIComponent(id),
  story: (id) => '/story/' + encodeURIComponent(id),
  search: (params) => '/search' + (params && Object.keys(params).length ? '?' + new URLSearchParams(params) : ''),
};

/** A readable name for an entity id: pers:سعد_الدين_العثماني reads "سعد الدين العثماني". */
export function entityName(id) {
  const m = /^(pers|org|loc|misc|per|gpe):(.+)$/i.exec(id || '');
  return m ? m[2].replace(/_/g, ' ') : id;
}

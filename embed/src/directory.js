// <lblt-directory>: the Child & Family Directory on any web page. One element, one module script, no
// globals beyond the element's name, no cookies or storage, no request but to the API, and no inline
// style or script (a strict CSP allows it). Everything it shows is built with textContent, never HTML.
import { css } from './styles.js';
import { texts } from './texts.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
const scriptOrigin = new URL(import.meta.url).origin;
const debounceMs = 300;

/** An element with properties and children (strings become text nodes). */
function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key in element && key !== 'part' && !key.startsWith('aria')) element[key] = value;
    else element.setAttribute(key, value === true ? '' : value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

class ApiError extends Error {
  constructor(status, retryAfter) {
    super(`HTTP ${status}`);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

class LbltDirectory extends HTMLElement {
  static observedAttributes = ['api-base', 'region', 'support-area', 'target-group', 'language', 'lang', 'page-size'];

  #root;
  #state = { q: '', supportArea: '', targetGroup: '', language: '', region: '', page: 1 };
  #reference = null;
  #timer = 0;
  #request = 0;
  #controller = null;
  #last = null;
  #opener = null;
  #focusFirst = false;
  #connected = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [sheet];
  }

  connectedCallback() {
    this.#connected = true;
    this.#reference = null;
    this.#load();
  }

  disconnectedCallback() {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#controller?.abort();
  }

  attributeChangedCallback(_name, before, after) {
    // An upgrade reports each attribute before connectedCallback: only later changes reload.
    if (before !== after && this.#connected) {
      this.#reference = null;
      this.#state.page = 1;
      this.#load();
    }
  }

  get #lang() {
    return this.getAttribute('lang') === 'en' ? 'en' : 'lv';
  }

  get #t() {
    return texts[this.#lang];
  }

  get #base() {
    return (this.getAttribute('api-base') || scriptOrigin).replace(/\/+$/, '');
  }

  get #pageSize() {
    const size = Number.parseInt(this.getAttribute('page-size') ?? '', 10);
    return Number.isInteger(size) && size >= 1 && size <= 100 ? size : 10;
  }

  /** A filter fixed by an attribute wins over the visitor's choice (and its control is not shown). */
  #filter(name, attribute) {
    return this.getAttribute(attribute) || this.#state[name];
  }

  async #get(path, params = {}) {
    const url = new URL(`${this.#base}/api/v1/${path}`);
    for (const [key, value] of Object.entries(params)) {
      if (value !== '' && value !== undefined) url.searchParams.set(key, String(value));
    }
    let response;
    try {
      response = await fetch(url, { headers: { 'Accept-Language': this.#lang }, credentials: 'omit', signal: this.#controller?.signal });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      throw new ApiError(0);
    }
    if (!response.ok) throw new ApiError(response.status, response.headers.get('Retry-After'));
    return response.json();
  }

  /** Reference data (once per language), then the list and its facets for the current filters. */
  async #load() {
    const request = ++this.#request;
    this.#controller?.abort();
    this.#controller = new AbortController();
    this.#renderShell();
    this.#status(this.#t.loading);
    try {
      if (!this.#reference) {
        const [areas, groups, regions] = await Promise.all([this.#get('support-areas'), this.#get('target-groups'), this.#get('regions')]);
        this.#reference = { areas, groups, regions };
      }
      const filters = {
        q: this.#state.q.trim(),
        supportArea: this.#filter('supportArea', 'support-area'),
        targetGroup: this.#filter('targetGroup', 'target-group'),
        language: this.#filter('language', 'language'),
        region: this.#filter('region', 'region'),
      };
      const [list, facets] = await Promise.all([
        this.#get('ngos', { ...filters, page: this.#state.page, pageSize: this.#pageSize }),
        this.#get('ngos/facets', filters),
      ]);
      if (request !== this.#request) return;
      this.#last = { list, facets };
      this.#renderShell();
      this.#renderList(list);
      if (this.#focusFirst) this.#body().querySelector('li.card h3 button')?.focus();
      this.#focusFirst = false;
    } catch (error) {
      if (error.name === 'AbortError' || request !== this.#request) return;
      this.#renderError(error);
    }
  }

  #status(message) {
    const status = this.#root.querySelector('[part~="status"]');
    if (status) status.textContent = message;
  }

  /** The heading, search box and filters; kept across renders so focus and typing stay where they are. */
  #renderShell() {
    const t = this.#t;
    // Made anew only when the language or the fixed filters change: typing and focus stay where they are.
    const key = [this.#lang, ...['support-area', 'target-group', 'language', 'region'].map((a) => this.hasAttribute(a))].join('|');
    let shell = this.#root.querySelector('.root');
    if (!shell || shell.dataset.key !== key) {
      shell = h('div', { className: 'root', lang: this.#lang },
        h('h2', { part: 'title' }, this.getAttribute('heading') || t.title),
        h('form', { role: 'search', part: 'filters', onsubmit: (e) => { e.preventDefault(); this.#apply({}); } },
          h('label', {}, t.search,
            h('input', { type: 'search', name: 'q', part: 'search', value: this.#state.q, placeholder: t.searchHint, autocomplete: 'off', enterKeyHint: 'search',
              oninput: (e) => this.#typed(e.target.value) })),
          this.#select('supportArea', 'support-area', t.supportArea),
          this.#select('targetGroup', 'target-group', t.targetGroup),
          this.#select('language', 'language', t.language),
          this.#select('region', 'region', t.region)),
        h('p', { className: 'status', part: 'status', role: 'status', 'aria-live': 'polite' }),
        h('div', { className: 'body', part: 'body' }));
      shell.dataset.key = key;
      this.#root.replaceChildren(shell);
    }
    this.#fillSelects();
  }

  #select(name, attribute, label) {
    if (this.hasAttribute(attribute)) return null;
    return h('label', {}, label, h('select', { name, part: 'filter', onchange: (e) => this.#apply({ [name]: e.target.value }) }));
  }

  /** Each filter's options with the number of organisations each would show (the facets). */
  #fillSelects() {
    const t = this.#t;
    const facets = this.#last?.facets;
    const counted = (list, code) => list?.find((f) => f.code === code)?.count;
    const label = (name, count) => (count === undefined ? name : `${name} (${count})`);
    const fill = (name, options) => {
      const select = this.#root.querySelector(`select[name="${name}"]`);
      if (!select) return;
      select.replaceChildren(h('option', { value: '' }, t.any), ...options);
      select.value = this.#state[name];
    };
    const ref = this.#reference;
    if (!ref) return;
    // The tree: each area, then its children indented (the API nests them).
    fill('supportArea', ref.areas.flatMap((parent) => [
      h('option', { value: parent.code }, label(parent.name, counted(facets?.supportAreas, parent.code))),
      ...(parent.children ?? []).map((a) => h('option', { value: a.code }, `\u2003${label(a.name, counted(facets?.supportAreas, a.code))}`)),
    ]));
    fill('targetGroup', ref.groups.map((g) => h('option', { value: g.code }, label(g.name, counted(facets?.targetGroups, g.code)))));
    // The languages profiles are served in, named by the API in the interface's language, most used first.
    fill('language', (facets?.languages ?? []).map((l) => h('option', { value: l.code }, label(l.name, l.count))));
    fill('region', ref.regions.filter((r) => r.kind === 'planningRegion').flatMap((p) => [
      h('option', { value: p.code }, label(p.name, counted(facets?.regions, p.code))),
      ...(p.municipalities ?? []).map((r) => h('option', { value: r.code }, `\u2003${label(r.name, counted(facets?.regions, r.code))}`)),
    ]));
  }

  #typed(value) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#apply({ q: value }), debounceMs);
  }

  #apply(change) {
    Object.assign(this.#state, change, { page: change.page ?? 1 });
    this.#load();
  }

  #body() {
    return this.#root.querySelector('.body');
  }

  #renderList(list) {
    const t = this.#t;
    const body = this.#body();
    this.#status(t.found(list.totalItems));
    const notes = [];
    const search = list.search;
    if (search?.match === 'partial') {
      notes.push(h('p', { className: 'note', part: 'note' }, t.partial(search.used.join(' '), search.leftOut.join(' '))));
    }
    if (list.totalItems === 0) {
      notes.push(h('p', { className: 'note', part: 'note' }, t.none));
      if (search?.didYouMean?.length) {
        const better = new Map(search.didYouMean.map((s) => [s.word, s.suggestion]));
        const corrected = this.#state.q.trim().split(/\s+/).map((w) => better.get(w.toLowerCase()) ?? w).join(' ');
        notes.push(h('p', { className: 'note', part: 'note' }, `${t.didYouMean} `,
          h('button', { type: 'button', className: 'link', onclick: () => this.#correct(corrected) }, corrected)));
      }
      if (this.#state.supportArea || this.#state.targetGroup || this.#state.language || this.#state.region) {
        notes.push(h('p', { className: 'note' }, h('button', { type: 'button', onclick: () => this.#apply({ supportArea: '', targetGroup: '', language: '', region: '' }) }, t.clearFilters)));
      }
    }
    const cards = list.items.map((ngo) => h('li', { className: 'card', part: 'card' },
      h('h3', {}, h('button', { type: 'button', className: 'link', 'aria-label': t.details(ngo.name), onclick: (e) => this.#openDetail(ngo, e.currentTarget) }, ngo.name)),
      h('p', { className: 'meta' }, `${t.worksIn}: ${this.#where(ngo)}`),
      h('ul', { className: 'tags', 'aria-label': t.areas }, ngo.supportAreas.map((a) => h('li', {}, a.name))),
      this.#contacts(ngo, false)));
    body.replaceChildren(...notes, cards.length ? h('ul', { className: 'cards' }, cards) : '', this.#pager(list));
  }

  #correct(q) {
    const input = this.#root.querySelector('input[name="q"]');
    if (input) input.value = q;
    this.#apply({ q });
    input?.focus();
  }

  #where(ngo) {
    return ngo.workArea.nationwide ? this.#t.nationwide : ngo.workArea.regions.map((r) => r.name).join(', ');
  }

  #contacts(ngo, full) {
    const c = ngo.contacts ?? {};
    const items = [];
    if (c.email) items.push([this.#t.email, h('a', { href: `mailto:${c.email}` }, c.email)]);
    if (c.phone) items.push([this.#t.phone, h('a', { href: `tel:${c.phone}` }, c.phone)]);
    if (c.website && /^https?:\/\//i.test(c.website)) items.push([this.#t.website, h('a', { href: c.website, rel: 'noopener noreferrer', target: '_blank' }, c.website)]);
    if (!full) return items.length ? h('p', { className: 'meta' }, ...items.flatMap(([, link], i) => (i ? [' · ', link] : [link]))) : null;
    return items;
  }

  #pager(list) {
    if (list.totalPages <= 1) return '';
    const t = this.#t;
    const page = list.page;
    return h('nav', { className: 'pager', part: 'pager', 'aria-label': t.pages },
      h('button', { type: 'button', disabled: page <= 1, onclick: () => this.#turn(page - 1) }, t.previous),
      h('span', {}, t.page(page, list.totalPages)),
      h('button', { type: 'button', disabled: page >= list.totalPages, onclick: () => this.#turn(page + 1) }, t.next));
  }

  #turn(page) {
    // The pager is drawn anew: focus goes to the new page's first result once it is there.
    this.#focusFirst = true;
    this.#apply({ page });
  }

  #openDetail(ngo, opener) {
    const t = this.#t;
    this.#opener = ngo.id;
    const rows = [
      [t.worksIn, this.#where(ngo)],
      [t.areas, ngo.supportAreas.map((a) => a.name).join(', ')],
      [t.groups, ngo.targetGroups.map((g) => g.name).join(', ')],
      [t.languages, ngo.languages.map((l) => this.#last?.facets.languages.find((f) => f.code === l)?.name ?? l).join(', ')],
      ...this.#contacts(ngo, true),
    ].filter(([, value]) => value !== '');
    const heading = h('h3', { tabIndex: -1 }, ngo.name);
    const back = () => this.#closeDetail();
    const detail = h('section', { className: 'detail', part: 'detail', 'aria-label': ngo.name, onkeydown: (e) => { if (e.key === 'Escape') back(); } },
      h('button', { type: 'button', onclick: back }, t.back),
      heading,
      ngo.description ? h('p', { lang: ngo.descriptionLanguage ?? this.#lang }, ngo.description) : '',
      h('dl', {}, rows.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])));
    this.#body().replaceChildren(detail);
    this.#root.querySelector('form').hidden = true;
    opener?.blur();
    heading.focus();
  }

  #closeDetail() {
    this.#root.querySelector('form').hidden = false;
    const id = this.#opener;
    this.#renderList(this.#last.list);
    const index = this.#last.list.items.findIndex((n) => n.id === id);
    this.#body().querySelectorAll('li.card h3 button')[index]?.focus();
  }

  #renderError(error) {
    const t = this.#t;
    this.#renderShell();
    this.#status('');
    const message = error.status === 429 ? t.tooMany(error.retryAfter || 60) : t.error;
    const retry = h('button', { type: 'button', onclick: () => this.#load() }, t.retry);
    this.#body().replaceChildren(h('div', { className: 'error', part: 'error', role: 'alert' }, h('p', {}, message), retry));
  }
}

if (!customElements.get('lblt-directory')) customElements.define('lblt-directory', LbltDirectory);

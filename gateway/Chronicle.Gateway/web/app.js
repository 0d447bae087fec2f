// The analysts' page: a client of the public REST contract v1, served by the gateway itself.
// Views are chosen by the address's hash (#/person/ID, #/post/NAME, #/entity/ID, #/doc/ID,
// #/ingest) so every view can be bookmarked and the back button works.

import { applyLabels, language, setLanguage, t } from './i18n.js';

const api = '/api/v1';
const view = document.getElementById('view');
const statusLine = document.getElementById('status');

// ---------- calling the gateway ----------

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(api + path, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, t('suiteUnavailable', error.message));
  }
  return readAnswer(response);
}

async function readAnswer(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body?.detail || body?.title || `${response.status} ${response.statusText}`);
  }
  return body;
}

const documentCache = new Map();
function getDocument(id) {
  if (!documentCache.has(id)) {
    const loading = getJson(`/documents/${encodeURIComponent(id)}`);
    loading.catch(() => documentCache.delete(id));
    documentCache.set(id, loading);
  }
  return documentCache.get(id);
}

// ---------- small DOM helpers ----------

/** Creates an element: el('a', {href: '#'}, 'text', child…). Text is always set as text, never as HTML. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function table(caption, headers, rows) {
  return el('div', { class: 'table-wrap' },
    el('table', {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, headers.map((header) => el('th', { scope: 'col' }, header)))),
      el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell) => el('td', {}, cell)))))));
}

function definitionList(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, value]) => value !== undefined && value !== null && value !== '')
    .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function showError(error) {
  if (error.name === 'AbortError') return;
  view.replaceChildren(el('section', { class: 'panel error', role: 'alert' },
    el('h1', {}, t('error')), el('p', {}, error.message)));
}

function setStatus(text) {
  statusLine.textContent = text;
}

// ---------- dates at their granularity ----------

/** The first instant of an ISO date at its granularity ('2021', '2021-04', '2021-04-08'). */
function periodStart(iso) {
  if (!iso) return null;
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The instant just after the period an ISO date names. */
function periodEnd(iso) {
  if (!iso) return null;
  const parts = iso.split('-').map(Number);
  const [year, month = 1, day = 1] = parts;
  if (parts.length === 1) return new Date(Date.UTC(year + 1, 0, 1));
  if (parts.length === 2) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year, month - 1, day + 1));
}

function basisLabel(basis) {
  return basis ? t('basis_' + basis) : t('basis_unknown');
}

// ---------- search with suggestions ----------

const searchInput = document.getElementById('search-input');
const suggestionList = document.getElementById('search-suggestions');
let searchTimer = 0;
let searchAbort = null;
let suggestions = [];
let activeSuggestion = -1;
const documentIdPattern = /^[0-9a-f]{32}$/i;

function entityHref(entity) {
  switch (entity.type) {
    case 'person': return `#/person/${encodeURIComponent(entity.id)}`;
    case 'position': return `#/post/${encodeURIComponent(entity.name)}`;
    case 'document': return `#/doc/${encodeURIComponent(entity.id)}`;
    default: return `#/entity/${encodeURIComponent(entity.id)}`;
  }
}

function closeSuggestions() {
  suggestionList.hidden = true;
  searchInput.setAttribute('aria-expanded', 'false');
  searchInput.removeAttribute('aria-activedescendant');
  activeSuggestion = -1;
}

function renderSuggestions() {
  suggestionList.replaceChildren(...(suggestions.length === 0
    ? [el('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, t('noMatch'))]
    : suggestions.map((entity, index) => el('li', {
      id: `suggestion-${index}`,
      role: 'option',
      'aria-selected': String(index === activeSuggestion),
      onmousedown: (event) => { event.preventDefault(); openSuggestion(index); },
    }, el('span', { class: 'name' }, entity.name), ' ', el('span', { class: `type type-${entity.type}` }, t('type_' + entity.type))))));
  suggestionList.hidden = false;
  searchInput.setAttribute('aria-expanded', 'true');
  if (activeSuggestion >= 0) searchInput.setAttribute('aria-activedescendant', `suggestion-${activeSuggestion}`);
  else searchInput.removeAttribute('aria-activedescendant');
}

function openSuggestion(index) {
  const entity = suggestions[index];
  if (!entity) return;
  closeSuggestions();
  searchInput.value = entity.name;
  location.hash = entityHref(entity);
}

async function suggest(query) {
  searchAbort?.abort();
  searchAbort = new AbortController();
  try {
    const found = [];
    if (documentIdPattern.test(query)) found.push({ id: query.toLowerCase(), name: `${t('openDocumentId')} ${query}`, type: 'document' });
    const answer = await getJson(`/entities?q=${encodeURIComponent(query)}&page.size=10`, searchAbort.signal);
    suggestions = found.concat((answer.items || []).filter((entity) => entity.type !== 'place'));
    activeSuggestion = suggestions.length > 0 ? 0 : -1;
    renderSuggestions();
  } catch (error) {
    if (error.name !== 'AbortError') setStatus(error.message);
  }
}

searchInput.addEventListener('input', () => {
  clearTimeout(searchTimer);
  const query = searchInput.value.trim();
  if (query.length < 2) { closeSuggestions(); return; }
  searchTimer = setTimeout(() => suggest(query), 180);
});

searchInput.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (suggestionList.hidden || suggestions.length === 0) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    activeSuggestion = (activeSuggestion + step + suggestions.length) % suggestions.length;
    renderSuggestions();
  } else if (event.key === 'Enter') {
    event.preventDefault();
    if (!suggestionList.hidden && activeSuggestion >= 0) openSuggestion(activeSuggestion);
    else if (searchInput.value.trim().length >= 2) suggest(searchInput.value.trim());
  } else if (event.key === 'Escape') {
    closeSuggestions();
  }
});

searchInput.addEventListener('blur', () => setTimeout(closeSuggestions, 100));

// ---------- the time axis (vis-timeline, when the build vendored it) ----------

let currentTimeline = null;

function timeAxis(label, groups, items, onSelect) {
  if (!window.vis?.Timeline) {
    return el('p', { class: 'notice' }, t('timeAxisUnavailable'));
  }
  const holder = el('div', { class: 'axis', role: 'group', 'aria-label': label });
  // Built once the holder is in the page: vis-timeline measures its container when it starts.
  // The window spans the items themselves, with a margin, rather than the current week.
  const starts = items.map((item) => item.start.getTime());
  const ends = items.map((item) => (item.end ?? item.start).getTime());
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const margin = Math.max((last - first) * 0.05, 30 * 24 * 3600 * 1000);
  requestAnimationFrame(() => {
    if (!holder.isConnected) return;
    const timeline = new window.vis.Timeline(holder, new window.vis.DataSet(items), new window.vis.DataSet(groups), {
      stack: true,
      orientation: 'top',
      zoomKey: 'ctrlKey',
      margin: { item: 6 },
      maxHeight: 520,
      start: new Date(first - margin),
      end: new Date(last + margin),
      tooltip: { followMouse: false },
    });
    timeline.on('select', ({ items: selected }) => { if (selected.length > 0) onSelect(selected[0]); });
    currentTimeline = timeline;
  });
  return holder;
}

function destroyTimeline() {
  currentTimeline?.destroy();
  currentTimeline = null;
}

function qualifierClass(role) {
  if (role.conflicts?.length > 0) return 'span-conflict';
  if (role.qualifier) return `span-${role.qualifier}`;
  return 'span-held';
}

function roleLabel(role) {
  const notes = [];
  if (role.qualifier) notes.push(t(role.qualifier));
  if (role.conflicts?.length > 0) notes.push(t('conflict'));
  return notes.length > 0 ? `${role.role} (${notes.join(', ')})` : role.role;
}

function legend() {
  return el('ul', { class: 'legend', 'aria-label': t('legend') },
    el('li', {}, el('span', { class: 'swatch span-held' }), t('aspect_held')),
    el('li', {}, el('span', { class: 'swatch span-acting' }), t('acting')),
    el('li', {}, el('span', { class: 'swatch span-former' }), t('former')),
    el('li', {}, el('span', { class: 'swatch span-conflict' }), t('conflict')),
    el('li', {}, el('span', { class: 'swatch point' }), t('events')));
}

// ---------- evidence ----------

const evidencePanel = () => document.getElementById('evidence');

/** Shows where each piece of evidence was read: the quote marked in the article's clean text. */
async function showEvidence(title, pieces) {
  const panel = evidencePanel();
  if (!panel) return;
  const list = el('ol', { class: 'evidence-list' });
  panel.replaceChildren(el('h2', { tabindex: '-1' }, t('evidenceFor', title)), list);
  panel.hidden = false;
  panel.querySelector('h2').focus();
  if (pieces.length === 0) list.append(el('li', {}, t('noEvidence')));
  for (const piece of pieces) {
    const item = el('li', { class: 'evidence-item' }, t('loading'));
    list.append(item);
    try {
      const article = await getDocument(piece.documentId);
      item.replaceChildren(...evidenceBody(piece, article));
    } catch (error) {
      item.replaceChildren(el('blockquote', {}, piece.quote || ''), el('p', { class: 'error' }, error.message));
    }
  }
}

function evidenceBody(piece, article) {
  const span = locateQuote(article.cleanText || '', piece);
  const paragraph = span ? paragraphAround(article.cleanText, span) : null;
  return [
    paragraph
      ? el('blockquote', { class: 'context' }, paragraph.before, el('mark', {}, paragraph.marked), paragraph.after)
      : el('blockquote', {}, el('mark', {}, piece.quote || '')),
    definitionList([
      [t('date'), piece.date ? `${piece.date}${piece.granularity ? ` (${piece.granularity})` : ''}` : '—'],
      [t('dateBasis'), piece.dateBasis ? basisLabel(piece.dateBasis) : `${basisLabel(article.anchorBasis)} — ${t('anchorDate')} ${article.anchorDate ?? '—'}`],
      [t('aspect'), piece.aspect ? t('aspect_' + piece.aspect) : undefined],
      [t('source'), article.url ? el('a', { href: article.url, rel: 'noopener noreferrer' }, article.url) : `${t('noSourceUrl')}${article.source ? ` (${article.source})` : ''}`],
    ]),
    el('a', { class: 'open-document', href: `#/doc/${encodeURIComponent(piece.documentId)}?start=${span?.start ?? ''}&end=${span?.end ?? ''}` }, t('openDocument')),
  ];
}

/** The quote's span in the clean text: the stored offsets when they still hold, else the quote found by search. */
function locateQuote(text, piece) {
  const { start, end, quote } = piece;
  if (Number.isInteger(start) && Number.isInteger(end) && end > start && end <= text.length
      && (!quote || text.slice(start, end) === quote)) {
    return { start, end };
  }
  if (quote) {
    const found = text.indexOf(quote);
    if (found >= 0) return { start: found, end: found + quote.length };
  }
  return null;
}

function paragraphAround(text, { start, end }) {
  const from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1);
  const next = text.indexOf('\n', end);
  const to = next < 0 ? text.length : next;
  return { before: text.slice(from, start), marked: text.slice(start, end), after: text.slice(end, to) };
}

function evidenceButton(title, pieces) {
  return el('button', { type: 'button', class: 'link-button', onclick: () => showEvidence(title, pieces) }, t('showEvidence'));
}

// ---------- views ----------

function welcome() {
  const counters = el('dl', { class: 'facts' });
  view.replaceChildren(el('section', { class: 'panel' },
    el('h1', {}, t('welcomeTitle')),
    el('p', {}, t('welcomeText')),
    el('h2', {}, t('pipeline')), counters));
  getJson('/pipeline').then((pipeline) => {
    counters.replaceChildren(...['accepted', 'pending', 'processed', 'failed', 'duplicates']
      .filter((key) => pipeline[key] !== undefined)
      .flatMap((key) => [el('dt', {}, t(key)), el('dd', {}, String(pipeline[key]))]));
  }).catch((error) => counters.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message)));
}

async function personView(id) {
  const [entity, roles, timeline] = await Promise.all([
    getJson(`/entities/${encodeURIComponent(id)}`),
    getJson(`/entities/${encodeURIComponent(id)}/roles?page.size=500`),
    getJson(`/entities/${encodeURIComponent(id)}/timeline?page.size=500`),
  ]);
  const roleItems = roles.items || [];
  const eventItems = (timeline.items || []).filter((item) => item.kind !== 'role');
  const evidenceByItem = new Map();

  const axisItems = [];
  roleItems.forEach((role, index) => {
    const start = periodStart(role.startedAt || role.firstSeen);
    const end = periodEnd(role.endedAt || role.lastSeen || role.startedAt || role.firstSeen);
    if (!start || !end) return;
    const id = `role-${index}`;
    evidenceByItem.set(id, [roleLabel(role), role.observations || []]);
    axisItems.push({ id, group: 'posts', start, end, type: 'range', content: escapeHtml(roleLabel(role)),
      className: qualifierClass(role), title: escapeHtml(`${roleLabel(role)}: ${role.startedAt || role.firstSeen} – ${role.endedAt || role.lastSeen || '…'}`) });
  });
  eventItems.forEach((event, index) => {
    const start = periodStart(event.date);
    if (!start) return;
    const id = `event-${index}`;
    evidenceByItem.set(id, [event.text, (event.evidence || []).map((piece) => ({ ...piece, date: event.date, granularity: event.granularity }))]);
    axisItems.push({ id, group: 'events', start, type: 'point', content: escapeHtml(event.text), className: 'event-point',
      title: escapeHtml(`${event.date}: ${event.text}`) });
  });

  destroyTimeline();
  const axis = axisItems.length > 0
    ? timeAxis(t('timeAxis'), [{ id: 'posts', content: t('posts') }, { id: 'events', content: t('events') }], axisItems,
      (itemId) => { const [title, pieces] = evidenceByItem.get(itemId) || []; if (title) showEvidence(title, pieces); })
    : el('p', {}, t('nothingYet'));

  view.replaceChildren(
    el('section', { class: 'panel' },
      el('h1', {}, entity.name, ' ', el('span', { class: 'type type-person' }, t('type_person'))),
      definitionList([[t('aliases'), (entity.aliases || []).join(', ')], [t('mentions'), entity.mentionCount]]),
      legend(), axis),
    el('section', { id: 'evidence', class: 'panel evidence', 'aria-live': 'polite', hidden: true }),
    el('section', { class: 'panel' },
      table(t('posts'), [t('role'), t('from'), t('to'), t('qualifier'), t('evidence')],
        roleItems.map((role) => [
          el('a', { href: `#/post/${encodeURIComponent(role.role)}` }, role.role),
          role.startedAt || role.firstSeen || '—',
          role.endedAt || role.lastSeen || '…',
          [role.qualifier ? t(role.qualifier) : '', role.conflicts?.length ? el('span', { class: 'badge span-conflict', title: role.conflicts.join('\n') }, t('conflict')) : ''],
          evidenceButton(roleLabel(role), role.observations || []),
        ])),
      table(t('events'), [t('date'), t('events'), t('evidence')],
        eventItems.map((event) => [event.date, event.text,
          evidenceButton(event.text, (event.evidence || []).map((piece) => ({ ...piece, date: event.date, granularity: event.granularity })))]))));
}

async function postView(name) {
  const holders = await getJson(`/positions/holders?role=${encodeURIComponent(name)}&page.size=500`);
  const items = holders.items || [];
  const axisItems = [];
  items.forEach((holder, index) => {
    const from = holder.startedAt || holder.firstSeen;
    const to = holder.endedAt || holder.lastSeen || holder.startedAt || holder.firstSeen;
    if (from && to) {
      axisItems.push({ id: `holder-${index}`, group: 'holders', start: periodStart(from), end: periodEnd(to), type: 'range',
        content: escapeHtml(holder.person + (holder.acting ? ` (${t('acting')})` : '')),
        className: holder.conflicts?.length ? 'span-conflict' : holder.acting ? 'span-acting' : 'span-held',
        title: escapeHtml(`${holder.person}: ${from} – ${holder.endedAt || holder.lastSeen || '…'}`) });
    }
    if (holder.handoverFrom && holder.handoverTo) {
      axisItems.push({ id: `handover-${index}`, start: periodStart(holder.handoverFrom), end: periodEnd(holder.handoverTo),
        type: 'background', className: 'handover', content: escapeHtml(t('handover')) });
    }
  });
  destroyTimeline();
  const axis = axisItems.length > 0
    ? timeAxis(t('succession'), [{ id: 'holders', content: t('holder') }], axisItems, (itemId) => {
      const holder = items[Number(itemId.split('-')[1])];
      if (holder?.personId) location.hash = `#/person/${encodeURIComponent(holder.personId)}`;
    })
    : el('p', {}, t('nothingYet'));

  const dateInput = el('input', { id: 'holders-on-date', type: 'date', required: true, value: new Date().toISOString().slice(0, 10) });
  const answer = el('div', { class: 'holders-on', 'aria-live': 'polite' });
  const form = el('form', { class: 'inline-form', onsubmit: async (event) => {
    event.preventDefault();
    answer.replaceChildren(t('loading'));
    try {
      const on = await getJson(`/positions/holders-on?role=${encodeURIComponent(name)}&date=${encodeURIComponent(dateInput.value)}`);
      answer.replaceChildren(...((on.items || []).length === 0 ? [el('p', {}, t('nobodyKnown'))] : on.items.map((holder) => el('div', { class: 'holder-on' },
        el('p', {}, holder.personId ? el('a', { href: `#/person/${encodeURIComponent(holder.personId)}` }, holder.person) : holder.person),
        definitionList([[t('certainty'), holder.certainty], [t('reason'), holder.reason]]),
        (holder.evidence || []).length > 0 ? evidenceButton(holder.person, holder.evidence) : null))));
    } catch (error) {
      answer.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
    }
  } },
  el('label', { for: 'holders-on-date' }, t('onDate')), dateInput, el('button', { type: 'submit' }, t('ask')));

  view.replaceChildren(
    el('section', { class: 'panel' },
      el('h1', {}, name, ' ', el('span', { class: 'type type-position' }, t('type_position'))),
      axis,
      table(t('succession'), [t('holder'), t('from'), t('to'), t('handoverWindow'), t('knownFrom'), t('conflicts')],
        items.map((holder) => [
          holder.personId ? el('a', { href: `#/person/${encodeURIComponent(holder.personId)}` }, holder.person) : holder.person,
          holder.startedAt || holder.firstSeen || '—',
          holder.endedAt || holder.lastSeen || '…',
          holder.handoverFrom ? `${holder.handoverFrom} – ${holder.handoverTo || '…'}` : '',
          holder.knownFrom || '',
          (holder.conflicts || []).join('; '),
        ]))),
    el('section', { class: 'panel' }, el('h2', {}, t('whoHeldOn')), form, answer),
    el('section', { id: 'evidence', class: 'panel evidence', 'aria-live': 'polite', hidden: true }));
}

async function entityView(id) {
  const entity = await getJson(`/entities/${encodeURIComponent(id)}`);
  if (entity.type === 'person') return personView(id);
  if (entity.type === 'position') { location.replace(`#/post/${encodeURIComponent(entity.name)}`); return undefined; }
  const [timeline, events, posts] = await Promise.all([
    getJson(`/entities/${encodeURIComponent(id)}/timeline?page.size=500`).catch(() => ({ items: [] })),
    getJson(`/events?entity=${encodeURIComponent(id)}&page.size=200`).catch(() => ({ items: [] })),
    entity.type === 'organization'
      ? getJson(`/entities?q=${encodeURIComponent(entity.name)}&type=position&page.size=50`).catch(() => ({ items: [] }))
      : Promise.resolve({ items: [] }),
  ]);
  destroyTimeline();
  view.replaceChildren(
    el('section', { class: 'panel' },
      el('h1', {}, entity.name, ' ', el('span', { class: `type type-${entity.type}` }, t('type_' + entity.type))),
      definitionList([[t('aliases'), (entity.aliases || []).join(', ')], [t('mentions'), entity.mentionCount]]),
      (posts.items || []).length > 0
        ? el('div', {}, el('h2', {}, t('positionsOfOrganization')),
          el('ul', {}, posts.items.map((post) => el('li', {}, el('a', { href: `#/post/${encodeURIComponent(post.name)}` }, post.name)))))
        : null,
      table(t('events'), [t('date'), t('events'), t('evidence')],
        [...(timeline.items || []).map((item) => [item.date, item.text,
          evidenceButton(item.text, (item.evidence || []).map((piece) => ({ ...piece, date: item.date, granularity: item.granularity })))]),
        ...(events.items || []).map((event) => [event.date, event.name,
          (event.documentIds || []).map((documentId) => el('a', { class: 'chip', href: `#/doc/${encodeURIComponent(documentId)}` }, documentId.slice(0, 8)))])])),
    el('section', { id: 'evidence', class: 'panel evidence', 'aria-live': 'polite', hidden: true }));
  return undefined;
}

async function documentView(id, parameters) {
  const article = await getJson(`/documents/${encodeURIComponent(id)}`);
  documentCache.set(id, Promise.resolve(article));
  const text = article.cleanText || '';
  const start = Number.parseInt(parameters.get('start') ?? '', 10);
  const end = Number.parseInt(parameters.get('end') ?? '', 10);
  const evidenceSpan = Number.isInteger(start) && Number.isInteger(end) && end > start && end <= text.length ? { start, end, type: 'evidence' } : null;
  const body = el('div', { class: 'clean-text', lang: 'vi' });
  const entityList = el('ul', { class: 'entity-list' });
  renderMarkedText(body, text, evidenceSpan ? [evidenceSpan] : []);

  view.replaceChildren(
    el('section', { class: 'panel' },
      el('h1', {}, article.title || `${t('document')} ${id}`, ' ', el('span', { class: 'type type-document' }, t('type_document'))),
      definitionList([
        [t('status'), el('span', { class: `badge status-${article.status}` }, t(article.status))],
        [t('error'), article.error],
        [t('anchorDate'), article.anchorDate ? `${article.anchorDate} (${article.anchorGranularity || ''})` : '—'],
        [t('dateBasis'), basisLabel(article.anchorBasis)],
        [t('anchorReason'), article.anchorReason],
        [t('candidateYears'), (article.candidateYears || []).join(', ')],
        [t('publishedAt'), article.publishedAt],
        [t('source'), article.url ? el('a', { href: article.url, rel: 'noopener noreferrer' }, article.url) : `${t('noSourceUrl')}${article.source ? ` (${article.source})` : ''}`],
      ])),
    el('section', { class: 'panel' }, el('h2', {}, t('recognisedEntities')), entityList),
    el('section', { class: 'panel' }, el('h2', {}, t('cleanText')), body));
  body.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });

  // The contract has no per-article mention list, so the names the text spells with capitals are
  // looked up through the search route; those the entities service knows are marked.
  const recognised = await recogniseEntities(text);
  entityList.replaceChildren(...(recognised.length === 0 ? [el('li', {}, t('nothingYet'))] : recognised.map(({ entity }) =>
    el('li', {}, el('a', { href: entityHref(entity) }, entity.name), ' ', el('span', { class: `type type-${entity.type}` }, t('type_' + entity.type))))));
  const spans = [];
  for (const { surface, entity } of recognised) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      spans.push({ start: at, end: at + surface.length, type: entity.type, entity });
    }
  }
  if (evidenceSpan) spans.push(evidenceSpan);
  renderMarkedText(body, text, spans);
}

function foldForMatch(value) {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

async function recogniseEntities(text) {
  const counts = new Map();
  // Runs of two to six capitalised syllables: Vietnamese names, posts and bodies are written so.
  // A run may open with a word of the post before the name ('… Trung ương Đảng Lê Hoài Trung'),
  // so its endings of two words or more are candidates too.
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}]*(?:[ -]\p{Lu}[\p{L}\p{M}]*){1,5}/gu)) {
    const words = match[0].split(' ');
    for (let first = 0; first <= words.length - 2; first++) {
      const surface = words.slice(first).join(' ');
      counts.set(surface, (counts.get(surface) || 0) + 1);
    }
  }
  const candidates = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([surface]) => surface);
  const found = [];
  let next = 0;
  async function worker() {
    while (next < candidates.length) {
      const surface = candidates[next++];
      try {
        const answer = await getJson(`/entities?q=${encodeURIComponent(surface)}&page.size=5`);
        const folded = foldForMatch(surface);
        const entity = (answer.items || []).find((item) => [item.name, ...(item.aliases || [])].some((name) => foldForMatch(name) === folded));
        if (entity) found.push({ surface, entity });
      } catch {
        // A name that cannot be looked up stays unmarked.
      }
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  found.push(...await postsOfRecognisedPeople(text, found));
  // Longer names first, so 'Ban Đối ngoại Trung ương' wins over a shorter name inside it.
  return found.sort((a, b) => b.surface.length - a.surface.length);
}

/**
 * Posts and organisations are written in mixed case ('Ban Đối ngoại Trung ương'), so the capitals
 * miss them: the posts the recognised people hold, and their organisations, are marked where the
 * text spells them.
 */
async function postsOfRecognisedPeople(text, found) {
  const people = found.filter(({ entity }) => entity.type === 'person').slice(0, 8);
  const histories = await Promise.all(people.map(({ entity }) =>
    getJson(`/entities/${encodeURIComponent(entity.id)}/roles?page.size=100`).catch(() => ({ items: [] }))));
  const posts = new Map();
  const organisations = new Set();
  for (const role of histories.flatMap((history) => history.items || [])) {
    if (role.role && text.includes(role.role)) posts.set(role.role, { id: role.role, name: role.role, type: 'position' });
    if (role.organization && text.includes(role.organization)) organisations.add(role.organization);
  }
  const named = await Promise.all([...organisations].slice(0, 10).map(async (name) => {
    const answer = await getJson(`/entities?q=${encodeURIComponent(name)}&type=organization&page.size=5`).catch(() => ({ items: [] }));
    const entity = (answer.items || []).find((item) => foldForMatch(item.name) === foldForMatch(name));
    return entity ? { surface: name, entity } : null;
  }));
  return [...[...posts.values()].map((entity) => ({ surface: entity.name, entity })), ...named.filter(Boolean)];
}

/** Writes text into container with non-overlapping spans marked (earlier-listed spans win). */
function renderMarkedText(container, text, spans) {
  const taken = [];
  for (const span of spans.sort((a, b) => (a.type === 'evidence' ? -1 : 0) - (b.type === 'evidence' ? -1 : 0))) {
    if (span.type !== 'evidence' && taken.some((other) => other.type !== 'evidence' && span.start < other.end && other.start < span.end)) continue;
    taken.push(span);
  }
  const boundaries = new Set([0, text.length]);
  for (const span of taken) { boundaries.add(span.start); boundaries.add(span.end); }
  const points = [...boundaries].sort((a, b) => a - b);
  const paragraphs = [el('p', {})];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = taken.filter((span) => span.start <= from && to <= span.end);
    const pieces = text.slice(from, to).split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) paragraphs.push(el('p', {}));
      if (piece === '') return;
      let node = document.createTextNode(piece);
      for (const span of covering) {
        node = span.type === 'evidence'
          ? el('mark', { class: 'evidence' }, node)
          : el('a', { class: `entity entity-${span.type}`, href: entityHref(span.entity), title: t('type_' + span.type) }, node);
      }
      paragraphs.at(-1).append(node);
    });
  }
  container.replaceChildren(...paragraphs.filter((paragraph) => paragraph.childNodes.length > 0));
}

function ingestView() {
  destroyTimeline();
  const key = el('input', { id: 'ingest-key', type: 'password', autocomplete: 'off', value: sessionStorage.getItem('chronicle.key') || '' });
  const article = el('textarea', { id: 'ingest-text', rows: '12', required: true, lang: 'vi' });
  const format = el('select', { id: 'ingest-format' }, el('option', { value: 'text' }, t('formatText')), el('option', { value: 'html' }, t('formatHtml')));
  const url = el('input', { id: 'ingest-url', type: 'url' });
  const published = el('input', { id: 'ingest-published', type: 'date' });
  const stages = el('ol', { class: 'stages', 'aria-live': 'polite' });
  const message = el('p', { class: 'error', role: 'alert' });
  const submit = el('button', { type: 'submit' }, t('submit'));

  const form = el('form', { class: 'ingest', onsubmit: async (event) => {
    event.preventDefault();
    message.textContent = '';
    if (!key.value) { message.textContent = t('keyRequired'); key.focus(); return; }
    if (!article.value.trim()) { message.textContent = t('textRequired'); article.focus(); return; }
    sessionStorage.setItem('chronicle.key', key.value);
    const body = { [format.value]: article.value, source: 'web page' };
    if (url.value) body.url = url.value;
    if (published.value) body.publishedAt = published.value;
    submit.disabled = true;
    stages.replaceChildren();
    try {
      const response = await fetch(`${api}/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Api-Key': key.value },
        body: JSON.stringify(body),
      });
      const answer = await readAnswer(response);
      stage(stages, 'stageAccepted', 'done', answer.id);
      if (answer.status === 'duplicate') message.textContent = t('duplicateOf', answer.duplicateOf || answer.id);
      await followDocument(answer.id, stages);
    } catch (error) {
      message.textContent = error.message;
    } finally {
      submit.disabled = false;
    }
  } },
  el('label', { for: 'ingest-key' }, t('apiKey')), key,
  el('label', { for: 'ingest-text' }, t('articleText')), article,
  el('div', { class: 'row' },
    el('div', {}, el('label', { for: 'ingest-format' }, t('format')), format),
    el('div', {}, el('label', { for: 'ingest-url' }, t('sourceUrl')), url),
    el('div', {}, el('label', { for: 'ingest-published' }, t('publishedAtOptional')), published)),
  submit);

  view.replaceChildren(el('section', { class: 'panel' }, el('h1', {}, t('ingestTitle')), form, message, stages));
}

function stage(list, key, state, detail) {
  let item = list.querySelector(`[data-stage="${key}"]`);
  if (!item) {
    item = el('li', { 'data-stage': key });
    list.append(item);
  }
  item.className = `stage stage-${state}`;
  item.replaceChildren(el('span', { class: 'stage-name' }, t(key)), detail ? el('span', { class: 'stage-detail' }, ' — ', detail) : '');
}

/** Polls the document until every stage has had it, showing each stage as it is passed. */
async function followDocument(id, list) {
  for (let attempt = 0; attempt < 240; attempt++) {
    const article = await getJson(`/documents/${encodeURIComponent(id)}`);
    documentCache.delete(id);
    if (article.anchorBasis || article.cleanText) {
      stage(list, 'stageCleaned', 'done', article.anchorDate ? `${article.anchorDate} (${basisLabel(article.anchorBasis)})` : basisLabel(article.anchorBasis));
    }
    if (article.status === 'processed') {
      stage(list, 'stageProcessed', 'done', el('a', { href: `#/doc/${encodeURIComponent(id)}` }, t('openDocument')));
      return;
    }
    if (article.status === 'failed') {
      stage(list, 'stageFailed', 'failed', article.error || '');
      return;
    }
    stage(list, 'stageProcessed', 'waiting', t('pending'));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// ---------- routing ----------

async function route() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const [, kind, ...rest] = path.split('/');
  const argument = decodeURIComponent(rest.join('/'));
  const parameters = new URLSearchParams(query);
  setStatus('');
  destroyTimeline();
  view.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  try {
    switch (kind) {
      case 'person': await personView(argument); break;
      case 'post': await postView(argument); break;
      case 'entity': await entityView(argument); break;
      case 'doc': await documentView(argument, parameters); break;
      case 'ingest': ingestView(); break;
      default: welcome();
    }
  } catch (error) {
    showError(error.status === 404 ? new Error(t('notFound', argument)) : error);
  }
}

const languagePicker = document.getElementById('language');
languagePicker.value = language;
languagePicker.addEventListener('change', () => {
  setLanguage(languagePicker.value);
  route();
});

applyLabels(document);
window.addEventListener('hashchange', route);
// vis-timeline loads as a deferred classic script; modules run after it, so it is ready here.
route();

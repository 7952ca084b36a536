import {focusQuote} from '/focus.js';

// CiteQA shared client: API calls, SSE parsing and safe rendering. Every piece of text from the service or the
// user is inserted with textContent / createTextNode, never as HTML.

export class ApiError extends Error {
  constructor(kind, message, status) {
    super(message);
    this.kind = kind; // 'offline' | 'unavailable' | 'client' | 'server'
    this.status = status || 0;
  }
}

/** Creates an element: el('p', {class: 'x', dataset: {cite: 1}}, 'text', child). Strings become text nodes. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export async function request(path, options) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError(navigator.onLine === false ? 'offline' : 'unavailable',
      navigator.onLine === false ? 'You are offline. Reconnect and try again.'
        : 'CiteQA could not be reached. Check your connection and try again.');
  }
  return response;
}

export async function problem(response) {
  let detail = '';
  try {
    const body = await response.json();
    detail = body && (body.detail || body.title) || '';
  } catch (e) { /* not JSON */ }
  const status = response.status;
  if (status === 503) return new ApiError('unavailable', detail || 'CiteQA is starting up. Try again in a moment.', status);
  if (status >= 500) return new ApiError('server', 'CiteQA had a problem answering. Try again.', status);
  if (status === 429) return new ApiError('client', detail || 'Too many requests. Wait a moment and try again.', status);
  return new ApiError('client', detail || 'The request was not accepted (' + status + ').', status);
}

async function postJson(path, body, signal) {
  const response = await request(path, {
    method: 'POST', signal,
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify(body)
  });
  if (!response.ok) throw await problem(response);
  return response.json();
}

export function ask(question, history, signal) {
  const body = {question};
  if (history && history.length) body.history = history;
  return postJson('/api/ask', body, signal);
}

let streamSupported = true;

/**
 * Asks through POST /api/ask/stream when the server has it, calling onPassages(list) and onDelta(text) as
 * events arrive; resolves to the final /api/ask response object. Falls back to POST /api/ask.
 */
export async function askStreaming(question, history, handlers, signal) {
  if (!streamSupported || typeof ReadableStream === 'undefined') return ask(question, history, signal);
  const body = {question};
  if (history && history.length) body.history = history;
  const response = await request('/api/ask/stream', {
    method: 'POST', signal,
    headers: {'Content-Type': 'application/json', 'Accept': 'text/event-stream'},
    body: JSON.stringify(body)
  });
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 404 || response.status === 405 || response.status === 406 || response.status === 415
      || (response.ok && !type.includes('text/event-stream'))) {
    streamSupported = false;
    return ask(question, history, signal);
  }
  if (!response.ok) throw await problem(response);
  let final = null;
  try {
    for await (const event of readSse(response.body)) {
      let data;
      try { data = JSON.parse(event.data); } catch (e) { continue; }
      if (event.event === 'passages' && handlers.onPassages) handlers.onPassages(Array.isArray(data) ? data : (data.passages || data.hits || []));
      else if (event.event === 'delta' && handlers.onDelta && data && typeof data.text === 'string') handlers.onDelta(data.text);
      else if (event.event === 'answer') final = data;
      else if (event.event === 'error') throw new ApiError('server', (data && data.detail) || 'CiteQA had a problem answering. Try again.');
    }
  } catch (e) {
    if (e instanceof ApiError || (e && e.name === 'AbortError')) throw e;
    throw new ApiError('unavailable', 'The connection to CiteQA was lost. Try again.');
  }
  if (final) return final;
  return ask(question, history, signal); // the stream ended without its answer: ask once more, plainly
}

/** Parses a text/event-stream body into {event, data} objects. */
export async function* readSse(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const parse = (block) => {
    let event = 'message';
    const data = [];
    for (const line of block.split(/\r\n|\r|\n/)) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    return data.length ? {event, data: data.join('\n')} : null;
  };
  for (;;) {
    const {value, done} = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, {stream: true});
    let match;
    while ((match = /\r\n\r\n|\n\n|\r\r/.exec(buffer))) {
      const block = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      const parsed = parse(block);
      if (parsed) yield parsed;
    }
  }
  buffer += decoder.decode();
  const last = parse(buffer);
  if (last) yield last;
}

/** POST /api/verify; rejects with kind 'missing' when the server does not have it yet. */
export async function verify(claim, signal) {
  const response = await request('/api/verify', {
    method: 'POST', signal,
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify({claim})
  });
  if (response.status === 404 || response.status === 405) {
    throw new ApiError('missing', 'Claim checking is not available on this server yet.', response.status);
  }
  if (!response.ok) throw await problem(response);
  return response.json();
}

/** GET /api/examples: {questions, claims}, both empty when the service has none or cannot say. */
export async function getExamples() {
  try {
    const response = await fetch('/api/examples', {headers: {'Accept': 'application/json'}});
    const body = response.ok ? await response.json() : {};
    return {questions: body.questions || [], claims: body.claims || []};
  } catch (e) {
    return {questions: [], claims: []};
  }
}

const documents = new Map();

/** GET /api/documents/{id}, cached for the life of the page. */
export function getDocument(id) {
  if (!documents.has(id)) {
    const promise = request('/api/documents/' + encodeURIComponent(id), {headers: {'Accept': 'application/json'}})
      .then(async (response) => {
        if (!response.ok) throw await problem(response);
        return response.json();
      });
    promise.catch(() => documents.delete(id));
    documents.set(id, promise);
  }
  return documents.get(id);
}

/**
 * Fills container with the answer text, turning each [n] that names a citation into a marker button
 * (data-cite="n"); onCite(citation, marker) runs when one is activated.
 */
export function renderAnswerText(container, text, citations, onCite) {
  container.textContent = '';
  const byN = new Map((citations || []).map((c) => [String(c.n), c]));
  const pattern = /\s?\[(\d+)\]/g;
  let last = 0;
  let match;
  while ((match = pattern.exec(text))) {
    const citation = byN.get(match[1]);
    if (!citation) continue;
    if (match.index > last) container.appendChild(document.createTextNode(text.slice(last, match.index)));
    container.appendChild(marker(citation, onCite));
    last = match.index + match[0].length;
  }
  if (last < text.length) container.appendChild(document.createTextNode(text.slice(last)));
}

export function marker(citation, onCite) {
  const button = el('button', {
    type: 'button', class: 'cite', dataset: {cite: citation.n},
    'aria-label': 'Source ' + citation.n + ': ' + (citation.title || citation.documentId)
  }, String(citation.n));
  if (onCite) button.addEventListener('click', () => onCite(citation, button));
  return button;
}

/**
 * A source card: number, title and quote; a button when onOpen is given. A long quote shows its part around the
 * words that decided, marked: the citation's own marks when the service gives them, else the words it shares with the
 * cues (the question, or the claim and the verdict's explanation); see focus.js.
 */
export function sourceCard(citation, onOpen, label, cues) {
  const quote = citation.quote || citation.text || '';
  const excerpt = focusQuote(quote, cues || [], citation.marks);
  const body = [
    el('span', {class: 'card-n', 'aria-hidden': 'true'}, String(citation.n)),
    el('span', {class: 'card-body'},
      el('span', {class: 'card-title'}, citation.title || citation.documentId || 'Source',
        citation.page ? el('span', {class: 'card-page'}, ' \u00b7 p. ' + citation.page) : null),
      el('span', {class: 'card-quote' + (excerpt.cut ? ' excerpt' : ''), title: excerpt.cut ? quote : null},
        excerpt.parts.map((p) => p.mark ? el('mark', {class: 'cue' + (p.contra ? ' contra' : '')}, p.text) : p.text)))
  ];
  if (!onOpen) return el('div', {class: 'card', dataset: {card: citation.n}}, body);
  const card = el('button', {
    type: 'button', class: 'card', dataset: {card: citation.n},
    'aria-label': (label || 'Open source ') + citation.n + ': ' + (citation.title || citation.documentId)
  }, body);
  card.addEventListener('click', () => onOpen(citation, card));
  return card;
}

export const VERDICTS = {
  SUPPORTED: {label: 'Supported', css: 'supported'},
  REFUTED: {label: 'Refuted', css: 'refuted'},
  NOT_ENOUGH_INFO: {label: 'Not enough info', css: 'nei'}
};

export function verdictBadge(verdict) {
  const v = VERDICTS[verdict] || {label: String(verdict || 'Unknown'), css: 'nei'};
  return el('span', {class: 'badge ' + v.css, 'data-testid': 'verdict', dataset: {verdict: verdict || ''}}, v.label);
}

/** Plain text of an answer with its sources, for the clipboard. */
/** The service's own opening of a hedged answer: the page shows it as a note instead. */
const HEDGE = 'The documents may answer this; the closest passage says: ';

/**
 * What comes before an answer's quote: a note when the answer is hedged (the documents only may answer), and the
 * short answer in bold when the question asks for a date, a number or a name. Empty for other answers.
 */
export function answerLead(answer) {
  const lead = [];
  if (answer.hedged) {
    lead.push(el('p', {class: 'hedge', 'data-testid': 'hedged'},
      el('span', {class: 'hedge-icon', 'aria-hidden': 'true'}, '~'),
      'The documents may answer this; the closest passage says:'));
  }
  if (answer.shortAnswer && answer.shortAnswer.text) {
    lead.push(el('p', {class: 'short-answer', 'data-testid': 'short-answer'},
      el('strong', null, answer.shortAnswer.text)));
  }
  return lead;
}

/** The answer's text without the hedge that {@link answerLead} shows as a note. */
export function quotedText(answer) {
  const text = answer.answer || '';
  return answer.hedged && text.startsWith(HEDGE) ? text.slice(HEDGE.length) : text;
}

export function answerAsText(question, answer, link) {
  const lines = ['Q: ' + question, ''];
  if (answer.shortAnswer && answer.shortAnswer.text) lines.push('A: ' + answer.shortAnswer.text, '');
  lines.push((answer.answer || '').trim());
  const cites = answer.citations || [];
  if (cites.length) {
    lines.push('', 'Sources:');
    for (const c of cites) lines.push('[' + c.n + '] ' + (c.title || c.documentId) + ': "' + (c.quote || '').trim() + '"');
  }
  if (link) lines.push('', link);
  return lines.join('\n');
}

export function questionLink(question) {
  return location.origin + '/?q=' + encodeURIComponent(question);
}

export function claimLink(claim) {
  return location.origin + '/?mode=verify&claim=' + encodeURIComponent(claim);
}

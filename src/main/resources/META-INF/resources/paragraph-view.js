// CiteQA paragraph check: a text checked sentence by sentence (POST /api/verify/text/stream, or /api/verify/text),
// shown as the paragraph itself with each sentence marked by its verdict, a tally, and the chosen sentence's
// explanation and evidence. Used by the chat page (app.js) and the embed card (card.js), loaded through
// paragraph.js when first needed. Every piece of text from the user or the service goes in as text, never as HTML.
import {el, readSse, ApiError, request, problem} from '/core.js';

export const VERDICT_TEXT = {
  SUPPORTED: {label: 'Supported', tally: 'supported', css: 'supported'},
  REFUTED: {label: 'Refuted', tally: 'refuted', css: 'refuted'},
  NOT_ENOUGH_INFO: {label: 'Not in the documents', tally: 'not in the documents', css: 'nei'}
};
const ORDER = ['SUPPORTED', 'REFUTED', 'NOT_ENOUGH_INFO'];

const ICONS = {
  SUPPORTED: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  REFUTED: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
  NOT_ENOUGH_INFO: 'M11 18h2v-2h-2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4z'
};

// ---------- the API ----------

let streamSupported = true;

function budgetError(body, fallbackMessage, status) {
  const error = new ApiError(status === 503 ? 'unavailable' : 'server',
    (body && (body.detail || body.title)) || fallbackMessage, status);
  if (body && Array.isArray(body.sentences)) error.partial = body.sentences;
  if (body && Number.isInteger(body.total)) error.total = body.total;
  return error;
}

/**
 * Checks text sentence by sentence, streaming when the server can: handlers.onPlan(spans) once, then
 * handlers.onSentence(index, sentence) as each is checked. Resolves to the /api/verify/text response. When the time
 * budget runs out (or the connection drops) it rejects with an ApiError whose `partial` holds the sentences done.
 */
export async function checkText(text, handlers, signal) {
  const on = handlers || {};
  if (streamSupported && typeof ReadableStream !== 'undefined') {
    const response = await request('/api/verify/text/stream', {
      method: 'POST', signal,
      headers: {'Content-Type': 'application/json', 'Accept': 'text/event-stream'},
      body: JSON.stringify({text})
    });
    const type = response.headers.get('Content-Type') || '';
    if ([404, 405, 406, 415].includes(response.status) || (response.ok && !type.includes('text/event-stream'))) {
      streamSupported = false;
    } else if (!response.ok) {
      throw await problem(response);
    } else {
      return readStream(response, on);
    }
  }
  const response = await request('/api/verify/text', {
    method: 'POST', signal,
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify({text})
  });
  if (response.status === 404 || response.status === 405) {
    throw new ApiError('missing', 'Checking a paragraph is not available on this server yet.', response.status);
  }
  if (!response.ok) {
    const body = await response.clone().json().catch(() => null);
    const error = await problem(response);
    if (body && Array.isArray(body.sentences)) return Promise.reject(budgetError(body, error.message, response.status));
    throw error;
  }
  return response.json();
}

async function readStream(response, on) {
  const done = [];
  try {
    for await (const event of readSse(response.body)) {
      let data;
      try { data = JSON.parse(event.data); } catch (e) { continue; }
      if (event.event === 'sentences' && on.onPlan) on.onPlan(data.sentences || []);
      else if (event.event === 'sentence' && data) {
        done.push(data);
        if (on.onSentence) on.onSentence(Number.isInteger(data.index) ? data.index : done.length - 1, data);
      } else if (event.event === 'result') return data;
      else if (event.event === 'error') {
        throw budgetError(data, 'CiteQA had a problem checking this text. Try again.', (data && data.status) || 500);
      }
    }
  } catch (e) {
    if (e instanceof ApiError || (e && e.name === 'AbortError')) throw e;
  }
  const lost = new ApiError('unavailable', 'The connection to CiteQA was lost before every sentence was checked.');
  lost.partial = done;
  throw lost;
}

// ---------- pieces ----------

function icon(verdict) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '15');
  svg.setAttribute('height', '15');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'verdict-icon');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', ICONS[verdict] || ICONS.NOT_ENOUGH_INFO);
  svg.appendChild(path);
  return svg;
}

function verdictOf(sentence) {
  const v = sentence && sentence.result && sentence.result.verdict;
  return VERDICT_TEXT[v] ? v : 'NOT_ENOUGH_INFO';
}

export function tallyText(sentences) {
  const counts = countVerdicts(sentences);
  return ORDER.map((v) => counts[v] + ' ' + VERDICT_TEXT[v].tally).join(' \u00B7 ');
}

function countVerdicts(sentences) {
  const counts = {SUPPORTED: 0, REFUTED: 0, NOT_ENOUGH_INFO: 0};
  for (const s of sentences) counts[verdictOf(s)]++;
  return counts;
}

/** The quote with its deciding words in <mark>: words shared with the sentence, and words contradicting it. */
export function markedQuote(quote, marks) {
  const parts = [];
  let at = 0;
  for (const m of Array.isArray(marks) ? marks : []) {
    if (!m || !Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < at || m.end <= m.start
        || m.end > quote.length) continue;
    if (m.start > at) parts.push(quote.slice(at, m.start));
    const contra = m.kind === 'CONTRADICTION';
    parts.push(el('mark', {class: 'decisive ' + (contra ? 'contra' : 'match'),
      title: contra ? 'Contradicts the sentence' : 'Also in the sentence'}, quote.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < quote.length) parts.push(quote.slice(at));
  return parts;
}

function evidenceCard(citation, onOpen) {
  const quote = citation.quote || citation.text || '';
  const title = citation.title || citation.documentId || 'Source';
  const body = [
    el('span', {class: 'card-n', 'aria-hidden': 'true'}, String(citation.n)),
    el('span', {class: 'card-body'},
      el('span', {class: 'card-title'}, title),
      el('span', {class: 'card-quote whole'}, markedQuote(quote, citation.marks)))
  ];
  if (!onOpen) return el('div', {class: 'card', dataset: {card: citation.n}}, body);
  const card = el('button', {
    type: 'button', class: 'card', dataset: {card: citation.n},
    'aria-label': 'Open evidence ' + citation.n + ': ' + title
  }, body);
  card.addEventListener('click', () => onOpen(citation, card));
  return card;
}

/** The result as plain text: the tally, then each sentence with its verdict, explanation and evidence. */
export function paragraphAsText(text, sentences, link, unfinished) {
  const lines = ['Checked against the documents: ' + tallyText(sentences)];
  sentences.forEach((s, i) => {
    const r = s.result || {};
    const v = VERDICT_TEXT[verdictOf(s)];
    lines.push('', (i + 1) + '. ' + s.text,
      '   ' + v.label + (typeof r.confidence === 'number' ? ' (' + Math.round(r.confidence * 100) + '% confidence)' : '')
        + (r.explanation ? ': ' + r.explanation : ''));
    for (const c of r.evidence || []) {
      lines.push('   [' + c.n + '] ' + (c.title || c.documentId) + ': "' + (c.quote || '').trim() + '"');
    }
  });
  if (unfinished) lines.push('', unfinished);
  if (link) lines.push('', link);
  return lines.join('\n');
}

// ---------- the view ----------

let views = 0;

/**
 * The paragraph check as an <article>: a tally, progress, the paragraph with each sentence marked (a button-like
 * span, in reading order, arrow keys move between them), and the chosen sentence's details. options: onOpen
 * (citation, trigger) opens a document at a quote; actions (sentences, unfinished) returns the copy/link row;
 * onDone(summary) hears the outcome.
 */
export class ParagraphCheck {
  constructor(text, options) {
    this.text = text;
    this.options = options || {};
    this.id = 'check-' + (++views);
    this.sentences = [];
    this.nodes = new Map();
    this.selected = -1;
    this.tally = el('p', {class: 'tally', 'data-testid': 'verdict-tally', hidden: true});
    this.progress = el('div', {class: 'check-progress', role: 'status'},
      el('span', {class: 'dots', 'aria-hidden': 'true'}, el('span'), el('span'), el('span')),
      el('span', {class: 'progress-text'}, 'Checking the paragraph against the documents\u2026'));
    this.paragraph = el('p', {class: 'checked-text pending'}, text);
    this.help = el('p', {class: 'check-help', hidden: true}, 'Choose a sentence to see its evidence.');
    this.notice = el('div', {class: 'check-notice', hidden: true});
    this.detail = el('section', {class: 'sentence-detail', id: this.id + '-detail', 'aria-live': 'polite',
      'aria-label': 'Chosen sentence', 'data-testid': 'sentence-detail', hidden: true});
    this.footer = el('div');
    this.element = el('article', {
      class: 'answer paragraph-check', 'data-testid': 'paragraph-result', 'aria-busy': 'true',
      'aria-label': 'Paragraph check'
    }, this.tally, this.progress, this.paragraph, this.help, this.notice, this.detail, this.footer);
    this.paragraph.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Checks the text and renders the outcome; rejects only when aborted. */
  async run(signal) {
    this.reset();
    try {
      const result = await checkText(this.text, {
        onPlan: (spans) => this.plan(spans),
        onSentence: (index, sentence) => this.checked(index, sentence)
      }, signal);
      const sentences = (result && result.sentences) || [];
      sentences.forEach((s, i) => { if (!this.sentences[i]) this.checked(i, s); });
      this.finish(null);
    } catch (error) {
      if (error && error.name === 'AbortError') throw error;
      if (Array.isArray(error.partial)) {
        error.partial.forEach((s, i) => { if (!this.sentences[i]) this.checked(i, s); });
      }
      this.finish(error);
    }
  }

  reset() {
    this.sentences = [];
    this.nodes.clear();
    this.spans = null;
    this.selected = -1;
    this.element.setAttribute('aria-busy', 'true');
    this.tally.hidden = true;
    this.progress.hidden = false;
    this.progress.querySelector('.progress-text').textContent = 'Checking the paragraph against the documents\u2026';
    const bar = this.progress.querySelector('progress');
    if (bar) bar.remove();
    this.paragraph.className = 'checked-text pending';
    this.paragraph.textContent = this.text;
    this.help.hidden = true;
    this.notice.hidden = true;
    this.notice.textContent = '';
    this.detail.hidden = true;
    this.detail.textContent = '';
    this.footer.textContent = '';
  }

  /** The sentences the server will check, before any is: the paragraph is laid out with them, unmarked. */
  plan(spans) {
    const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0
      && s.end <= this.text.length && s.start < s.end);
    this.spans = valid.filter((s, i) => i === 0 || s.start >= valid[i - 1].end);
    this.layout();
    const bar = el('progress', {max: String(this.spans.length), value: '0',
      'aria-label': 'Sentences checked'});
    this.progress.appendChild(bar);
    this.updateProgress();
  }

  checked(index, sentence) {
    this.sentences[index] = sentence;
    if (!this.spans || !this.nodes.has(index)) {
      // no plan (the plain endpoint): lay the paragraph out with the sentences known so far
      this.spans = null;
      this.layout();
    } else {
      this.mark(index);
    }
    this.updateProgress();
  }

  /** Writes the paragraph: each sentence a span, the text between them as it was typed. */
  layout() {
    const spans = this.spans ? this.spans.map((s, i) => ({start: s.start, end: s.end, i}))
      : this.sentences.map((s, i) => (s ? {start: s.start, end: s.end, i} : null)).filter(Boolean);
    this.paragraph.textContent = '';
    this.paragraph.className = 'checked-text';
    this.nodes.clear();
    let at = 0;
    for (const span of spans) {
      if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < at
          || span.end > this.text.length) continue;
      if (span.start > at) this.paragraph.appendChild(document.createTextNode(this.text.slice(at, span.start)));
      const node = el('span', {class: 'sentence waiting'}, this.text.slice(span.start, span.end));
      this.paragraph.appendChild(node);
      this.nodes.set(span.i, node);
      at = span.end;
      if (this.sentences[span.i]) this.mark(span.i);
    }
    const rest = this.text.slice(at);
    if (rest.trim()) {
      const lead = rest.length - rest.trimStart().length;
      if (lead) this.paragraph.appendChild(document.createTextNode(rest.slice(0, lead)));
      this.paragraph.appendChild(el('span', {class: 'sentence waiting tail'}, rest.slice(lead)));
    } else if (rest) {
      this.paragraph.appendChild(document.createTextNode(rest));
    }
  }

  /** Turns sentence i into a marked, selectable sentence. */
  mark(i) {
    const node = this.nodes.get(i);
    const sentence = this.sentences[i];
    if (!node || !sentence) return;
    const verdict = verdictOf(sentence);
    const v = VERDICT_TEXT[verdict];
    node.className = 'sentence checked ' + v.css;
    node.textContent = this.text.slice(sentence.start, sentence.end) || sentence.text || '';
    node.appendChild(el('span', {class: 'verdict-tag'}, icon(verdict), el('span', {class: 'verdict-word'}, v.label)));
    node.setAttribute('role', 'button');
    node.setAttribute('tabindex', '0');
    node.setAttribute('aria-expanded', 'false');
    node.setAttribute('aria-controls', this.detail.id);
    node.dataset.testid = 'checked-sentence';
    node.dataset.verdict = verdict;
    node.dataset.index = String(i);
    node.onclick = () => this.select(i);
  }

  updateProgress() {
    const done = this.sentences.filter(Boolean).length;
    const total = this.spans ? this.spans.length : null;
    this.tally.hidden = done === 0;
    this.tally.textContent = '';
    if (done) this.fillTally();
    const text = this.progress.querySelector('.progress-text');
    text.textContent = total ? 'Checked ' + done + ' of ' + total + ' sentence' + (total === 1 ? '' : 's') + '\u2026'
      : 'Checking the paragraph against the documents\u2026';
    const bar = this.progress.querySelector('progress');
    if (bar) bar.value = done;
  }

  fillTally() {
    const counts = countVerdicts(this.sentences.filter(Boolean));
    ORDER.forEach((verdict, i) => {
      if (i) this.tally.appendChild(document.createTextNode(' \u00B7 '));
      this.tally.appendChild(el('span', {class: 'tally-part ' + VERDICT_TEXT[verdict].css},
        icon(verdict), counts[verdict] + ' ' + VERDICT_TEXT[verdict].tally));
    });
  }

  finish(error) {
    const done = this.sentences.filter(Boolean);
    this.element.setAttribute('aria-busy', 'false');
    this.progress.hidden = true;
    // Laid out again from the plan (sentences left are marked not checked) or, without one, from the sentences
    // checked (the text after the last one is marked not checked).
    this.layout();
    this.updateProgress();
    let unfinished = null;
    if (error) {
      const total = Number.isInteger(error.total) ? error.total : this.spans ? this.spans.length : null;
      unfinished = done.length
        ? 'Only ' + done.length + (total ? ' of ' + total : '') + ' sentences were checked. ' + (error.message || '')
        : error.message || 'The paragraph could not be checked.';
      this.notice.hidden = false;
      this.notice.setAttribute('role', 'alert');
      this.notice.setAttribute('data-testid', 'check-notice');
      this.notice.appendChild(el('p', {class: 'error-title'},
        done.length ? 'Not every sentence was checked' : 'The paragraph could not be checked'));
      this.notice.appendChild(el('p', {class: 'error-text'}, error.message || 'Try again.'));
      if (this.options.onRetry && ['unavailable', 'server', 'offline'].includes(error.kind)) {
        this.notice.appendChild(el('button', {type: 'button', class: 'secondary', onclick: () => this.options.onRetry()},
          'Try again'));
      }
    }
    this.paragraph.querySelectorAll('.sentence.waiting').forEach((n) => {
      n.classList.add('unchecked');
      n.setAttribute('data-testid', 'unchecked-sentence');
      n.appendChild(el('span', {class: 'verdict-tag'}, el('span', {class: 'verdict-word'}, 'Not checked')));
    });
    this.help.hidden = done.length === 0;
    if (this.options.actions && (done.length || !error)) {
      this.footer.appendChild(this.options.actions(done, unfinished));
    }
    if (this.options.onDone) {
      this.options.onDone(done.length
        ? 'Checked ' + done.length + ' sentence' + (done.length === 1 ? '' : 's') + ': ' + tallyText(done).replaceAll(' \u00B7 ', ', ') + '.'
          + (error ? ' ' + (error.message || '') : '')
        : (error && error.message) || 'Nothing to check.', error);
    }
  }

  /** Shows sentence i's verdict, explanation and evidence below the paragraph; choosing it again hides them. */
  select(i) {
    const sentence = this.sentences[i];
    if (!sentence) return;
    if (this.selected === i) {
      this.selected = -1;
      this.nodes.get(i).setAttribute('aria-expanded', 'false');
      this.nodes.get(i).classList.remove('selected');
      this.detail.hidden = true;
      this.detail.textContent = '';
      return;
    }
    for (const [k, node] of this.nodes) {
      node.classList.toggle('selected', k === i);
      if (node.hasAttribute('aria-expanded')) node.setAttribute('aria-expanded', String(k === i));
    }
    this.selected = i;
    const r = sentence.result || {};
    const verdict = verdictOf(sentence);
    const v = VERDICT_TEXT[verdict];
    const total = this.sentences.filter(Boolean).length;
    this.detail.textContent = '';
    this.detail.append(
      el('p', {class: 'detail-kicker'}, 'Sentence ' + (i + 1) + ' of ' + Math.max(total, this.nodes.size)),
      el('blockquote', {class: 'detail-sentence'}, sentence.text || ''),
      el('div', {class: 'verdict-head'},
        el('span', {class: 'badge ' + v.css, 'data-testid': 'sentence-verdict', dataset: {verdict}}, icon(verdict), v.label),
        typeof r.confidence === 'number'
          ? el('span', {class: 'confidence'}, Math.round(r.confidence * 100) + '% confidence') : null),
      r.explanation ? el('p', {class: 'explanation'}, r.explanation) : null);
    const evidence = r.evidence || [];
    if (evidence.length) {
      this.detail.append(el('h3', {class: 'sources-title'}, 'Evidence'),
        el('div', {class: 'cards', role: 'list', 'aria-label': 'Evidence for sentence ' + (i + 1)},
          evidence.map((c, k) => el('div', {role: 'listitem'},
            evidenceCard(Object.assign({}, c, {n: c.n || k + 1}), this.options.onOpen)))));
    }
    this.detail.hidden = false;
    if (this.detail.scrollIntoView) this.detail.scrollIntoView({block: 'nearest'});
  }

  /** Enter or Space chooses a sentence; the arrow keys, Home and End move between sentences in reading order. */
  onKey(event) {
    const node = event.target.closest && event.target.closest('.sentence.checked');
    if (!node) return;
    const i = Number(node.dataset.index);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(i);
      return;
    }
    const order = [...this.nodes.keys()].filter((k) => this.sentences[k]);
    const at = order.indexOf(i);
    let next = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = order[Math.min(order.length - 1, at + 1)];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = order[Math.max(0, at - 1)];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (next === null || next === undefined) return;
    event.preventDefault();
    this.nodes.get(next).focus();
  }
}

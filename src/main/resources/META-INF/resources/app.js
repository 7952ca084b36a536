// CiteQA chat page. No framework; all service and user text goes in as text nodes.
import {
  askStreaming, verify, getDocument, getExamples, el, renderAnswerText, answerLead, quotedText, sourceCard, verdictBadge,
  answerAsText,
  questionLink, claimLink
} from '/core.js';
import {looksLikeParagraph, paragraphLink, paragraphView, pageParams, characterCount} from '/paragraph.js';

const $ = (id) => document.getElementById(id);
const box = $('question');
const form = $('composer');
const thread = $('thread');
const scroller = $('scroll');
const intro = $('intro');
const panel = $('source-panel');
const panelBody = $('panel-body');
const status = $('status');
const counter = characterCount(box, $('hint'), announce);

// Examples come from the service (configuration or the documents' metadata), so they fit the corpus; none, none shown.
const EXAMPLES = {ask: [], verify: []};

const state = {mode: 'ask', history: [], busy: false, controller: null, panelToken: 0, returnFocus: null};

// ---------- modes ----------

function setMode(mode) {
  state.mode = mode;
  $('mode-ask').setAttribute('aria-pressed', String(mode === 'ask'));
  $('mode-verify').setAttribute('aria-pressed', String(mode === 'verify'));
  const verifying = mode === 'verify';
  box.placeholder = verifying ? 'A claim or a paragraph' : 'Ask about the documents';
  counter.show(verifying);
  $('question-label').textContent = verifying ? 'Claim or paragraph to check' : 'Your question';
  $('intro-title').textContent = verifying ? 'Check a claim' : 'Ask the documents';
  $('intro-text').textContent = verifying
    ? 'CiteQA tells you whether the documents support or refute a statement, or each sentence of a paragraph, and shows the evidence.'
    : 'Answers quote the documents word for word, with numbered citations you can open.';
  renderExamples();
}

async function loadExamples() {
  const examples = await getExamples();
  EXAMPLES.ask = examples.questions;
  EXAMPLES.verify = examples.claims;
  renderExamples();
}

function renderExamples() {
  const list = $('examples');
  if (!list) return; // the page's body was replaced (a host page pasting the embed snippet in a test)
  list.textContent = '';
  list.hidden = EXAMPLES[state.mode].length === 0;
  for (const text of EXAMPLES[state.mode]) {
    list.appendChild(el('li', null, el('button', {
      type: 'button', class: 'example',
      onclick: () => { box.value = text; submit(); }
    }, text)));
  }
}

// ---------- thread ----------

function showIntro(show) {
  intro.hidden = !show;
}

function nearBottom() {
  return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
}

function scrollToEnd(force) {
  if (force || nearBottom()) scroller.scrollTop = scroller.scrollHeight;
}

function addTurn(role, ...children) {
  const li = el('li', {class: 'turn ' + role}, ...children);
  thread.appendChild(li);
  showIntro(false);
  return li;
}

function userTurn(text, kind) {
  addTurn('user', el('div', {class: 'bubble'},
    kind ? el('span', {class: 'bubble-kind'}, kind) : null,
    el('p', {class: 'bubble-text'}, text)));
  scrollToEnd(true);
}

function pending(label) {
  return el('div', {class: 'pending', role: 'status'},
    el('span', {class: 'dots', 'aria-hidden': 'true'}, el('span'), el('span'), el('span')),
    el('span', {class: 'pending-text'}, label));
}

function errorState(error, retry) {
  const offline = error.kind === 'offline' || error.kind === 'unavailable';
  return el('div', {class: 'error', role: 'alert', 'data-testid': 'error'},
    el('p', {class: 'error-title'}, offline ? 'Can\u2019t reach CiteQA' : 'Something went wrong'),
    el('p', {class: 'error-text'}, error.message || 'Try again.'),
    retry ? el('button', {type: 'button', class: 'secondary', onclick: retry}, 'Try again') : null);
}

function setBusy(busy) {
  state.busy = busy;
  $('send').disabled = busy;
  form.setAttribute('aria-busy', String(busy));
}

// ---------- asking ----------

async function askQuestion(question) {
  userTurn(question);
  const history = state.history.slice(-12);
  const article = el('article', {class: 'answer', 'data-testid': 'answer', 'aria-busy': 'true', 'aria-label': 'Answer'});
  article.appendChild(pending('Searching the documents\u2026'));
  const turn = addTurn('bot', article);
  scrollToEnd(true);
  await runAsk(question, history, article, turn);
}

async function runAsk(question, history, article, turn) {
  setBusy(true);
  const controller = new AbortController();
  state.controller = controller;
  let streamed = '';
  let textNode = null;
  try {
    const answer = await askStreaming(question, history, {
      onPassages: (passages) => {
        const note = article.querySelector('.pending-text');
        if (note) note.textContent = 'Reading ' + passages.length + ' passage' + (passages.length === 1 ? '' : 's') + '\u2026';
      },
      onDelta: (text) => {
        streamed += text;
        if (!textNode) {
          article.textContent = '';
          textNode = el('p', {class: 'answer-text streaming'});
          article.appendChild(textNode);
        }
        textNode.textContent = streamed;
        scrollToEnd(false);
      }
    }, controller.signal);
    if (controller.signal.aborted) return;
    renderAnswer(article, question, answer);
    showFromQuestion(turn);
    state.history.push({role: 'user', content: question}, {role: 'assistant', content: answer.answer || ''});
    announce(answer.answered === false ? 'The documents do not answer this.' : 'Answer ready.');
  } catch (error) {
    if (error && error.name === 'AbortError') return;
    article.textContent = '';
    article.appendChild(errorState(error, () => {
      article.textContent = '';
      article.appendChild(pending('Searching the documents\u2026'));
      article.setAttribute('aria-busy', 'true');
      runAsk(question, history, article, turn);
    }));
    announce(error.message || 'The question could not be answered.');
    scrollToEnd(true);
  } finally {
    article.setAttribute('aria-busy', 'false');
    if (state.controller === controller) {
      state.controller = null;
      setBusy(false);
    }
  }
}

/** Scrolls so that the question above this answer turn is at the top, unless everything already fits. */
function showFromQuestion(turn) {
  const asked = turn.previousElementSibling || turn;
  const top = asked.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 12;
  scroller.scrollTop = Math.min(top, scroller.scrollHeight - scroller.clientHeight);
}

function renderAnswer(article, question, answer) {
  article.textContent = '';
  const notes = [];
  if (answer.standaloneQuestion && answer.standaloneQuestion.trim() !== question.trim()) {
    notes.push(el('p', {class: 'note'}, 'Searched for: ', el('q', null, answer.standaloneQuestion)));
  }
  if (answer.fallbackReason) notes.push(el('p', {class: 'note'}, answer.fallbackReason));

  if (answer.answered === false) {
    const related = answer.related || [];
    article.appendChild(el('div', {class: 'abstained', 'data-testid': 'abstained'},
      el('p', {class: 'abstained-title'},
        el('span', {class: 'abstained-icon', 'aria-hidden': 'true'}, '?'),
        'The documents do not answer this'),
      el('p', {class: 'abstained-text'},
        'CiteQA only answers from the documents, and none of them says this. '
        + (related.length ? 'These passages came closest:' : 'Try asking in other words.'))));
    if (related.length) {
      article.appendChild(el('div', {class: 'cards', role: 'list', 'aria-label': 'Closest passages'},
        related.map((c) => el('div', {role: 'listitem'}, sourceCard(c, openSource, 'Open passage ', [question])))));
    }
  } else {
    for (const part of answerLead(answer)) article.appendChild(part);
    const text = el('p', {class: 'answer-text'});
    renderAnswerText(text, quotedText(answer), answer.citations, openSource);
    article.appendChild(text);
    const cites = answer.citations || [];
    if (cites.length) {
      article.appendChild(el('h3', {class: 'sources-title'}, cites.length === 1 ? 'Source' : 'Sources'));
      article.appendChild(el('div', {class: 'cards', role: 'list', 'aria-label': 'Sources'},
        cites.map((c) => el('div', {role: 'listitem'}, sourceCard(c, openSource, null, [question])))));
    }
  }
  for (const n of notes) article.appendChild(n);
  article.appendChild(actions(question, answer));
}

function actions(question, answer) {
  const link = questionLink(question);
  const copy = el('button', {type: 'button', class: 'action'}, 'Copy answer');
  copy.addEventListener('click', async () => {
    const ok = await copyText(answerAsText(question, answer, link));
    copy.textContent = ok ? 'Copied' : 'Copy failed';
    announce(ok ? 'Answer copied with its citations.' : 'Could not copy.');
    setTimeout(() => { copy.textContent = 'Copy answer'; }, 2000);
  });
  return el('div', {class: 'actions'}, copy,
    el('a', {class: 'action', href: link, 'aria-label': 'Link to this question'}, 'Link'));
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    const area = el('textarea', {class: 'offscreen', readonly: true});
    area.value = text;
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (ignored) { ok = false; }
    area.remove();
    return ok;
  }
}

// ---------- claims ----------

async function checkClaim(claim) {
  if (looksLikeParagraph(claim)) return checkParagraph(claim);
  userTurn(claim, 'Claim');
  const article = el('article', {class: 'answer verify', 'data-testid': 'verify-result', 'aria-busy': 'true', 'aria-label': 'Claim check'});
  article.appendChild(pending('Checking the claim against the documents\u2026'));
  addTurn('bot', article);
  scrollToEnd(true);
  await runVerify(claim, article);
}

async function runVerify(claim, article) {
  setBusy(true);
  const controller = new AbortController();
  state.controller = controller;
  try {
    const result = await verify(claim, controller.signal);
    if (controller.signal.aborted) return;
    renderVerdict(article, claim, result);
    showFromQuestion(article.parentElement);
    announce('Verdict: ' + article.querySelector('[data-testid="verdict"]').textContent + '.');
  } catch (error) {
    if (error && error.name === 'AbortError') return;
    article.textContent = '';
    article.appendChild(errorState(error, error.kind === 'missing' ? null : () => {
      article.textContent = '';
      article.appendChild(pending('Checking the claim against the documents\u2026'));
      runVerify(claim, article);
    }));
    announce(error.message);
    scrollToEnd(true);
  } finally {
    article.setAttribute('aria-busy', 'false');
    if (state.controller === controller) {
      state.controller = null;
      setBusy(false);
    }
  }
}

function renderVerdict(article, claim, result) {
  article.textContent = '';
  const head = el('div', {class: 'verdict-head'}, verdictBadge(result.verdict));
  if (typeof result.confidence === 'number') {
    head.appendChild(el('span', {class: 'confidence'}, Math.round(result.confidence * 100) + '% confidence'));
  }
  article.appendChild(head);
  if (result.explanation) article.appendChild(el('p', {class: 'explanation'}, result.explanation));
  const evidence = result.evidence || [];
  if (evidence.length) {
    article.appendChild(el('h3', {class: 'sources-title'}, 'Evidence'));
    article.appendChild(el('div', {class: 'cards', role: 'list', 'aria-label': 'Evidence'},
      evidence.map((c, i) => el('div', {role: 'listitem'},
        sourceCard(Object.assign({n: i + 1}, c), openSource, 'Open evidence ', [claim, result.explanation])))));
  }
  const link = claimLink(claim);
  const copy = el('button', {type: 'button', class: 'action'}, 'Copy result');
  copy.addEventListener('click', async () => {
    const lines = ['Claim: ' + claim, 'Verdict: ' + head.firstChild.textContent, '', result.explanation || ''];
    evidence.forEach((c, i) => lines.push('[' + (c.n || i + 1) + '] ' + (c.title || c.documentId) + ': "' + (c.quote || '') + '"'));
    lines.push('', link);
    const ok = await copyText(lines.join('\n'));
    copy.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => { copy.textContent = 'Copy result'; }, 2000);
  });
  article.appendChild(el('div', {class: 'actions'}, copy,
    el('a', {class: 'action', href: link, 'aria-label': 'Link to this claim'}, 'Link')));
}

// ---------- paragraphs (paragraph.js) ----------

async function checkParagraph(text) {
  userTurn(text, 'Paragraph');
  thread.lastElementChild.classList.add('long');
  setBusy(true);
  let loaded;
  try {
    loaded = await paragraphView();
  } catch (e) {
    setBusy(false);
    addTurn('bot', el('article', {class: 'answer'}, errorState({kind: 'unavailable',
      message: 'The paragraph check could not be loaded. Check your connection and send it again.'})));
    return;
  }
  const {ParagraphCheck, paragraphAsText} = loaded;
  const link = paragraphLink(text);
  const view = new ParagraphCheck(text, {
    onOpen: openSource,
    onRetry: () => runParagraph(view),
    onDone: (summary) => announce(summary),
    actions: (sentences, unfinished) => {
      const copy = el('button', {type: 'button', class: 'action'}, 'Copy result');
      copy.addEventListener('click', async () => {
        const ok = await copyText(paragraphAsText(text, sentences, link, unfinished));
        copy.textContent = ok ? 'Copied' : 'Copy failed';
        announce(ok ? 'Result copied as text.' : 'Could not copy.');
        setTimeout(() => { copy.textContent = 'Copy result'; }, 2000);
      });
      return el('div', {class: 'actions'}, copy,
        el('a', {class: 'action', href: link, 'aria-label': 'Link to this check'}, 'Link'));
    }
  });
  addTurn('bot', view.element);
  scrollToEnd(true);
  await runParagraph(view);
}

async function runParagraph(view) {
  setBusy(true);
  const controller = new AbortController();
  state.controller = controller;
  try {
    await view.run(controller.signal);
    if (!controller.signal.aborted) showFromQuestion(view.element.parentElement);
  } catch (error) {
    if (!(error && error.name === 'AbortError')) throw error;
  } finally {
    if (state.controller === controller) {
      state.controller = null;
      setBusy(false);
    }
  }
}

// ---------- source panel ----------

async function openSource(citation, trigger) {
  const token = ++state.panelToken;
  state.returnFocus = trigger || document.activeElement;
  $('panel-kicker').textContent = 'Source ' + (citation.n || '') + (citation.page ? ' \u00b7 p. ' + citation.page : '');
  $('panel-title').textContent = citation.title || citation.documentId;
  panelBody.textContent = '';
  panelBody.appendChild(pending('Loading the document\u2026'));
  panel.hidden = false;
  document.body.classList.add('panel-open');
  panelBody.focus({preventScroll: true});
  try {
    const doc = await getDocument(citation.documentId);
    if (token !== state.panelToken) return;
    showDocument(doc, citation);
  } catch (error) {
    if (token !== state.panelToken) return;
    panelBody.textContent = '';
    panelBody.appendChild(errorState(error, () => openSource(citation, trigger)));
  }
}

function showDocument(doc, citation) {
  const text = doc.text || '';
  let start = citation.start;
  let end = citation.end;
  const quote = citation.quote || '';
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start <= end
        && (!quote || text.slice(start, end) === quote))) {
    start = quote ? text.indexOf(quote) : -1; // offsets disagree with the text: fall back to finding the quote
    end = start < 0 ? -1 : start + quote.length;
  }
  panelBody.textContent = '';
  const article = el('div', {class: 'doc-text'});
  if (start < 0) {
    panelBody.appendChild(el('p', {class: 'note'}, 'The quoted passage could not be located in this document.'));
    article.appendChild(document.createTextNode(text));
  } else {
    article.appendChild(document.createTextNode(text.slice(0, start)));
    article.appendChild(el('mark', {id: 'cited'}, text.slice(start, end)));
    article.appendChild(document.createTextNode(text.slice(end)));
  }
  if (doc.source) panelBody.appendChild(el('p', {class: 'doc-source'}, doc.source));
  panelBody.appendChild(article);
  const mark = article.querySelector('mark');
  if (mark) {
    requestAnimationFrame(() => mark.scrollIntoView({block: 'center'}));
  }
}

function closePanel() {
  panel.hidden = true;
  document.body.classList.remove('panel-open');
  state.panelToken++;
  const back = state.returnFocus;
  state.returnFocus = null;
  if (back && document.contains(back)) back.focus();
}

// ---------- composer ----------

function submit() {
  const text = box.value.trim();
  if (!text || state.busy) return;
  box.value = '';
  autosize();
  if (state.mode === 'verify') checkClaim(text);
  else askQuestion(text);
}

function autosize() {
  box.style.height = 'auto';
  const borders = box.offsetHeight - box.clientHeight;
  const wanted = box.scrollHeight + borders;
  box.style.height = Math.min(wanted, 200) + 'px';
  box.style.overflowY = wanted > 200 ? 'auto' : 'hidden';
  counter.update();
}

function newConversation() {
  if (state.controller) state.controller.abort();
  state.controller = null;
  setBusy(false);
  state.history = [];
  thread.textContent = '';
  if (!panel.hidden) closePanel();
  showIntro(true);
  if (location.search) history.replaceState(null, '', '/');
  announce('New conversation.');
  box.focus();
}

function announce(text) {
  status.textContent = '';
  setTimeout(() => { status.textContent = text; }, 50);
}

form.addEventListener('submit', (event) => { event.preventDefault(); submit(); });
box.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submit();
  }
});
box.addEventListener('input', autosize);
$('mode-ask').addEventListener('click', () => { setMode('ask'); box.focus(); });
$('mode-verify').addEventListener('click', () => { setMode('verify'); box.focus(); });
$('new-chat').addEventListener('click', newConversation);
$('panel-close').addEventListener('click', closePanel);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden) closePanel();
});

function onlineChanged() { $('offline').hidden = navigator.onLine !== false; }
window.addEventListener('online', onlineChanged);
window.addEventListener('offline', onlineChanged);
onlineChanged();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => { /* offline support is optional */ });
}

// ---------- start ----------

const params = pageParams(location);
// A long paragraph's link carries it after '#'; opened on this page, it must check it as a fresh load would.
window.addEventListener('hashchange', () => { if (pageParams(location).has('claim')) location.reload(); });
const initialQuestion = (params.get('q') || '').trim();
const initialClaim = (params.get('claim') || '').trim();
// A link with a claim checks it, with or without mode=verify (unless it also asks a question).
if (params.get('mode') === 'verify' || (initialClaim && !initialQuestion)) setMode('verify'); else setMode('ask');
loadExamples();
if (state.mode === 'verify' && initialClaim) checkClaim(initialClaim);
else if (initialQuestion) askQuestion(initialQuestion);
else if (matchMedia('(pointer: fine)').matches) box.focus(); // no keyboard popping up on phones

// The compact card at /embed?q=..., /embed?mode=verify&claim=... or /embed?mode=verify-text&text=..., shown in an
// iframe by /embed.js.
import {
  askStreaming, verify, el, renderAnswerText, answerLead, quotedText, sourceCard, verdictBadge, questionLink, claimLink
} from '/core.js';
import {pageParams, paragraphLink, paragraphView} from '/paragraph.js';

const card = document.getElementById('card');
const params = pageParams(location);
const verifying = params.get('mode') === 'verify';
const checkingText = params.get('mode') === 'verify-text';
const text = ((checkingText ? params.get('text') : verifying ? params.get('claim') : params.get('q')) || '').trim();

function brand() {
  return el('p', {class: 'embed-brand'},
    el('span', {class: 'embed-logo', 'aria-hidden': 'true'}), 'CiteQA');
}

function openLink() {
  return el('a', {
    class: 'embed-open', target: '_blank', rel: 'noopener',
    href: checkingText ? paragraphLink(text) : verifying ? claimLink(text) : questionLink(text)
  }, 'Open in CiteQA', el('span', {'aria-hidden': 'true'}, ' \u2197'));
}

function show(...children) {
  card.textContent = '';
  card.appendChild(brand());
  for (const child of children) if (child) card.appendChild(child);
  card.setAttribute('aria-busy', 'false');
}

function focusSource(citation) {
  const item = card.querySelector('[data-card="' + Number(citation.n) + '"]');
  if (!item) return;
  for (const other of card.querySelectorAll('.card.active')) other.classList.remove('active');
  item.classList.add('active');
  item.focus();
}

function sources(citations, label, cues) {
  if (!citations || !citations.length) return null;
  return el('div', null,
    el('h2', {class: 'sources-title'}, label),
    el('ol', {class: 'cards embed-sources', 'aria-label': label},
      citations.map((c, i) => {
        const item = sourceCard(Object.assign({n: i + 1}, c), null, null, cues);
        item.tabIndex = -1;
        return el('li', null, item);
      })));
}

function failure(error) {
  return el('div', {class: 'error', role: 'alert'},
    el('p', {class: 'error-title'}, error.kind === 'missing' ? 'Not available' : 'Can\u2019t load this card'),
    el('p', {class: 'error-text'}, error.message || 'Try again later.'));
}

async function answerCard() {
  const question = el('h1', {class: 'embed-question'}, text);
  show(question, el('p', {class: 'embed-loading'}, 'Searching the documents\u2026'));
  try {
    const answer = await askStreaming(text, [], {});
    const article = el('article', {class: 'answer', 'data-testid': 'answer'});
    if (answer.answered === false) {
      article.appendChild(el('div', {class: 'abstained', 'data-testid': 'abstained'},
        el('p', {class: 'abstained-title'}, el('span', {class: 'abstained-icon', 'aria-hidden': 'true'}, '?'),
          'The documents do not answer this')));
    } else {
      for (const part of answerLead(answer)) article.appendChild(part);
      const p = el('p', {class: 'answer-text'});
      renderAnswerText(p, quotedText(answer), answer.citations, focusSource);
      article.appendChild(p);
      const list = sources(answer.citations, (answer.citations || []).length === 1 ? 'Source' : 'Sources', [text]);
      if (list) article.appendChild(list);
    }
    show(question, article, openLink());
  } catch (error) {
    show(question, failure(error), openLink());
  }
}

async function claimCard() {
  const claim = el('h1', {class: 'embed-question'}, el('span', {class: 'bubble-kind'}, 'Claim'), text);
  show(claim, el('p', {class: 'embed-loading'}, 'Checking the claim\u2026'));
  try {
    const result = await verify(text);
    const article = el('article', {class: 'answer verify', 'data-testid': 'verify-result'},
      el('div', {class: 'verdict-head'}, verdictBadge(result.verdict),
        typeof result.confidence === 'number'
          ? el('span', {class: 'confidence'}, Math.round(result.confidence * 100) + '% confidence') : null),
      result.explanation ? el('p', {class: 'explanation'}, result.explanation) : null,
      sources(result.evidence, 'Evidence', [text, result.explanation]));
    show(claim, article, openLink());
  } catch (error) {
    show(claim, failure(error), openLink());
  }
}

async function paragraphCard() {
  const heading = el('h1', {class: 'embed-question'}, el('span', {class: 'bubble-kind'}, 'Paragraph'),
    'Each sentence checked against the documents');
  show(heading, el('p', {class: 'embed-loading'}, 'Checking the paragraph\u2026'));
  try {
    const {ParagraphCheck} = await paragraphView();
    const view = new ParagraphCheck(text, {});
    show(heading, view.element, openLink());
    await view.run();
  } catch (error) {
    show(heading, failure({message: 'The paragraph check could not be loaded. Try again later.'}), openLink());
  }
}

// Tell the embedding page (embed.js) how tall the card is; the height is all the message carries.
if (window.parent !== window) {
  const report = () => window.parent.postMessage(
    {type: 'citeqa:resize', height: Math.ceil(document.documentElement.getBoundingClientRect().height)}, '*');
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

if (!text) {
  show(el('p', {class: 'error-text'}, checkingText ? 'No text given. Use /embed?mode=verify-text&text=\u2026'
    : verifying ? 'No claim given. Use /embed?mode=verify&claim=\u2026' : 'No question given. Use /embed?q=\u2026'));
} else if (checkingText) {
  paragraphCard();
} else if (verifying) {
  claimCard();
} else {
  answerCard();
}

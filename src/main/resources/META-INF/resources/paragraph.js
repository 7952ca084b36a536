// CiteQA paragraph check, the part every page needs at once: whether a text is a paragraph, the links and page
// parameters that carry one, and the composer's character count. The check itself (paragraph-view.js) is loaded
// when a paragraph is first checked.
import {el} from '/core.js';

/** The API's limit for one text, in characters. */
export const MAX_TEXT_CHARS = 20000;

/** Links longer than this put the text after '#', which never reaches the server (its request line is bounded). */
const MAX_QUERY_LINK = 6000;

/** The module that checks and shows a paragraph (ParagraphCheck, paragraphAsText), loaded once when first needed. */
export function paragraphView() {
  return import('/paragraph-view.js');
}

/**
 * Whether the text holds more than one sentence, by the signs the server's splitter reads: '.', '!' or '?' (and
 * closing quotes) then space and a capital, digit or opening quote; or a line break. A false positive costs
 * nothing: a text the server finds to be one sentence is shown as a single verdict.
 */
export function looksLikeParagraph(text) {
  const t = (text || '').trim();
  return /[.!?]["'\u201D\u2019)\]\u00BB]*\s+["\u201C'\u2018(\[\u00AB]?[\p{Lu}\p{Nd}]/u.test(t) || /\n\s*\S/.test(t);
}

/** Parameters of a page address, from its query or, for long texts, its fragment. */
export function pageParams(loc) {
  const query = new URLSearchParams(loc.search);
  const hash = new URLSearchParams((loc.hash || '').replace(/^#/, ''));
  for (const [key, value] of hash) if (!query.has(key)) query.set(key, value);
  return query;
}

/** A link to the chat page that checks this text again: /?mode=verify&claim=…, after '#' when it is long. */
export function paragraphLink(text) {
  const params = 'mode=verify&claim=' + encodeURIComponent(text);
  return location.origin + (params.length > MAX_QUERY_LINK ? '/#' : '/?') + params;
}

/**
 * A live character count for the composer while it takes a paragraph ("1,234 / 20,000 characters"), inside the
 * box's hint so that it is read with it; the limit itself is announced once when reached. show(true) raises the
 * box's limit to the API's, show(false) restores the box's own; update() after the box changes.
 */
export function characterCount(box, hint, announce) {
  const ownLimit = box.maxLength > 0 ? box.maxLength : 2000;
  const node = el('span', {class: 'char-count', 'data-testid': 'char-count', hidden: true});
  hint.appendChild(node);
  let warned = false;
  const update = () => {
    if (node.hidden) return;
    const n = box.value.length;
    node.textContent = n.toLocaleString('en') + ' / ' + MAX_TEXT_CHARS.toLocaleString('en');
    node.appendChild(el('span', {class: 'unit'}, ' characters'));
    node.classList.toggle('near', n >= MAX_TEXT_CHARS * 0.9);
    if (n >= MAX_TEXT_CHARS && !warned) {
      warned = true;
      announce('The text is at the limit of ' + MAX_TEXT_CHARS.toLocaleString('en') + ' characters; the rest is cut.');
    }
    if (n < MAX_TEXT_CHARS) warned = false;
  };
  return {
    show(on) {
      node.hidden = !on;
      box.maxLength = on ? MAX_TEXT_CHARS : ownLimit;
      update();
    },
    update
  };
}

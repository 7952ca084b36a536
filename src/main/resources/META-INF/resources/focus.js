// CiteQA: the part of a long quote that matters. A card has room for a few lines; when the words that decided an
// answer or a verdict sit late in a long sentence, the card shows the stretch around them, with them marked.

const ROOM = 200; // characters a card shows
const BEFORE = 48; // context kept before the first deciding word
const COMMON = new Set(('the a an and or but of to in on at by for from with as is was were are be been has have had '
  + 'do does did not no this that these those it its they their he his she her who whom whose what which when where '
  + 'why how than then there here into about after before over under between during also only such some any all '
  + 'both each other more most many much very can could would should will may might must so if while because '
  + 'documents document evidence claim states state says said nothing contradicts contradict supports support').split(' '));

/** Words worth matching: letters or digits, not the commonest English words. */
function words(text) {
  const out = [];
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
  let m;
  while ((m = pattern.exec(text || ''))) {
    const lower = m[0].toLowerCase().replace(/['’]s$/, '');
    if (!COMMON.has(lower) && (lower.length > 2 || /\p{N}/u.test(lower))) {
      out.push({text: m[0], lower, start: m.index, end: m.index + m[0].length});
    }
  }
  return out;
}

function same(a, b) {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

/** The service's own deciding words ({start, end, kind} offsets into the quote), in order, or null when it gave none. */
function serverMarks(quote, marks) {
  if (!Array.isArray(marks) || !marks.length) return null;
  const hits = [];
  let at = 0;
  for (const m of marks) {
    if (!m || !Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < at || m.end <= m.start
        || m.end > quote.length) continue;
    const contra = m.kind === 'CONTRADICTION';
    hits.push({start: m.start, end: m.end, weight: contra ? 3 : 1, contra});
    at = m.end;
  }
  return hits.length ? hits : null;
}

/**
 * Splits a quote into parts {text, mark, contra} for a card: the service's own marks when it gives them (the words a
 * verdict turned on, contradictions weighing most), else the words the cues share with it, are marked; a quote longer
 * than a card holds is cut to the stretch with the most of them (cut: true, "…" at each cut end). cues[0] is what the
 * user asked or claimed; later cues (a verdict's explanation) add the names and numbers they state, such as the
 * contradicting place in "place the shipyard in Gdansk, not Rotterdam".
 */
export function focusQuote(quote, cues, marks) {
  const weights = new Map();
  (cues || []).forEach((cue, i) => {
    for (const w of words(cue)) {
      const named = /^[\p{Lu}\p{N}]/u.test(w.text);
      if (i === 0) weights.set(w.lower, Math.max(weights.get(w.lower) || 0, named ? 2 : 1));
      else if (named) weights.set(w.lower, Math.max(weights.get(w.lower) || 0, 3)); // what the verdict turned on
    }
  });
  const hits = serverMarks(quote, marks) || words(quote).map((w) => {
    let weight = 0;
    for (const [cue, value] of weights) if (same(w.lower, cue)) weight = Math.max(weight, value);
    return Object.assign(w, {weight});
  }).filter((w) => w.weight > 0);

  let from = 0;
  let to = quote.length;
  if (quote.length > ROOM) {
    let best = -1;
    for (const anchor of hits) {
      const start = Math.max(0, anchor.start - BEFORE);
      const score = hits.filter((h) => h.start >= start && h.end <= start + ROOM).reduce((s, h) => s + h.weight, 0);
      if (score > best) { best = score; from = start; }
    }
    to = Math.min(quote.length, from + ROOM);
    if (from > 0) { const space = quote.indexOf(' ', from); from = space < 0 || space > from + 20 ? from : space + 1; }
    if (to < quote.length) { const space = quote.lastIndexOf(' ', to); to = space > from ? space : to; }
  }
  const parts = [];
  if (from > 0) parts.push({text: '\u2026', mark: false});
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    if (h.start > at) parts.push({text: quote.slice(at, h.start), mark: false});
    parts.push({text: quote.slice(h.start, h.end), mark: true, contra: !!h.contra});
    at = h.end;
  }
  if (at < to) parts.push({text: quote.slice(at, to), mark: false});
  if (to < quote.length) parts.push({text: '\u2026', mark: false});
  return {parts, cut: from > 0 || to < quote.length};
}

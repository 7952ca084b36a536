// CiteQA Documents panel: lists the documents, uploads (choose or drop files) with a progress bar per upload,
// deletes with a confirmation. The management part appears only once the admin token is entered; the token is kept
// in this tab's sessionStorage and sent as a bearer token. All service and user text goes in as text, never HTML.
import {el} from '/core.js';

const TOKEN_KEY = 'citeqa.adminToken';
const POLL_MS = 300;
// Never a valid document id (it starts with '.'): deleting it answers 404 with a good token, 401 with a bad one.
const TOKEN_PROBE = '.citeqa-token-check';

const state = {open: false, returnFocus: null};
let panel;
let body;

function token() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; }
}

function setToken(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) { /* storage off: the token lives only until the panel closes */ }
}

async function detail(response) {
  try {
    const problem = await response.json();
    return (problem && (problem.detail || problem.title)) || ('Request failed (' + response.status + ').');
  } catch (e) {
    return 'Request failed (' + response.status + ').';
  }
}

function authorised(options) {
  const headers = Object.assign({'Accept': 'application/json'}, (options && options.headers) || {});
  headers['Authorization'] = 'Bearer ' + token();
  return Object.assign({}, options, {headers});
}

// ---------- panel ----------

function build() {
  panel = el('aside', {class: 'docs-panel', id: 'docs-panel', 'data-testid': 'docs-panel', role: 'dialog',
    'aria-modal': 'false', 'aria-labelledby': 'docs-title', hidden: true});
  const close = el('button', {type: 'button', class: 'icon', 'aria-label': 'Close documents', onclick: closePanel}, '\u00d7');
  body = el('div', {class: 'docs-body'});
  panel.appendChild(el('header', {class: 'panel-head'},
    el('div', {class: 'panel-titles'},
      el('p', {class: 'panel-kicker'}, 'Corpus'),
      el('h2', {id: 'docs-title'}, 'Documents')),
    close));
  panel.appendChild(body);
  document.body.appendChild(panel);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state.open) closePanel();
  });
}

function openPanel() {
  if (!panel) build();
  state.returnFocus = document.activeElement;
  state.open = true;
  panel.hidden = false;
  render();
}

function closePanel() {
  state.open = false;
  panel.hidden = true;
  const back = state.returnFocus;
  state.returnFocus = null;
  if (back && document.contains(back)) back.focus();
}

function render() {
  body.textContent = '';
  if (!token()) renderLogin(); else renderManager();
}

// ---------- token ----------

function renderLogin(message) {
  const input = el('input', {type: 'password', id: 'docs-token', 'data-testid': 'docs-token', autocomplete: 'off',
    required: true, 'aria-describedby': 'docs-token-help'});
  const error = el('p', {class: 'docs-error', role: 'alert', 'data-testid': 'docs-error', hidden: !message}, message || '');
  const form = el('form', {class: 'docs-login'},
    el('label', {for: 'docs-token'}, 'Admin token'),
    input,
    el('p', {class: 'note', id: 'docs-token-help'},
      'Adding and removing documents needs the admin token of this server. It is kept in this tab only.'),
    error,
    el('button', {type: 'submit', class: 'secondary', 'data-testid': 'docs-unlock'}, 'Unlock'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return;
    const outcome = await check(value);
    if (outcome === true) {
      setToken(value);
      render();
    } else {
      error.hidden = false;
      error.textContent = outcome;
      input.select();
    }
  });
  body.appendChild(form);
  input.focus();
}

/** True when the token is accepted, else the reason in words. */
async function check(value) {
  let response;
  try {
    response = await fetch('/api/documents/' + encodeURIComponent(TOKEN_PROBE),
      {method: 'DELETE', headers: {'Authorization': 'Bearer ' + value, 'Accept': 'application/json'}});
  } catch (e) {
    return 'CiteQA could not be reached. Check your connection and try again.';
  }
  if (response.status === 404) return true;
  return detail(response);
}

// ---------- documents ----------

function renderManager() {
  const input = el('input', {type: 'file', id: 'docs-file', 'data-testid': 'docs-file', multiple: true,
    accept: '.pdf,.html,.htm,.xhtml,.docx,.odt,.rtf,.epub,.txt,.md', class: 'sr-only'});
  const drop = el('div', {class: 'docs-drop', 'data-testid': 'docs-drop'},
    el('p', null, 'Drop files here, or'),
    el('label', {for: 'docs-file', class: 'secondary docs-choose', tabindex: '0', role: 'button'}, 'Choose files'),
    el('p', {class: 'note'}, 'PDF, web pages (HTML), Word (DOCX), OpenDocument, RTF, EPUB, text and Markdown.'),
    input);
  const uploads = el('ul', {class: 'docs-uploads', 'data-testid': 'docs-uploads', 'aria-label': 'Uploads', 'aria-live': 'polite'});
  const list = el('ul', {class: 'docs-list', 'data-testid': 'docs-list', 'aria-label': 'Documents'});
  const lock = el('button', {type: 'button', class: 'action', onclick: () => { setToken(''); render(); }}, 'Forget token');
  body.append(drop, uploads, el('h3', {class: 'sources-title'}, 'In the corpus'), list, el('div', {class: 'actions'}, lock));

  input.addEventListener('change', () => {
    const files = Array.from(input.files || []);
    input.value = '';
    for (const file of files) upload(file, uploads, list);
  });
  drop.querySelector('label').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); input.click(); }
  });
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    for (const file of Array.from((event.dataTransfer && event.dataTransfer.files) || [])) upload(file, uploads, list);
  });
  refresh(list);
}

function formatSize(bytes) {
  if (!bytes) return '';
  if (bytes < 1024) return bytes + ' B';
  if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + ' KB';
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}

function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return isNaN(date) ? '' : date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
}

async function refresh(list) {
  let documents;
  try {
    const response = await fetch('/api/documents', {headers: {'Accept': 'application/json'}});
    if (!response.ok) throw new Error(await detail(response));
    documents = await response.json();
  } catch (e) {
    list.textContent = '';
    list.appendChild(el('li', {class: 'docs-error', role: 'alert'}, e.message || 'The documents could not be loaded.'));
    return;
  }
  list.textContent = '';
  if (!documents.length) list.appendChild(el('li', {class: 'note'}, 'No documents yet.'));
  for (const doc of documents) list.appendChild(row(doc, list));
}

function row(doc, list) {
  const facts = [String(doc.format || '').toUpperCase(), doc.pages ? doc.pages + (doc.pages === 1 ? ' page' : ' pages') : '',
    formatSize(doc.bytes), doc.added ? 'added ' + formatDate(doc.added) : ''].filter(Boolean).join(' \u00b7 ');
  const item = el('li', {class: 'docs-item', dataset: {doc: doc.id}},
    el('div', {class: 'docs-item-text'},
      el('span', {class: 'docs-item-title'}, doc.title || doc.id),
      el('span', {class: 'docs-item-facts'}, facts)));
  const remove = el('button', {type: 'button', class: 'action', 'aria-label': 'Delete ' + (doc.title || doc.id)}, 'Delete');
  remove.addEventListener('click', () => confirmDelete(item, doc, list, remove));
  item.appendChild(remove);
  return item;
}

function confirmDelete(item, doc, list, trigger) {
  trigger.hidden = true;
  const yes = el('button', {type: 'button', class: 'action danger', 'data-testid': 'docs-confirm'}, 'Delete');
  const no = el('button', {type: 'button', class: 'action'}, 'Cancel');
  const box = el('div', {class: 'docs-confirm', role: 'group', 'aria-label': 'Confirm deletion'},
    el('span', null, 'Delete \u201c' + (doc.title || doc.id) + '\u201d?'), yes, no);
  no.addEventListener('click', () => { box.remove(); trigger.hidden = false; trigger.focus(); });
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    no.disabled = true;
    const failure = await remove(doc.id);
    if (failure) {
      box.textContent = '';
      box.appendChild(el('span', {class: 'docs-error', role: 'alert'}, failure));
      trigger.hidden = false;
      return;
    }
    refresh(list);
  });
  item.appendChild(box);
  yes.focus();
}

/** Deletes a document; resolves to null when done, else the reason. */
async function remove(id) {
  try {
    const response = await fetch('/api/documents/' + encodeURIComponent(id), authorised({method: 'DELETE'}));
    if (response.status === 401) { setToken(''); render(); return 'The admin token is no longer valid.'; }
    if (!response.ok) return detail(response);
    const job = await response.json();
    const end = await follow(job.id, () => {});
    return end.state === 'done' ? null : (end.error || 'The document could not be deleted.');
  } catch (e) {
    return 'CiteQA could not be reached. Check your connection and try again.';
  }
}

// ---------- uploads ----------

async function upload(file, uploads, list) {
  const bar = el('progress', {max: '1', value: '0', 'aria-label': 'Progress of ' + file.name});
  const status = el('span', {class: 'docs-upload-status'}, 'Uploading\u2026');
  const item = el('li', {class: 'docs-upload', 'data-testid': 'docs-upload'},
    el('span', {class: 'docs-item-title'}, file.name), bar, status);
  uploads.prepend(item);
  const form = new FormData();
  form.append('file', file, file.name);
  let response;
  try {
    response = await fetch('/api/documents', authorised({method: 'POST', body: form}));
  } catch (e) {
    fail(item, status, 'CiteQA could not be reached. Check your connection and try again.');
    return;
  }
  if (response.status === 401) {
    fail(item, status, await detail(response));
    setToken('');
    return;
  }
  if (response.status !== 202) {
    fail(item, status, await detail(response));
    return;
  }
  const job = await response.json();
  const end = await follow(job.id, (progress) => {
    bar.value = progress.progress || 0;
    status.textContent = phaseText(progress);
  });
  if (end.state === 'done') {
    bar.value = 1;
    item.classList.add('done');
    status.textContent = 'Added' + (end.pages ? ' (' + end.pages + (end.pages === 1 ? ' page)' : ' pages)') : '');
    refresh(list);
  } else {
    fail(item, status, end.error || 'The document could not be added.');
  }
}

function phaseText(job) {
  if (job.state === 'queued') return 'Waiting for earlier uploads\u2026';
  const total = job.passagesTotal || 0;
  if (job.phase === 'embedding' && total) return 'Reading passages: ' + job.passagesDone + ' of ' + total;
  return ({analysing: 'Analysing\u2026', writing: 'Indexing\u2026', publishing: 'Publishing\u2026'})[job.phase] || 'Working\u2026';
}

function fail(item, status, message) {
  item.classList.add('failed');
  const bar = item.querySelector('progress');
  if (bar) bar.remove();
  status.textContent = message;
  status.setAttribute('role', 'alert');
}

/** Polls a job until it is done or failed, reporting each state; resolves to the last state. */
async function follow(id, onProgress) {
  for (;;) {
    let job;
    try {
      const response = await fetch('/api/jobs/' + encodeURIComponent(id), {headers: {'Accept': 'application/json'}});
      if (!response.ok) return {state: 'failed', error: await detail(response)};
      job = await response.json();
    } catch (e) {
      return {state: 'failed', error: 'CiteQA could not be reached while the document was being added.'};
    }
    onProgress(job);
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

// ---------- start ----------

const opener = document.getElementById('docs-open');
if (opener) opener.addEventListener('click', () => (state.open ? closePanel() : openPanel()));

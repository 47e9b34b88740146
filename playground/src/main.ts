// The playground page: edits go to the render API (debounced), the answer fills the image, overlay, timings, URL, tags and previews.
import { ApiError, loadTemplates, renderCard, type RenderAnswer, type RenderRequest, type TemplateInfo } from './api.js';
import { byId, copyText, formatBytes } from './dom.js';
import { buildForm, readForm } from './form.js';
import { drawOverlay } from './overlay.js';
import { showCropGuide } from './crop-guide.js';
import { showPreviews, visibleRect } from './previews.js';
import { SAMPLE_TREE } from './sample-tree.js';
import { showTimings } from './timings.js';

const DEBOUNCE_MS = 250;

const ui = {
  modeTemplate: byId('mode-template', HTMLButtonElement),
  modeTree: byId('mode-tree', HTMLButtonElement),
  templatePane: byId('template-pane', HTMLElement),
  treePane: byId('tree-pane', HTMLElement),
  template: byId('template', HTMLSelectElement),
  description: byId('template-description', HTMLElement),
  params: byId('params', HTMLFormElement),
  width: byId('width', HTMLInputElement),
  height: byId('height', HTMLInputElement),
  tree: byId('tree', HTMLTextAreaElement),
  card: byId('card', HTMLImageElement),
  overlay: document.getElementById('overlay') as unknown as SVGSVGElement,
  overlayToggle: byId('overlay-toggle', HTMLInputElement),
  cropGuide: document.getElementById('crop-guide') as unknown as SVGSVGElement,
  status: byId('status', HTMLElement),
  info: byId('card-info', HTMLElement),
  timings: byId('timings', HTMLElement),
  error: byId('error', HTMLElement),
  url: byId('url', HTMLInputElement),
  urlLabel: byId('url-label', HTMLElement),
  copyUrl: byId('copy-url', HTMLButtonElement),
  openUrl: byId('open-url', HTMLAnchorElement),
  meta: byId('meta', HTMLTextAreaElement),
  copyMeta: byId('copy-meta', HTMLButtonElement),
  previews: byId('previews', HTMLElement),
  signed: byId('signed-badge', HTMLElement),
};

let templates: readonly TemplateInfo[] = [];
let mode: 'template' | 'tree' = 'template';
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: AbortController | undefined;
let sequence = 0;

function current(): TemplateInfo | undefined {
  return templates.find((t) => t.name === ui.template.value);
}

function setStatus(state: 'rendering' | 'ready' | 'error', text: string): void {
  document.body.dataset.state = state;
  ui.status.dataset.state = state;
  ui.status.textContent = text;
}

function request(): RenderRequest {
  const size = { width: Number(ui.width.value), height: Number(ui.height.value) };
  if (mode === 'tree') return { source: ui.tree.value, ...size };
  const template = current();
  const sized = template && (size.width !== template.width || size.height !== template.height) ? size : {};
  return { template: ui.template.value, params: readForm(ui.params), ...sized };
}

/** Keeps the page's own URL in step with the form, so a playground state can be shared as a link. */
function rememberState(): void {
  const search = new URLSearchParams();
  if (mode === 'tree') search.set('mode', 'tree');
  else {
    search.set('template', ui.template.value);
    for (const [key, value] of Object.entries(readForm(ui.params))) if (value !== '' && value !== current()?.initial[key]) search.set(key, value);
  }
  history.replaceState(null, '', `${location.pathname}?${search.toString()}`);
}

function show(answer: RenderAnswer): void {
  ui.card.src = answer.image;
  ui.card.width = answer.width;
  ui.card.height = answer.height;
  ui.card.dataset.bytes = String(answer.bytes);
  drawOverlay(ui.overlay, answer.items, answer.width, answer.height);
  const boxes = answer.items.filter((item) => item.kind === 'box').length;
  ui.info.textContent = `${answer.width}×${answer.height} ${answer.format.toUpperCase()} · ${formatBytes(answer.bytes)} · ${boxes} boxes, ${answer.items.length - boxes} lines`;
  showTimings(ui.timings, answer.timings);
  const url = answer.url ?? '';
  ui.url.value = url || 'POST /render with the body below (a tree has no GET URL)';
  ui.urlLabel.textContent = answer.url ? (url.includes('sig=') ? 'Image URL (signed)' : 'Image URL') : 'Image URL';
  ui.copyUrl.disabled = !answer.url;
  ui.openUrl.hidden = !answer.url;
  ui.openUrl.href = url || '#';
  ui.meta.value = answer.renderBody ? `${answer.meta}\n\n<!-- POST /render body -->\n${JSON.stringify(answer.renderBody)}` : answer.meta;
  ui.error.hidden = true;
  const card = { image: answer.image, width: answer.width, height: answer.height, host: answer.url ? new URL(answer.url).host : location.host, title: answer.texts.title, description: answer.texts.description };
  showCropGuide(ui.cropGuide, null, answer.width, answer.height);
  showPreviews(ui.previews, card, (platform) => showCropGuide(ui.cropGuide, platform && visibleRect(platform, card.width, card.height), card.width, card.height, platform ? `${platform.name}: ${platform.ratioLabel}` : ''));
  const warnings = answer.warnings.length > 0 ? ` · ${answer.warnings.length} warnings` : '';
  setStatus('ready', `Rendered in ${answer.timings.total.toFixed(1)} ms${warnings}`);
}

/** Marks the form field an error message names (`Parameter "price" …`), and unmarks the others. */
function markInvalid(message: string): void {
  const named = /^Parameter "([^"]+)"/.exec(message)?.[1];
  for (const element of Array.from(ui.params.elements)) {
    if (element instanceof HTMLElement) element.setAttribute('aria-invalid', String(named !== undefined && element.getAttribute('name') === named));
  }
}

function fail(error: unknown): void {
  const code = error instanceof ApiError ? error.code : 'NETWORK';
  markInvalid(error instanceof Error ? error.message : '');
  ui.error.hidden = false;
  ui.error.replaceChildren(Object.assign(document.createElement('b'), { textContent: code }), document.createTextNode(` ${error instanceof Error ? error.message : String(error)}`));
  setStatus('error', 'The last edit did not render; the image shows the one before');
}

async function refresh(): Promise<void> {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const mine = ++sequence;
  setStatus('rendering', 'Rendering…');
  try {
    const answer = await renderCard(request(), controller.signal);
    if (mine === sequence) show(answer);
  } catch (error) {
    if (controller.signal.aborted) return;
    if (mine === sequence) fail(error);
  }
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    rememberState();
    void refresh();
  }, DEBOUNCE_MS);
}

function pickTemplate(name: string, values: Readonly<Record<string, string>> = {}): void {
  const template = templates.find((t) => t.name === name) ?? templates[0];
  if (!template) return;
  ui.template.value = template.name;
  ui.description.textContent = template.description;
  ui.width.value = String(template.width);
  ui.height.value = String(template.height);
  buildForm(ui.params, template.params, { ...template.initial, ...values });
}

function setMode(next: 'template' | 'tree'): void {
  mode = next;
  ui.modeTemplate.setAttribute('aria-selected', String(next === 'template'));
  ui.modeTree.setAttribute('aria-selected', String(next === 'tree'));
  ui.templatePane.hidden = next !== 'template';
  ui.treePane.hidden = next !== 'tree';
  if (next === 'tree' && !ui.tree.value.trim()) ui.tree.value = SAMPLE_TREE;
}

function flash(button: HTMLButtonElement, text: string): void {
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  button.textContent = text;
  setTimeout(() => (button.textContent = label), 1500);
}

async function start(): Promise<void> {
  const answer = await loadTemplates();
  templates = answer.templates;
  ui.signed.textContent = answer.signed ? 'Signed URLs' : 'Unsigned URLs';
  ui.signed.dataset.on = String(answer.signed);
  ui.width.max = String(answer.limits.maxWidth);
  ui.height.max = String(answer.limits.maxHeight);
  for (const template of templates) ui.template.append(new Option(template.name, template.name));
  const query = new URLSearchParams(location.search);
  const values: Record<string, string> = {};
  for (const [key, value] of query) if (key !== 'template' && key !== 'mode') values[key] = value;
  pickTemplate(query.get('template') ?? 'blog', values);
  setMode(query.get('mode') === 'tree' ? 'tree' : 'template');

  ui.template.addEventListener('change', () => {
    pickTemplate(ui.template.value);
    schedule();
  });
  for (const input of [ui.params, ui.width, ui.height, ui.tree]) input.addEventListener('input', schedule);
  ui.params.addEventListener('change', schedule);
  ui.params.addEventListener('submit', (event) => event.preventDefault());
  ui.modeTemplate.addEventListener('click', () => {
    setMode('template');
    pickTemplate(ui.template.value, readForm(ui.params));
    schedule();
  });
  ui.modeTree.addEventListener('click', () => {
    setMode('tree');
    ui.width.value ||= '1200';
    ui.height.value ||= '630';
    schedule();
  });
  ui.overlayToggle.addEventListener('change', () => ui.overlay.classList.toggle('visible', ui.overlayToggle.checked));
  ui.copyUrl.addEventListener('click', () => copyText(ui.url.value).then(() => flash(ui.copyUrl, 'Copied'), () => flash(ui.copyUrl, 'Copy failed')));
  ui.copyMeta.addEventListener('click', () => copyText(ui.meta.value).then(() => flash(ui.copyMeta, 'Copied'), () => flash(ui.copyMeta, 'Copy failed')));
  await refresh();
}

start().catch(fail);

/**
 * The widget's frame (served by Cocreate at /api/v1/survey-widget/frame): renders a survey in
 * plain DOM and talks to the API first-party. Every customer-visible text is set with
 * textContent, never as HTML.
 */
type LocalText = { en: string; 'zh-CN': string };
interface Question {
  id: string; type: string; title: LocalText; required: boolean; scale?: { min: number; max: number };
  choices?: { id: string; label: LocalText }[]; kano?: { functional: LocalText; dysfunctional: LocalText };
  branches: { when: { op: string; value?: number | string }; goTo: string }[];
}
interface Survey { slug: string; title: LocalText; welcome: LocalText; thanks: LocalText; questions: Question[] }
type Value = number | string | string[] | { functional?: number; dysfunctional?: number };
interface State { id: string; token: string; answers: Record<string, Value>; survey: Survey }

const lang = /lang=en/.test(location.hash) ? 'en' : 'zh-CN';
const zh = lang === 'zh-CN';
const L = (t: LocalText) => (zh ? t['zh-CN'] : t.en);
const words = zh
  ? { next: '下一题', back: '上一题', send: '提交', close: '关闭', none: '暂时没有可以填写的反馈表。', error: '出错了，请稍后再试。', required: '这道题必须回答。', kano: ['我喜欢', '理应如此', '无所谓', '能忍受', '我不喜欢'], low: ['完全不可能', '非常不满意', '非常不同意'], high: ['非常可能', '非常满意', '非常同意'] }
  : { next: 'Next', back: 'Back', send: 'Send', close: 'Close', none: 'There is no feedback form yet.', error: 'Something went wrong; please try again later.', required: 'This question needs an answer.', kano: ['I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it'], low: ['not at all likely', 'very dissatisfied', 'strongly disagree'], high: ['extremely likely', 'very satisfied', 'strongly agree'] };

const root = document.getElementById('cc-root')!;
document.documentElement.lang = lang;
const style = document.createElement('style');
style.textContent = `body{margin:0;font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#212529}
main{padding:16px}h1{font-size:18px;margin:0 24px 8px 0}h2{font-size:15px;margin:12px 0 8px}
.x{position:absolute;top:8px;right:8px;border:0;background:none;font-size:20px;cursor:pointer}
.scale{display:flex;flex-wrap:wrap;gap:6px}.scale label{display:inline-flex}.scale input{position:absolute;opacity:0}
.scale span{min-width:30px;padding:6px 0;text-align:center;border:1px solid #adb5bd;border-radius:6px;cursor:pointer}
.scale input:checked+span{background:#1c7ed6;color:#fff;border-color:#1c7ed6}.scale input:focus-visible+span{outline:2px solid #1c7ed6;outline-offset:2px}
.ends{display:flex;justify-content:space-between;font-size:12px;color:#868e96;margin-top:4px}
.opt{display:block;margin:4px 0}textarea{width:100%;box-sizing:border-box;min-height:90px;font:inherit}
.row{display:flex;justify-content:space-between;margin-top:16px}button.b{padding:8px 16px;border-radius:6px;border:1px solid #1c7ed6;background:#1c7ed6;color:#fff;font:inherit;cursor:pointer}
button.b.s{background:#fff;color:#1c7ed6}button.b:disabled{opacity:.5}.err{color:#c92a2a;font-size:13px}`;
document.head.appendChild(style);

// A third-party frame may be refused storage (third-party cookies blocked): then keep it in memory
// for this page view; resuming and the anonymous budget just do not outlive the page.
const memory = new Map<string, string>();
const store = {
  get(key: string): string | null {
    try { return localStorage.getItem(key); } catch { return memory.get(key) ?? null; }
  },
  set(key: string, value: string) {
    try { localStorage.setItem(key, value); } catch { memory.set(key, value); }
  },
  remove(key: string) {
    try { localStorage.removeItem(key); } catch { memory.delete(key); }
  },
};

const tell = (type: string) => window.parent.postMessage({ type }, '*');

// On a brand's site this frame is third-party and its cookies are blocked, so an identified
// customer's session travels in a header instead, kept in memory for this page only.
let session: string | null = null;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method, credentials: 'same-origin',
    headers: {
      'content-type': 'application/json', 'x-requested-with': 'cocreate', 'accept-language': lang,
      ...(session ? { 'x-cocreate-session': session } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw Object.assign(new Error(String(response.status)), { status: response.status });
  return (await response.json()) as T;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function pathThrough(questions: Question[], answers: Record<string, Value>): Question[] {
  const path: Question[] = [];
  for (let i = 0; i < questions.length;) {
    const q = questions[i]!;
    path.push(q);
    const v = answers[q.id];
    const b = v === undefined ? undefined : q.branches.find(({ when: w }) => w.op === 'answered' || (w.op === 'eq' && v === w.value)
      || (typeof v === 'number' && typeof w.value === 'number' && ((w.op === 'lte' && v <= w.value) || (w.op === 'gte' && v >= w.value)))
      || (w.op === 'includes' && Array.isArray(v) && v.includes(String(w.value))));
    if (!b) i++;
    else if (b.goTo === 'end') break;
    else i = questions.findIndex((t) => t.id === b.goTo);
  }
  return path;
}

function answered(q: Question, v: Value | undefined): boolean {
  if (v === undefined) return false;
  if (q.type === 'kano') { const k = v as { functional?: number; dysfunctional?: number }; return !!k.functional && !!k.dysfunctional; }
  return typeof v !== 'string' || v.trim().length > 0;
}

function radios(name: string, options: [string, string][], checked: string | undefined, onPick: (v: string) => void, cls = 'opt', legend?: string): HTMLElement {
  const group = el('fieldset', { style: 'border:0;padding:0;margin:0' });
  if (legend) group.appendChild(el('legend', {}, legend));
  const box = el('div', { class: cls === 'opt' ? '' : cls });
  for (const [value, label] of options) {
    const wrap = el('label', { class: cls === 'opt' ? 'opt' : '' });
    const input = el('input', { type: 'radio', name, value });
    input.checked = value === checked;
    input.addEventListener('change', () => onPick(value));
    wrap.appendChild(input);
    wrap.appendChild(cls === 'opt' ? document.createTextNode(` ${label}`) : el('span', {}, label));
    box.appendChild(wrap);
  }
  group.appendChild(box);
  return group;
}

function input(q: Question, value: Value | undefined, set: (v: Value | undefined) => void): HTMLElement {
  const box = el('div');
  if (['nps', 'csat', 'ces', 'rating'].includes(q.type)) {
    const { min, max } = q.type === 'nps' ? { min: 0, max: 10 } : q.type === 'ces' ? { min: 1, max: 7 } : q.scale ?? { min: 1, max: 5 };
    const options: [string, string][] = [];
    for (let n = min; n <= max; n++) options.push([String(n), String(n)]);
    box.appendChild(radios(q.id, options, value === undefined ? undefined : String(value), (v) => set(Number(v)), 'scale', L(q.title)));
    const which = q.type === 'nps' ? 0 : q.type === 'ces' ? 2 : 1;
    const ends = el('div', { class: 'ends' });
    ends.appendChild(el('span', {}, `${min} = ${words.low[which]}`));
    ends.appendChild(el('span', {}, `${max} = ${words.high[which]}`));
    box.appendChild(ends);
  } else if (q.type === 'single') {
    box.appendChild(radios(q.id, q.choices!.map((c) => [c.id, L(c.label)]), value as string | undefined, set, 'opt', L(q.title)));
  } else if (q.type === 'multiple') {
    const chosen = new Set(Array.isArray(value) ? value : []);
    const group = el('fieldset', { style: 'border:0;padding:0;margin:0' });
    group.appendChild(el('legend', {}, L(q.title)));
    for (const c of q.choices!) {
      const wrap = el('label', { class: 'opt' });
      const cb = el('input', { type: 'checkbox', value: c.id });
      cb.checked = chosen.has(c.id);
      cb.addEventListener('change', () => { if (cb.checked) chosen.add(c.id); else chosen.delete(c.id); set(chosen.size ? [...chosen] : undefined); });
      wrap.appendChild(cb);
      wrap.appendChild(document.createTextNode(` ${L(c.label)}`));
      group.appendChild(wrap);
    }
    box.appendChild(group);
  } else if (q.type === 'text') {
    const area = el('textarea', { 'aria-label': L(q.title), maxlength: '5000' });
    area.value = typeof value === 'string' ? value : '';
    area.addEventListener('input', () => set(area.value || undefined));
    box.appendChild(area);
  } else if (q.type === 'kano') {
    const pair = { ...(value as object ?? {}) } as { functional?: number; dysfunctional?: number };
    for (const side of ['functional', 'dysfunctional'] as const) {
      box.appendChild(radios(`${q.id}-${side}`, words.kano.map((w, i) => [String(i + 1), w]), pair[side] ? String(pair[side]) : undefined, (v) => { pair[side] = Number(v); set({ ...pair }); }, 'opt', L(q.kano![side])));
    }
  }
  return box;
}

let state: State | null = null;
let step = 0;

function showScreen(title: string, ...children: Node[]) {
  root.replaceChildren();
  const close = el('button', { class: 'x', type: 'button', 'aria-label': words.close }, '×');
  close.addEventListener('click', () => tell('hide'));
  root.append(close, el('h1', {}, title), ...children);
}

function message(text: string) {
  showScreen(state ? L(state.survey.title) : '', el('p', {}, text));
  tell('show');
}

function render() {
  if (!state) return;
  const s = state;
  const path = pathThrough(s.survey.questions, s.answers);
  const q = path[step]!;
  const last = step === path.length - 1;
  const form = el('form');
  if (step === 0) form.appendChild(el('p', {}, L(s.survey.welcome)));
  const heading = el('h2', {}, `${step + 1}/${path.length} ${q.required ? '*' : ''}`);
  form.appendChild(heading);
  if (!['nps', 'csat', 'ces', 'rating', 'single', 'multiple', 'kano'].includes(q.type)) form.appendChild(el('p', {}, L(q.title)));
  form.appendChild(input(q, s.answers[q.id], (v) => { if (v === undefined) delete s.answers[q.id]; else s.answers[q.id] = v; }));
  const error = el('p', { class: 'err', role: 'alert' });
  const row = el('div', { class: 'row' });
  const back = el('button', { type: 'button', class: 'b s' }, words.back) as HTMLButtonElement;
  back.disabled = step === 0;
  back.addEventListener('click', () => { step--; render(); });
  const next = el('button', { type: 'submit', class: 'b' }, last ? words.send : words.next);
  row.append(back, next);
  form.append(error, row);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (q.required && !answered(q, s.answers[q.id])) { error.textContent = words.required; return; }
    const now = pathThrough(s.survey.questions, s.answers);
    const body = last || now.length - 1 === step
      ? { token: s.token, complete: true, answers: Object.fromEntries(now.filter((x) => answered(x, s.answers[x.id])).map((x) => [x.id, s.answers[x.id]])) }
      : { token: s.token, complete: false, answers: answered(q, s.answers[q.id]) ? { [q.id]: s.answers[q.id] } : {} };
    call(`PUT`, `/survey-responses/${s.id}`, body).then(() => {
      if (body.complete) { store.remove(`cc.${s.survey.slug}`); message(L(s.survey.thanks)); state = null; } else { step++; render(); }
    }, () => { error.textContent = words.error; });
  });
  showScreen(L(s.survey.title), form);
  (form.querySelector('input,textarea') as HTMLElement | null)?.focus();
  tell('show');
}

async function open(slug: string, channel: 'widget' | 'feedback_button', touchpoint: string) {
  const saved = store.get(`cc.${slug}`);
  if (saved) {
    try {
      const { id, token } = JSON.parse(saved) as { id: string; token: string };
      const resumed = await call<State & { status: string }>('GET', `/survey-responses/${id}?token=${encodeURIComponent(token)}`);
      if (resumed.status === 'in_progress') { state = resumed; step = 0; render(); return; }
    } catch { /* start afresh */ }
  }
  state = await call<State>('POST', `/s/${slug}/responses`, { channel, touchpoint: touchpoint.slice(0, 60), locale: lang });
  store.set(`cc.${slug}`, JSON.stringify({ id: state.id, token: state.token }));
  step = 0;
  render();
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data = event.data as { type?: string; token?: string; event?: string; page?: string };
  const fail = () => message(words.error);
  if (data.type === 'identify' && data.token) {
    call<{ sessionToken?: string }>('POST', '/identify', { token: data.token, delivery: 'header' })
      .then((r) => { session = r.sessionToken ?? null; })
      .catch(() => undefined);
  } else if (data.type === 'track' && data.event && !state) {
    const askedAt = store.get('cc.askedAt') ?? undefined;
    call<{ slug: string | null }>('POST', '/survey-widget/match', { event: data.event, locale: lang, ...(askedAt ? { askedAt } : {}) }).then((m) => {
      if (!m.slug) return;
      store.set('cc.askedAt', new Date().toISOString());
      return open(m.slug, 'widget', data.event!);
    }).catch(fail);
  } else if (data.type === 'feedback') {
    if (state) { render(); return; }
    call<{ slug: string | null }>('POST', '/survey-widget/match', { locale: lang })
      .then((m) => (m.slug ? open(m.slug, 'feedback_button', data.page ?? '') : message(words.none))).catch(fail);
  }
});
tell('ready');
export {};

import { pathThrough } from '../../../shared/survey-rules';
import { call } from './api';
import { el, showScreen } from './dom';
import { tell } from './host';
import { L, lang, words } from './locale';
import { isAnswered, questionInput } from './question-inputs';
import { store } from './storage';
import type { ResponseState } from './types';

// The response being answered (null when none) and the step along its path of questions.
let state: ResponseState | null = null;
let step = 0;

export const isAnswering = () => state !== null;

/** Shows a message (in the open survey's frame, if any) and the panel. */
export function showMessage(text: string) {
  showScreen(state ? L(state.survey.title) : '', el('p', {}, text));
  tell('show');
}

/** Shows the current question; each answer is saved as the respondent moves on, so they can resume. */
export function showQuestion() {
  if (!state) return;
  const s = state;
  const path = pathThrough(s.survey.questions, s.answers);
  const q = path[step]!;
  const last = step === path.length - 1;
  const form = el('form');
  if (step === 0) form.appendChild(el('p', {}, L(s.survey.welcome)));
  const heading = el('h2', {}, `${step + 1}/${path.length} ${q.required ? '*' : ''}`);
  form.appendChild(heading);
  // Every other control names its question in a legend; the text box only in its aria-label.
  if (q.type === 'text') form.appendChild(el('p', {}, L(q.title)));
  form.appendChild(
    questionInput(q, s.answers[q.id], (v) => {
      if (v === undefined) delete s.answers[q.id];
      else s.answers[q.id] = v;
    }),
  );
  const error = el('p', { class: 'err', role: 'alert' });
  const row = el('div', { class: 'row' });
  const back = el('button', { type: 'button', class: 'b s' }, words.back);
  back.disabled = step === 0;
  back.addEventListener('click', () => {
    step--;
    showQuestion();
  });
  const next = el('button', { type: 'submit', class: 'b' }, last ? words.send : words.next);
  row.append(back, next);
  form.append(error, row);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (q.required && !isAnswered(q, s.answers[q.id])) {
      error.textContent = words.required;
      return;
    }
    const now = pathThrough(s.survey.questions, s.answers);
    const body =
      last || now.length - 1 === step
        ? {
            token: s.token,
            complete: true,
            answers: Object.fromEntries(
              now.filter((x) => isAnswered(x, s.answers[x.id])).map((x) => [x.id, s.answers[x.id]]),
            ),
          }
        : {
            token: s.token,
            complete: false,
            answers: isAnswered(q, s.answers[q.id]) ? { [q.id]: s.answers[q.id] } : {},
          };
    call(`PUT`, `/survey-responses/${s.id}`, body).then(
      () => {
        if (body.complete) {
          store.remove(`cc.${s.survey.slug}`);
          showMessage(L(s.survey.thanks));
          state = null;
        } else {
          step++;
          showQuestion();
        }
      },
      () => {
        error.textContent = words.error;
      },
    );
  });
  showScreen(L(s.survey.title), form);
  form.querySelector<HTMLElement>('input,textarea')?.focus();
  tell('show');
}

/** Resumes this browser's unfinished response to the survey, or starts a new one. */
export async function openSurvey(slug: string, channel: 'widget' | 'feedback_button', touchpoint: string) {
  const saved = store.get(`cc.${slug}`);
  if (saved) {
    try {
      const { id, token } = JSON.parse(saved) as { id: string; token: string };
      const resumed = await call<ResponseState & { status: string }>(
        'GET',
        `/survey-responses/${id}?token=${encodeURIComponent(token)}`,
      );
      if (resumed.status === 'in_progress') {
        state = resumed;
        step = 0;
        showQuestion();
        return;
      }
    } catch {
      /* start afresh */
    }
  }
  state = await call<ResponseState>('POST', `/s/${slug}/responses`, {
    channel,
    touchpoint: touchpoint.slice(0, 60),
    locale: lang,
  });
  store.set(`cc.${slug}`, JSON.stringify({ id: state.id, token: state.token }));
  step = 0;
  showQuestion();
}

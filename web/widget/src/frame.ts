/**
 * The widget's frame (served by Cocreate at /api/v1/survey-widget/frame): renders a survey in
 * plain DOM and talks to the API first-party. This file takes the commands the loader on the
 * brand's page sends (identify, track, feedback); the survey itself is in flow.ts.
 */
import { call, setSession } from './api';
import { isAnswering, openSurvey, showMessage, showQuestion } from './flow';
import { tell } from './host';
import { lang, words } from './locale';
import { store } from './storage';

window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data = event.data as { type?: string; token?: string; event?: string; page?: string };
  const fail = () => showMessage(words.error);
  if (data.type === 'identify' && data.token) {
    call<{ sessionToken?: string }>('POST', '/identify', { token: data.token, delivery: 'header' })
      .then((r) => {
        setSession(r.sessionToken ?? null);
      })
      .catch(() => undefined);
  } else if (data.type === 'track' && data.event && !isAnswering()) {
    const askedAt = store.get('cc.askedAt') ?? undefined;
    call<{ slug: string | null }>('POST', '/survey-widget/match', {
      event: data.event,
      locale: lang,
      ...(askedAt ? { askedAt } : {}),
    })
      .then((m) => {
        if (!m.slug) return;
        store.set('cc.askedAt', new Date().toISOString());
        return openSurvey(m.slug, 'widget', data.event!);
      })
      .catch(fail);
  } else if (data.type === 'feedback') {
    if (isAnswering()) {
      showQuestion();
      return;
    }
    call<{ slug: string | null }>('POST', '/survey-widget/match', { locale: lang })
      .then((m) => (m.slug ? openSurvey(m.slug, 'feedback_button', data.page ?? '') : showMessage(words.none)))
      .catch(fail);
  }
});
tell('ready');

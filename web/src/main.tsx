import '@mantine/core/styles.css';
import './app/app.css';
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import { preloadConsole } from './features/console/console-guard';
import { meQuery, siteQuery } from './features/identity/session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Ask who is signed in before the first render rather than after it; on console pages also
// whether setup is needed, and start fetching the console's frame meanwhile.
void queryClient.prefetchQuery(meQuery);
if (window.location.pathname.startsWith('/console')) {
  void queryClient.prefetchQuery(siteQuery);
  void preloadConsole(window.location.pathname);
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

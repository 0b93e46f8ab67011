import '@mantine/core/styles.css';
import './app/app.css';
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import { meQuery, siteQuery } from './features/identity/session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Ask who is signed in (and, for the console, whether setup is needed) before the first render
// rather than after it.
void queryClient.prefetchQuery(meQuery);
if (window.location.pathname.startsWith('/console')) void queryClient.prefetchQuery(siteQuery);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

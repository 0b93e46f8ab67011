/** Asks the page hosting the frame (the loader) to show or hide the panel; nothing else is sent out. */
export const tell = (type: 'ready' | 'show' | 'hide') => window.parent.postMessage({ type }, '*');

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { resetSession } from '../lib/session';
import { TEST_NOW } from './clock';

// The first visit of a lazy page transforms MUI X on the fly: allow a slow (CI) machine time.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout engine; MUI X DataGrid only needs ResizeObserver to exist.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

/** Answers min-width/max-width media queries against window.innerWidth (jsdom: 1024 px). */
function matchMediaStub(query: string): MediaQueryList {
  const width = window.innerWidth;
  const min = /min-width:\s*([\d.]+)px/u.exec(query);
  const max = /max-width:\s*([\d.]+)px/u.exec(query);
  const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  };
}
window.matchMedia = matchMediaStub;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(TEST_NOW));
  window.innerWidth = 1024;
  window.localStorage.clear();
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  // The session is module state (memory only, as in the browser): each test starts signed out.
  resetSession();
});

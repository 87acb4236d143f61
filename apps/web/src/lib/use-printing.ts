import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. The browser lays the page out for paper right after
 * `beforeprint` and gives scripts no later chance, so the state is applied synchronously there:
 * charts can then be drawn at the paper's width instead of being squeezed from the screen's.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onChange = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    print?.addEventListener?.('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      print?.removeEventListener?.('change', onChange);
    };
  }, []);
  return printing;
}

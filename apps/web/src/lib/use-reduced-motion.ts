import useMediaQuery from '@mui/material/useMediaQuery';

/**
 * True when the user asks for less motion (and in the browser tests, which ask for it): charts
 * then draw at once instead of animating (`skipAnimation`).
 */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
}

import { useCallback, useState } from 'react';

/**
 * The last failed request of a form or an action, for an alert: `null` while there is none.
 * `run` clears it, runs the request and keeps what it threw (the result is `undefined` then).
 */
export function useFailure() {
  const [failure, setFailure] = useState<unknown>(null);
  const clear = useCallback(() => setFailure(null), []);
  const run = useCallback(async <T>(request: () => Promise<T>): Promise<T | undefined> => {
    setFailure(null);
    try {
      return await request();
    } catch (error) {
      setFailure(error);
      return undefined;
    }
  }, []);
  return { failure, setFailure, clear, run };
}

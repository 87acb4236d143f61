import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Writes a change of a page's filters into its address (an empty value drops the parameter), so
 * a filtered page can be bookmarked and shared. Returns the parameters to read the filters from.
 */
export function useUrlFilters<T extends object>() {
  const [params, setParams] = useSearchParams();
  const change = useCallback(
    (next: Partial<T>) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          for (const [key, value] of Object.entries(next)) {
            if (value) updated.set(key, String(value));
            else updated.delete(key);
          }
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [params, change] as const;
}

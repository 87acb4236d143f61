import { type ComponentType, lazy, Suspense } from 'react';
import Skeleton from '@mui/material/Skeleton';

/**
 * A component whose module loads when it is first drawn, with a grey block of about its size
 * meanwhile: charts and grids below a page's key figures, so that those draw without waiting
 * for the chart and grid libraries.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholderHeight: number,
): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={<Skeleton variant="rounded" height={placeholderHeight} />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}

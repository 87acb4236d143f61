import type { Stringified } from './stringified';
import { vi } from './texts';

/** Vietnamese (default) user interface text: the keys are the source of truth (`texts/`). */
export { vi };

/** The shape every language must provide. */
export type Translations = Stringified<typeof vi>;

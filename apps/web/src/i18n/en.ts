import type { Translations } from './vi';
import { en as english } from './texts';

/** English user interface text, kept beside the Vietnamese in `texts/`. */
export const en: Translations = english;

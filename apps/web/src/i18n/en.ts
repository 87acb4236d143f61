import type { Translations } from './vi';
import { en as english } from './texts/en';

/** English user interface text (`texts/en/`), loaded when the English interface is chosen. */
export const en: Translations = english;

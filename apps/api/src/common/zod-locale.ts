import { z } from 'zod';

/** Validation messages in Vietnamese, the language of the people who read them. */
export function configureZodLocale(): void {
  z.config(z.locales.vi());
}

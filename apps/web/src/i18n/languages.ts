export const supportedLanguages = ['vi', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'vi';
export const languageStorageKey = 'canhgiac.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

export function toLanguage(value: string | undefined): Language {
  const base = value?.slice(0, 2).toLowerCase();
  return isLanguage(base) ? base : defaultLanguage;
}

/** BCP 47 tag for Intl number and date formatting. en-GB keeps dates day-first (dd/MM/yyyy). */
export const intlLocales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
/** dayjs locale names, loaded in i18n/index.ts. */
export const dayjsLocales: Record<Language, string> = { vi: 'vi', en: 'en-gb' };

export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

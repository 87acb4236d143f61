import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/vi';
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import {
  dayjsLocales,
  defaultLanguage,
  readStoredLanguage,
  storeLanguage,
  supportedLanguages,
  toLanguage,
  type Language,
} from './languages';
import { vi } from './vi';

function applyLanguage(lng: string): void {
  const language = toLanguage(lng);
  dayjs.locale(dayjsLocales[language]);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

i18n.on('languageChanged', applyLanguage);

/**
 * Vietnamese, the default, is part of the first load; English loads when it is chosen (or was
 * chosen on an earlier visit: `i18nReady` waits for it).
 */
export const i18nReady = i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend(async (language: string) =>
      language === 'en' ? (await import('./en')).en : {},
    ),
  )
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    lng: readStoredLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: [...supportedLanguages],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });

/** Switches the UI language and remembers the choice in localStorage. */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}

export { i18n };

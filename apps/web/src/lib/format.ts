import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { intlLocales, toLanguage } from '../i18n/languages';

/** The product shows dates day-first in both languages. */
export const DATE_FORMAT = 'DD/MM/YYYY';

export function formatDate(value: string | Date | null | undefined): string {
  return value ? dayjs(value).format(DATE_FORMAT) : '';
}

/** Formats whole numbers the way the UI language writes them (vi: 1.780.393). */
export function useNumberFormat(): (value: number | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = intlLocales[toLanguage(i18n.resolvedLanguage)];
  return useMemo(() => {
    const formatter = new Intl.NumberFormat(locale);
    return (value) => (value === null || value === undefined ? '' : formatter.format(value));
  }, [locale]);
}

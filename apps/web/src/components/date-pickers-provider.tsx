import { type ReactNode, useMemo } from 'react';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS, viVN } from '@mui/x-date-pickers/locales';
import { useTranslation } from 'react-i18next';
import { dayjsLocales, toLanguage } from '../i18n/languages';

const localeTexts = {
  vi: viVN.components.MuiLocalizationProvider.defaultProps.localeText,
  en: enUS.components.MuiLocalizationProvider.defaultProps.localeText,
};

/**
 * Wrap any screen that uses MUI X date pickers in this provider: dayjs in the UI language
 * (vi or en-gb, both day-first) and the pickers' own texts. Kept out of the shell so the
 * first load does not carry the pickers' adapter. Show dates as `DATE_FORMAT` (lib/format).
 *
 * An empty field reads "dd/mm/yyyy" (and "hh:mm" for a time), from the UI's texts: the pickers'
 * own placeholders are English letters ("DD/MM/YYYY") in every language.
 */
export function DatePickersProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const localeText = useMemo(
    () => ({
      ...localeTexts[language],
      fieldDayPlaceholder: () => t('common.datePlaceholder.day'),
      fieldMonthPlaceholder: () => t('common.datePlaceholder.month'),
      fieldYearPlaceholder: () => t('common.datePlaceholder.year'),
      fieldHoursPlaceholder: () => t('common.datePlaceholder.hours'),
      fieldMinutesPlaceholder: () => t('common.datePlaceholder.minutes'),
    }),
    [language, t],
  );
  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={dayjsLocales[language]}
      localeText={localeText}
    >
      {children}
    </LocalizationProvider>
  );
}

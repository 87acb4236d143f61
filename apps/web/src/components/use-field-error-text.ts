import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';

/**
 * The text under a form field. The contracts' messages are written in Vietnamese, so they are
 * shown as they are in Vietnamese; in English the zod issue code picks a translated message.
 * Answers of the server (`type: 'server'`) are shown as the server wrote them.
 */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  const isVietnamese = toLanguage(i18n.resolvedLanguage) === 'vi';
  return (error) => {
    if (!error) return undefined;
    if (error.type === 'invalid_value' || error.type === 'invalid_type') {
      return t('validation.chooseOne');
    }
    if (error.type === 'server' || (isVietnamese && error.message)) return error.message;
    if (error.type === 'too_small') return t('validation.tooShort');
    if (error.type === 'too_big') return t('validation.tooLong');
    if (error.type === 'invalid_format') return t('validation.invalidFormat');
    return error.message || t('validation.invalid');
  };
}

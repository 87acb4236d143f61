import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';
import { issueMessage } from '../lib/describe-error';

/**
 * What the field holds, for the message when the value is not of the right kind: a `select`
 * (a list to pick from) only ever says "choose one".
 */
export type FieldKind = 'choice' | 'select' | 'number' | 'date' | 'dateTime';

/**
 * The text under a form field. The contracts' messages are written in Vietnamese, so they are
 * shown as they are in Vietnamese; in English the zod issue code picks a translated message.
 * Answers of the server (`type: 'server'`) are shown as the server wrote them in Vietnamese,
 * and by the kind of problem in English.
 */
export function useFieldErrorText(): (
  error: FieldError | undefined,
  kind?: FieldKind,
) => string | undefined {
  const { t, i18n } = useTranslation();
  const isVietnamese = toLanguage(i18n.resolvedLanguage) === 'vi';
  return (error, kind = 'choice') => {
    if (!error) return undefined;
    if (error.type === 'server' || error.type.startsWith('server:')) {
      // The server writes in Vietnamese; in English its problem is named by its kind.
      const code = error.type.slice('server:'.length);
      return isVietnamese || !code ? error.message : issueMessage(code, t);
    }
    if (kind === 'select') return t('validation.chooseOne');
    if (kind === 'number' && error.type === 'invalid_type') return t('validation.number');
    if (kind === 'date' && error.type === 'invalid_format') return t('validation.date');
    if (kind === 'dateTime' && error.type === 'invalid_format') return t('validation.dateTime');
    if (error.type === 'invalid_value' || error.type === 'invalid_type') {
      return t('validation.chooseOne');
    }
    if (isVietnamese && error.message) return error.message;
    if (error.type === 'too_small') return t('validation.tooShort');
    if (error.type === 'too_big') return t('validation.tooLong');
    if (error.type === 'invalid_format') return t('validation.invalidFormat');
    return error.message || t('validation.invalid');
  };
}

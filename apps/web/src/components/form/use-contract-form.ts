import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type FieldValues,
  type Path,
  type Resolver,
  type SubmitErrorHandler,
  type UseFormProps,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../lib/api-errors';
import { describeError } from '../../lib/describe-error';
import { applyServerFieldErrors } from '../../lib/server-form-errors';
import { useFailure } from '../../lib/use-failure';

interface ContractFormOptions<TIn extends FieldValues, TOut> extends Omit<
  UseFormProps<TIn, unknown, TOut>,
  'resolver'
> {
  /** The contract's body schema: the form checks what the API will check. */
  schema?: z.ZodType<TOut, TIn>;
  /** In place of `schema`, when the form checks against one of two (create or update). */
  resolver?: Resolver<TIn, unknown, TOut>;
  /** The fields a 400 answer's `details` may name; what names none goes to the alert. */
  fields: readonly Path<TIn>[];
  /** Error codes about one field, shown under it ("USERNAME_TAKEN" under the username). */
  codeFields?: Partial<Record<string, Path<TIn>>>;
}

interface SubmitHooks<TIn extends FieldValues, TOut> {
  /** The schema refused the values (nothing was sent). */
  invalid?: SubmitErrorHandler<TIn>;
  /** The request failed: true when this placed the error itself (under a field, say). */
  failed?: (error: unknown, values: TOut) => boolean | void;
}

/**
 * A form bound to a contract's schema: react-hook-form with the schema as resolver, and a
 * `submit` whose failed request lands under the fields it names (400 details, known codes) or
 * else in `failure`, for the form's alert.
 */
export function useContractForm<TIn extends FieldValues, TOut = TIn>(
  options: ContractFormOptions<TIn, TOut>,
) {
  const { schema, resolver, fields, codeFields = {}, ...formOptions } = options;
  const { t } = useTranslation();
  const { failure, setFailure, clear } = useFailure();
  const form = useForm<TIn, unknown, TOut>({
    ...formOptions,
    resolver: resolver ?? (zodResolver(schema as never) as unknown as Resolver<TIn, unknown, TOut>),
  });
  const { handleSubmit, setError } = form;

  const submit = (
    action: (values: TOut) => Promise<unknown> | unknown,
    on: SubmitHooks<TIn, TOut> = {},
  ) =>
    handleSubmit(async (values) => {
      clear();
      try {
        await action(values);
      } catch (error) {
        if (on.failed?.(error, values) === true) return;
        const field = error instanceof ApiError && error.code ? codeFields[error.code] : undefined;
        if (field) {
          const message = describeError(error, t).message;
          setError(field, { type: 'server', message }, { shouldFocus: true });
        } else if (!applyServerFieldErrors(error, setError, fields)) {
          setFailure(error);
        }
      }
    }, on.invalid);

  return { ...form, submit, failure, setFailure };
}

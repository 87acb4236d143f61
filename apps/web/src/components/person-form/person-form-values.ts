import type { createPersonBodySchema, Person } from '@canhgiac/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** The person form: the contract's input, with the consent box unticked until the person agrees. */
export type PersonFormValues = Omit<z.input<typeof createPersonBodySchema>, 'consent'> & {
  consent: boolean;
};

/** The form's fields, in the order a server error should focus them. */
export const personFormFields = [
  'fullName',
  'gender',
  'birthYear',
  'phone',
  'communeCode',
  'organizationId',
  'group',
  'consent',
  'consentSource',
] as const;

/** A new person: nothing chosen yet, consent given on a paper form unless told otherwise. */
export function emptyPersonValues(
  overrides: Partial<PersonFormValues> = {},
): Partial<PersonFormValues> {
  return {
    fullName: '',
    birthYear: null,
    phone: '',
    communeCode: '',
    organizationId: null,
    consent: false,
    consentSource: 'paper_form',
    ...overrides,
  };
}

/** An existing person in the form (consent was recorded when the person was added). */
export function personValues(person: Person): Partial<PersonFormValues> {
  return {
    fullName: person.fullName ?? '',
    gender: person.gender,
    birthYear: person.birthYear,
    phone: person.phone ?? '',
    communeCode: person.communeCode,
    organizationId: person.organizationId,
    group: person.group,
    consent: true,
  };
}

/** The name to show; an erased person is "(đã xóa thông tin)". */
export function personName(person: Pick<Person, 'fullName'>, t: TFunction): string {
  return person.fullName ?? t('personForm.erasedName');
}

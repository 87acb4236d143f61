import { createPersonBodySchema, type CreatePersonBody } from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { PersonFormValues } from './person-form-values';

/** The person form checks a person as the API will (the consent box stands for the consent). */
export const personResolver = zodResolver(createPersonBodySchema) as unknown as Resolver<
  PersonFormValues,
  unknown,
  CreatePersonBody
>;

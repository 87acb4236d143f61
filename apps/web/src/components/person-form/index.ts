// The person form that the people page and the walk-in check-in share.
export { ConsentFields } from './consent-fields';
export { PersonFields } from './person-fields';
export {
  emptyPersonValues,
  personName,
  personValues,
  type PersonFormValues,
} from './person-form-values';
export { applyPersonServerErrors } from './person-server-errors';
export { personResolver } from './person-resolver';

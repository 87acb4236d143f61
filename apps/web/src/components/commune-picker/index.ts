export { CommunePicker, type CommunePickerProps } from './commune-picker';
export {
  buildCommuneOptions,
  filterCommuneOptions,
  useCommuneOptionsOn,
  REORGANIZATION_DAY,
  LAST_FORMER_DAY,
  type CommuneOption,
} from './commune-options';

export { CommunePicker, type CommunePickerProps } from './commune-picker';
export {
  buildCommuneOptions,
  filterCommuneOptions,
  useCommuneOptionsOn,
  REORGANIZATION_DAY,
  type CommuneOption,
} from './commune-options';

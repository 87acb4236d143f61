import { AdminUnit } from '../modules/admin-units/admin-unit.entity';
import { ReferenceDataset } from '../modules/admin-units/reference-dataset.entity';
import { Organization } from '../modules/organizations/organization.entity';

/** Every entity, listed explicitly: globs miss files under jest and in bundles. */
export const entities = [ReferenceDataset, AdminUnit, Organization];

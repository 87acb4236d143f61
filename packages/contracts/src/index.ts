export * from './common/text';
export * from './common/errors.schemas';
export * from './common/paging.schemas';
export * from './health/health.schemas';
export * from './admin-units/admin-units.schemas';
export * from './organizations/organizations.schemas';

import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReferenceDataset } from './reference-dataset.entity';

/**
 * One administrative unit over one period of validity. The hierarchy is data (a parent code and a
 * level name), so a reorganization closes old rows (`validTo`) and opens new ones without losing
 * the history that conferences and reports of earlier years refer to.
 */
@Entity('admin_unit')
export class AdminUnit {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' })
  id: string;

  @Column('varchar', { length: 10 })
  code: string;

  @Column('text')
  name: string;

  /** The unit's own type as the state names it: tỉnh, huyện, thành phố, xã, phường, thị trấn … */
  @Column('text')
  type: string;

  /** province | district | commune (the level names of the contract). */
  @Column('text')
  level: string;

  @Column('varchar', { name: 'parent_code', length: 10, nullable: true })
  parentCode: string | null;

  /** Persons counted in the 2019 census (see the dataset's source). */
  @Column('integer', { nullable: true })
  population: number | null;

  /** First day of validity; null means "since before the records begin". */
  @Column('date', { name: 'valid_from', nullable: true })
  validFrom: string | null;

  /** First day it is no longer valid; null means it is valid today. */
  @Column('date', { name: 'valid_to', nullable: true })
  validTo: string | null;

  @Column('uuid', { name: 'dataset_id' })
  datasetId: string;

  @ManyToOne(() => ReferenceDataset)
  @JoinColumn({ name: 'dataset_id' })
  dataset?: ReferenceDataset;
}

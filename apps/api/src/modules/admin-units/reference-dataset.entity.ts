import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Where a load of reference data came from, kept beside the data. */
@Entity('reference_dataset')
export class ReferenceDataset {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' })
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  source: string;

  @Column('date', { name: 'as_of', nullable: true })
  asOf: string | null;

  @Column('text', { nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt: Date;
}

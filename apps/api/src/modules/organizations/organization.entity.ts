import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationKind } from '@canhgiac/contracts';

@Entity('organization')
export class Organization {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' })
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: OrganizationKind;

  @Column('varchar', { name: 'district_code', length: 10, nullable: true })
  districtCode: string | null;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('varchar', { name: 'commune_code', length: 10, nullable: true })
  communeCode: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

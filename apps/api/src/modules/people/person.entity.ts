import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ConsentSource, Gender, ParticipantGroup } from '@canhgiac/contracts';
import { Organization } from '../organizations/organization.entity';

/**
 * A participant. Erasure clears the name, phone and birth year and keeps the row, so reports
 * still count the person's attendance anonymously. name_key (generated) is not mapped.
 */
@Entity('person')
export class Person {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' })
  id: string;

  @Column('text', { name: 'full_name', nullable: true })
  fullName: string | null;

  @Column('text')
  gender: Gender;

  @Column('smallint', { name: 'birth_year', nullable: true })
  birthYear: number | null;

  @Column('varchar', { length: 10, nullable: true })
  phone: string | null;

  @Column('varchar', { name: 'commune_code', length: 10 })
  communeCode: string;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column('text', { name: 'group_code' })
  group: ParticipantGroup;

  @Column('timestamptz', { name: 'consent_at', nullable: true })
  consentAt: Date | null;

  @Column('text', { name: 'consent_source', nullable: true })
  consentSource: ConsentSource | null;

  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

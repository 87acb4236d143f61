import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CheckInMethod } from '@canhgiac/contracts';
import { Conference } from '../conferences/conference.entity';
import { Person } from '../people/person.entity';

/** A person registered for a conference; "attended" once checked in. */
@Entity('registration')
export class Registration {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' })
  id: string;

  @Column('uuid', { name: 'conference_id' })
  conferenceId: string;

  @ManyToOne(() => Conference)
  @JoinColumn({ name: 'conference_id' })
  conference?: Conference;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @Column('text', { default: 'registered' })
  status: 'registered' | 'attended';

  @Column('char', { name: 'check_in_code', length: 8 })
  checkInCode: string;

  @Column('timestamptz', { name: 'checked_in_at', nullable: true })
  checkedInAt: Date | null;

  @Column('text', { name: 'check_in_method', nullable: true })
  checkInMethod: CheckInMethod | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

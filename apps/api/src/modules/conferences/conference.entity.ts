import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ConferenceStatus } from '@canhgiac/contracts';
import { Campaign } from '../campaigns/campaign.entity';

/**
 * A training conference in a commune. Its organizers and trainers live in conference_organizer
 * and conference_trainer; venue_key (a generated column) is not mapped.
 */
@Entity('conference')
export class Conference {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' })
  id: string;

  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @ManyToOne(() => Campaign)
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column('text')
  title: string;

  @Column('text')
  topic: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt: Date;

  @Column('varchar', { name: 'commune_code', length: 10 })
  communeCode: string;

  @Column('text')
  venue: string;

  @Column('integer')
  capacity: number;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('text', { default: 'planned' })
  status: ConferenceStatus;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason: string | null;

  @Column('boolean', { default: false })
  forced: boolean;

  /** Kept by the statements that add and remove registrations; never above capacity. */
  @Column('integer', { name: 'registered_count', default: 0 })
  registeredCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

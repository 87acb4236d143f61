import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A year's plan with its targets. */
@Entity('campaign')
export class Campaign {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' })
  id: string;

  @Column('text')
  name: string;

  @Column('integer')
  year: number;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Column('integer', { name: 'target_conferences' })
  targetConferences: number;

  @Column('integer', { name: 'target_participants' })
  targetParticipants: number;

  @Column('integer', { name: 'target_leaflets' })
  targetLeaflets: number;

  @Column('text', { name: 'certificate_parent_body' })
  certificateParentBody: string;

  @Column('text', { name: 'certificate_issuer' })
  certificateIssuer: string;

  @Column('text', { name: 'certificate_serial_suffix' })
  certificateSerialSuffix: string;

  @Column('text', { name: 'certificate_signer_title' })
  certificateSignerTitle: string;

  @Column('text', { name: 'certificate_signer_name' })
  certificateSignerName: string;

  @Column('text', { name: 'certificate_issue_place' })
  certificateIssuePlace: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@canhgiac/contracts';
import { Organization } from '../organizations/organization.entity';

@Entity('app_user')
export class User {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' })
  id: string;

  @Column('varchar', { length: 50 })
  username: string;

  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text')
  role: Role;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** argon2id; never leaves the users repository. */
  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('boolean', { default: true })
  active: boolean;

  /** Bumped on a password change, a reset, a deactivation or a change of role: older tokens stop working. */
  @Column('integer', { name: 'token_version', default: 0 })
  tokenVersion: number;

  @Column('timestamptz', { name: 'password_changed_at' })
  passwordChangedAt: Date;

  @Column('timestamptz', { name: 'last_login_at', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

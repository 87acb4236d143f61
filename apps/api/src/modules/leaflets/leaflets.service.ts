import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CancelLeafletAllocationBody,
  CreateLeafletAllocationBody,
  CreateLeafletBatchBody,
  DeliverLeafletAllocationBody,
  LeafletAllocation,
  LeafletBatch,
  LeafletPlaceSummary,
  LeafletSummaryQuery,
  ListLeafletAllocationsQuery,
  ListLeafletBatchesQuery,
  Page,
  RecipientKind,
  UpdateLeafletBatchBody,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import type { Pdf } from '../../common/pdf/pdf-document';
import { Clock } from '../../common/clock';
import { AdminUnitsService } from '../admin-units/admin-units.service';
import { AuditService } from '../audit/audit.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ConferencesService } from '../conferences/conferences.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { renderHandoverNote } from './handover-note.pdf';
import { LeafletsRepository } from './leaflets.repository';

@Injectable()
export class LeafletsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly leaflets: LeafletsRepository,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly adminUnits: AdminUnitsService,
    private readonly conferences: ConferencesService,
    private readonly campaigns: CampaignsService,
    private readonly clock: Clock,
  ) {}

  listBatches(query: ListLeafletBatchesQuery): Promise<Page<LeafletBatch>> {
    return this.leaflets.findBatches(query);
  }

  async getBatch(id: string, manager?: EntityManager): Promise<LeafletBatch> {
    const batch = await this.leaflets.findBatch(id, manager);
    if (!batch) throw AppError.notFound('lô tờ rơi');
    return batch;
  }

  createBatch(actor: Actor, body: CreateLeafletBatchBody): Promise<LeafletBatch> {
    return this.dataSource.transaction(async (manager) => {
      if (body.campaignId && !(await this.campaigns.find(body.campaignId, manager)))
        throw AppError.invalid('campaignId', 'Không có chiến dịch này');
      const id = await this.leaflets.insertBatch(body, actor.id, manager);
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'leaflet_batch',
        entityId: id,
        summary: { ...body },
      });
      return (await this.leaflets.findBatch(id, manager))!;
    });
  }

  updateBatch(actor: Actor, id: string, body: UpdateLeafletBatchBody): Promise<LeafletBatch> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.getBatch(id, manager);
      if (!(await this.leaflets.updateBatch(id, body, manager))) {
        throw new AppError(
          'LEAFLET_BATCH_BELOW_ALLOCATED',
          `Đã phân bổ ${batch.allocated} tờ, số lượng của lô không được nhỏ hơn`,
          {
            extra: { allocated: batch.allocated },
          },
        );
      }
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'leaflet_batch',
        entityId: id,
        summary: { ...body },
      });
      return (await this.leaflets.findBatch(id, manager))!;
    });
  }

  /** Allocates from a batch's stock, never beyond it, even when requests race (409 with what is left). */
  allocate(
    actor: Actor,
    batchId: string,
    body: CreateLeafletAllocationBody,
  ): Promise<LeafletAllocation> {
    return this.dataSource.transaction(async (manager) => {
      await this.getBatch(batchId, manager);
      const recipientKind = await this.checkRecipient(body, manager);
      if (!(await this.leaflets.takeStock(batchId, body.quantity, manager))) {
        const { available } = await this.getBatch(batchId, manager);
        throw new AppError(
          'LEAFLETS_INSUFFICIENT',
          `Lô chỉ còn ${available.toLocaleString('vi-VN')} tờ, không đủ để phân bổ ${body.quantity.toLocaleString('vi-VN')} tờ`,
          {
            extra: { available },
          },
        );
      }
      const year = Number(this.clock.today().slice(0, 4));
      const number = await this.leaflets.nextDocumentNumber('BBBG', year, manager);
      const id = await this.leaflets.insertAllocation(
        {
          batchId,
          quantity: body.quantity,
          recipientKind,
          organizationId: body.organizationId ?? null,
          communeCode: body.communeCode ?? null,
          conferenceId: body.conferenceId ?? null,
          note: body.note ?? null,
          createdBy: actor.id,
        },
        `${number}/BBBG-${year}`,
        manager,
      );
      await this.audit.record(manager, actor, {
        action: 'allocate',
        entity: 'leaflet_allocation',
        entityId: id,
        summary: { batchId, ...body },
      });
      return (await this.leaflets.findAllocation(id, manager))!;
    });
  }

  listAllocations(query: ListLeafletAllocationsQuery): Promise<Page<LeafletAllocation>> {
    return this.leaflets.findAllocations(query);
  }

  async getAllocation(id: string): Promise<LeafletAllocation> {
    const allocation = await this.leaflets.findAllocation(id);
    if (!allocation) throw AppError.notFound('lượt phân bổ');
    return allocation;
  }

  deliver(
    actor: Actor,
    id: string,
    body: DeliverLeafletAllocationBody,
  ): Promise<LeafletAllocation> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockPlanned(id, manager, 'giao');
      await this.leaflets.markDelivered(id, body.deliveredOn, body.receivedBy, actor.id, manager);
      await this.audit.record(manager, actor, {
        action: 'deliver',
        entity: 'leaflet_allocation',
        entityId: id,
        summary: { ...body, quantity: locked.quantity },
      });
      return (await this.leaflets.findAllocation(id, manager))!;
    });
  }

  /** Cancels a planned allocation: its leaflets return to the batch's stock, and the record stays. */
  cancel(actor: Actor, id: string, body: CancelLeafletAllocationBody): Promise<LeafletAllocation> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockPlanned(id, manager, 'hủy');
      await this.leaflets.markCancelled(id, body.reason, manager);
      await this.leaflets.returnStock(locked.batchId, locked.quantity, manager);
      await this.audit.record(manager, actor, {
        action: 'cancel',
        entity: 'leaflet_allocation',
        entityId: id,
        summary: { reason: body.reason, quantity: locked.quantity },
      });
      return (await this.leaflets.findAllocation(id, manager))!;
    });
  }

  summary(query: LeafletSummaryQuery): Promise<LeafletPlaceSummary> {
    return this.leaflets.summary(query.campaignId ?? null, query.batchId ?? null);
  }

  async handoverNote(id: string): Promise<Pdf> {
    const slip = await this.leaflets.findSlip(id);
    if (!slip) throw AppError.notFound('lượt phân bổ');
    return renderHandoverNote(slip);
  }

  private async lockPlanned(id: string, manager: EntityManager, verb: string) {
    const locked = await this.leaflets.lockAllocation(id, manager);
    if (!locked) throw AppError.notFound('lượt phân bổ');
    if (locked.status !== 'planned') {
      const names: Record<string, string> = { delivered: 'đã giao', cancelled: 'đã hủy' };
      throw new AppError(
        'ALLOCATION_NOT_PLANNED',
        `Lượt phân bổ này ${names[locked.status]}, không thể ${verb}`,
        { extra: { status: locked.status } },
      );
    }
    return locked;
  }

  private async checkRecipient(
    body: CreateLeafletAllocationBody,
    manager: EntityManager,
  ): Promise<RecipientKind> {
    if (body.organizationId) {
      await this.organizations.requireExisting(body.organizationId, 'organizationId', manager);
      return 'organization';
    }
    if (body.communeCode) {
      await this.adminUnits.requireCurrent(body.communeCode, 'commune', 'communeCode', manager);
      return 'commune';
    }
    const conference = await this.conferences
      .get(body.conferenceId!, manager)
      .catch(() => undefined);
    if (!conference) throw AppError.invalid('conferenceId', 'Không có hội nghị này');
    if (conference.status === 'cancelled')
      throw AppError.invalid('conferenceId', 'Hội nghị đã bị hủy');
    return 'conference';
  }
}

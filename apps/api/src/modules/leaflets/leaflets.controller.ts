import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  cancelLeafletAllocationBodySchema,
  createLeafletAllocationBodySchema,
  createLeafletBatchBodySchema,
  deliverLeafletAllocationBodySchema,
  leafletAllocationPageSchema,
  leafletAllocationSchema,
  leafletBatchPageSchema,
  leafletBatchSchema,
  leafletPlaceSummarySchema,
  leafletSummaryQuerySchema,
  listLeafletAllocationsQuerySchema,
  listLeafletBatchesQuerySchema,
  pageQuerySchema,
  updateLeafletBatchBodySchema,
  leafletRoutes,
} from '@canhgiac/contracts';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { pdfTitle, setDownloadName } from '../../common/http/download-name';
import { LeafletsService } from './leaflets.service';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { Route } from '../../common/http/route.decorator';

class ListBatchesQueryDto extends createZodDto(listLeafletBatchesQuerySchema) {}
class ListAllocationsQueryDto extends createZodDto(listLeafletAllocationsQuerySchema) {}
class BatchAllocationsQueryDto extends createZodDto(pageQuerySchema) {}
class SummaryQueryDto extends createZodDto(leafletSummaryQuerySchema) {}
class CreateBatchDto extends createZodDto(createLeafletBatchBodySchema) {}
class UpdateBatchDto extends createZodDto(updateLeafletBatchBodySchema) {}
class CreateAllocationDto extends createZodDto(createLeafletAllocationBodySchema) {}
class DeliverDto extends createZodDto(deliverLeafletAllocationBodySchema) {}
class CancelDto extends createZodDto(cancelLeafletAllocationBodySchema) {}
class BatchDto extends createZodDto(leafletBatchSchema) {}
class BatchPageDto extends createZodDto(leafletBatchPageSchema) {}
class AllocationDto extends createZodDto(leafletAllocationSchema) {}
class AllocationPageDto extends createZodDto(leafletAllocationPageSchema) {}
class SummaryDto extends createZodDto(leafletPlaceSummarySchema) {}

/** Leaflet stock and where it went: staff manage it, leadership reads it. */
@ApiTags('leaflets')
@ApiBearerAuth()
@Controller()
export class LeafletsController {
  constructor(private readonly leaflets: LeafletsService) {}

  @Route(leafletRoutes.listBatches, BatchPageDto)
  @Roles('admin', 'staff', 'leader')
  listBatches(@Query() query: ListBatchesQueryDto) {
    return this.leaflets.listBatches(query);
  }

  @Route(leafletRoutes.createBatch, BatchDto)
  @Roles('admin', 'staff')
  createBatch(@CurrentActor() actor: Actor, @Body() body: CreateBatchDto) {
    return this.leaflets.createBatch(actor, body);
  }

  @Route(leafletRoutes.getBatch, BatchDto)
  @Roles('admin', 'staff', 'leader')
  getBatch(@Param() params: IdParamDto) {
    return this.leaflets.getBatch(params.id);
  }

  @Route(leafletRoutes.updateBatch, BatchDto)
  @Roles('admin', 'staff')
  updateBatch(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateBatchDto,
  ) {
    return this.leaflets.updateBatch(actor, params.id, body);
  }

  @Route(leafletRoutes.batchAllocations, AllocationPageDto)
  @Roles('admin', 'staff', 'leader')
  batchAllocations(@Param() params: IdParamDto, @Query() query: BatchAllocationsQueryDto) {
    return this.leaflets.listAllocations({ ...query, batchId: params.id });
  }

  /** 409 with `available` when the batch has fewer leaflets left, also under concurrent requests. */
  @Route(leafletRoutes.allocate, AllocationDto)
  @Roles('admin', 'staff')
  allocate(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: CreateAllocationDto,
  ) {
    return this.leaflets.allocate(actor, params.id, body);
  }

  @Route(leafletRoutes.listAllocations, AllocationPageDto)
  @Roles('admin', 'staff', 'leader')
  listAllocations(@Query() query: ListAllocationsQueryDto) {
    return this.leaflets.listAllocations(query);
  }

  @Route(leafletRoutes.getAllocation, AllocationDto)
  @Roles('admin', 'staff', 'leader')
  getAllocation(@Param() params: IdParamDto) {
    return this.leaflets.getAllocation(params.id);
  }

  @Route(leafletRoutes.deliver, AllocationDto)
  @Roles('admin', 'staff')
  deliver(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: DeliverDto) {
    return this.leaflets.deliver(actor, params.id, body);
  }

  /** Cancelling returns the quantity to the batch's stock; the record stays. */
  @Route(leafletRoutes.cancel, AllocationDto)
  @Roles('admin', 'staff')
  cancel(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: CancelDto) {
    return this.leaflets.cancel(actor, params.id, body);
  }

  /** The handover note ("Biên bản bàn giao"). */
  @Route(leafletRoutes.slip)
  @Roles('admin', 'staff')
  async slip(@Param() params: IdParamDto, @Res() res: Response) {
    const doc = await this.leaflets.handoverNote(params.id);
    res.setHeader('Content-Type', 'application/pdf');
    setDownloadName(res, pdfTitle(doc), 'pdf', 'inline');
    doc.pipe(res);
    doc.end();
  }

  /** Leaflets allocated and delivered per district. */
  @Route(leafletRoutes.summary, SummaryDto)
  @Roles('admin', 'staff', 'leader')
  summary(@Query() query: SummaryQueryDto) {
    return this.leaflets.summary(query);
  }
}

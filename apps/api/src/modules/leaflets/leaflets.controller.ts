import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
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
} from '@canhgiac/contracts';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { pdfTitle, setDownloadName } from '../../common/http/download-name';
import { LeafletsService } from './leaflets.service';
import { IdParamDto } from '../../common/validation/id-param.dto';

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

  @Get('leaflet-batches')
  @Roles('admin', 'staff', 'leader')
  @ZodResponse({ type: BatchPageDto })
  listBatches(@Query() query: ListBatchesQueryDto) {
    return this.leaflets.listBatches(query);
  }

  @Post('leaflet-batches')
  @Roles('admin', 'staff')
  @ZodResponse({ status: 201, type: BatchDto })
  createBatch(@CurrentActor() actor: Actor, @Body() body: CreateBatchDto) {
    return this.leaflets.createBatch(actor, body);
  }

  @Get('leaflet-batches/:id')
  @Roles('admin', 'staff', 'leader')
  @ZodResponse({ type: BatchDto })
  getBatch(@Param() params: IdParamDto) {
    return this.leaflets.getBatch(params.id);
  }

  @Patch('leaflet-batches/:id')
  @Roles('admin', 'staff')
  @ZodResponse({ type: BatchDto })
  updateBatch(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateBatchDto,
  ) {
    return this.leaflets.updateBatch(actor, params.id, body);
  }

  @Get('leaflet-batches/:id/allocations')
  @Roles('admin', 'staff', 'leader')
  @ZodResponse({ type: AllocationPageDto })
  batchAllocations(@Param() params: IdParamDto, @Query() query: BatchAllocationsQueryDto) {
    return this.leaflets.listAllocations({ ...query, batchId: params.id });
  }

  /** 409 with `available` when the batch has fewer leaflets left, also under concurrent requests. */
  @Post('leaflet-batches/:id/allocations')
  @Roles('admin', 'staff')
  @ZodResponse({ status: 201, type: AllocationDto })
  allocate(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: CreateAllocationDto,
  ) {
    return this.leaflets.allocate(actor, params.id, body);
  }

  @Get('leaflet-allocations')
  @Roles('admin', 'staff', 'leader')
  @ZodResponse({ type: AllocationPageDto })
  listAllocations(@Query() query: ListAllocationsQueryDto) {
    return this.leaflets.listAllocations(query);
  }

  @Get('leaflet-allocations/:id')
  @Roles('admin', 'staff', 'leader')
  @ZodResponse({ type: AllocationDto })
  getAllocation(@Param() params: IdParamDto) {
    return this.leaflets.getAllocation(params.id);
  }

  @Post('leaflet-allocations/:id/deliver')
  @Roles('admin', 'staff')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: AllocationDto })
  deliver(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: DeliverDto) {
    return this.leaflets.deliver(actor, params.id, body);
  }

  /** Cancelling returns the quantity to the batch's stock; the record stays. */
  @Post('leaflet-allocations/:id/cancel')
  @Roles('admin', 'staff')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: AllocationDto })
  cancel(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: CancelDto) {
    return this.leaflets.cancel(actor, params.id, body);
  }

  /** The handover note ("Biên bản bàn giao"). */
  @Get('leaflet-allocations/:id/slip.pdf')
  @Roles('admin', 'staff')
  @ApiProduces('application/pdf')
  async slip(@Param() params: IdParamDto, @Res() res: Response) {
    const doc = await this.leaflets.handoverNote(params.id);
    res.setHeader('Content-Type', 'application/pdf');
    setDownloadName(res, pdfTitle(doc), 'pdf', 'inline');
    doc.pipe(res);
    doc.end();
  }

  /** Leaflets allocated and delivered per district. */
  @Get('leaflets/summary')
  @Roles('admin', 'staff', 'leader')
  @ZodResponse({ type: SummaryDto })
  summary(@Query() query: SummaryQueryDto) {
    return this.leaflets.summary(query);
  }
}

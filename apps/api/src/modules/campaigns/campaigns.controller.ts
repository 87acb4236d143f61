import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  campaignPageSchema,
  campaignProgressSchema,
  campaignSchema,
  createCampaignBodySchema,
  listCampaignsQuerySchema,
  updateCampaignBodySchema,
} from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { CampaignsService } from './campaigns.service';
import { IdParamDto } from '../../common/validation/id-param.dto';

class ListCampaignsQueryDto extends createZodDto(listCampaignsQuerySchema) {}
class CreateCampaignDto extends createZodDto(createCampaignBodySchema) {}
class UpdateCampaignDto extends createZodDto(updateCampaignBodySchema) {}
class CampaignDto extends createZodDto(campaignSchema) {}
class CampaignPageDto extends createZodDto(campaignPageSchema) {}
class CampaignProgressDto extends createZodDto(campaignProgressSchema) {}

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: CampaignPageDto })
  list(@Query() query: ListCampaignsQueryDto) {
    return this.campaigns.list(query);
  }

  @Post()
  @Roles('admin', 'staff')
  @ZodResponse({ status: 201, type: CampaignDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCampaignDto) {
    return this.campaigns.create(actor, body);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: CampaignDto })
  get(@Param() params: IdParamDto) {
    return this.campaigns.get(params.id);
  }

  @Patch(':id')
  @Roles('admin', 'staff')
  @ZodResponse({ type: CampaignDto })
  update(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateCampaignDto,
  ) {
    return this.campaigns.update(actor, params.id, body);
  }

  @Get(':id/progress')
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: CampaignProgressDto })
  progress(@Param() params: IdParamDto) {
    return this.campaigns.progress(params.id);
  }
}

import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  campaignPageSchema,
  campaignProgressSchema,
  campaignSchema,
  createCampaignBodySchema,
  listCampaignsQuerySchema,
  updateCampaignBodySchema,
  campaignRoutes,
} from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { CampaignsService } from './campaigns.service';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { Route } from '../../common/http/route.decorator';

class ListCampaignsQueryDto extends createZodDto(listCampaignsQuerySchema) {}
class CreateCampaignDto extends createZodDto(createCampaignBodySchema) {}
class UpdateCampaignDto extends createZodDto(updateCampaignBodySchema) {}
class CampaignDto extends createZodDto(campaignSchema) {}
class CampaignPageDto extends createZodDto(campaignPageSchema) {}
class CampaignProgressDto extends createZodDto(campaignProgressSchema) {}

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller()
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Route(campaignRoutes.list, CampaignPageDto)
  @Roles(...ALL_ROLES)
  list(@Query() query: ListCampaignsQueryDto) {
    return this.campaigns.list(query);
  }

  @Route(campaignRoutes.create, CampaignDto)
  @Roles('admin', 'staff')
  create(@CurrentActor() actor: Actor, @Body() body: CreateCampaignDto) {
    return this.campaigns.create(actor, body);
  }

  @Route(campaignRoutes.get, CampaignDto)
  @Roles(...ALL_ROLES)
  get(@Param() params: IdParamDto) {
    return this.campaigns.get(params.id);
  }

  @Route(campaignRoutes.update, CampaignDto)
  @Roles('admin', 'staff')
  update(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateCampaignDto,
  ) {
    return this.campaigns.update(actor, params.id, body);
  }

  @Route(campaignRoutes.progress, CampaignProgressDto)
  @Roles(...ALL_ROLES)
  progress(@Param() params: IdParamDto) {
    return this.campaigns.progress(params.id);
  }
}

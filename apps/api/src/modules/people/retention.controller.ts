import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { retentionRunSchema, retentionStatusSchema } from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { RetentionService } from './retention.service';

class RetentionStatusDto extends createZodDto(retentionStatusSchema) {}
class RetentionRunDto extends createZodDto(retentionRunSchema) {}

@ApiTags('people')
@ApiBearerAuth()
@Controller('privacy/retention')
@Roles('admin')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /** The retention period and how many people it would anonymize now. */
  @Get()
  @ZodResponse({ type: RetentionStatusDto })
  status() {
    return this.retention.status();
  }

  @Post('run')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: RetentionRunDto })
  run(@CurrentActor() actor: Actor) {
    return this.retention.run(actor);
  }
}

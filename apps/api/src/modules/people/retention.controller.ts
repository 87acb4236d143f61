import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { retentionRunSchema, retentionStatusSchema, retentionRoutes } from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { RetentionService } from './retention.service';
import { Route } from '../../common/http/route.decorator';

class RetentionStatusDto extends createZodDto(retentionStatusSchema) {}
class RetentionRunDto extends createZodDto(retentionRunSchema) {}

@ApiTags('people')
@ApiBearerAuth()
@Controller()
@Roles('admin')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /** The retention period and how many people it would anonymize now. */
  @Route(retentionRoutes.status, RetentionStatusDto)
  status() {
    return this.retention.status();
  }

  @Route(retentionRoutes.run, RetentionRunDto)
  run(@CurrentActor() actor: Actor) {
    return this.retention.run(actor);
  }
}

import { Controller, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { auditPageSchema, listAuditQuerySchema, auditRoutes } from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import { Roles } from '../../common/auth/roles.decorator';
import { AuditService } from './audit.service';
import { Route } from '../../common/http/route.decorator';

class ListAuditQueryDto extends createZodDto(listAuditQuerySchema) {}
class AuditPageDto extends createZodDto(auditPageSchema) {}

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Route(auditRoutes.list, AuditPageDto)
  @Roles('admin')
  list(@Query() query: ListAuditQueryDto) {
    return this.audit.list(query);
  }
}

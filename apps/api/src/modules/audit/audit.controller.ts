import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { auditPageSchema, listAuditQuerySchema } from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Roles } from '../../common/auth/roles.decorator';
import { AuditService } from './audit.service';

class ListAuditQueryDto extends createZodDto(listAuditQuerySchema) {}
class AuditPageDto extends createZodDto(auditPageSchema) {}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ZodResponse({ type: AuditPageDto })
  list(@Query() query: ListAuditQueryDto) {
    return this.audit.list(query);
  }
}

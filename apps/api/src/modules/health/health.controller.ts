import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { healthSchema, healthRoutes } from '@canhgiac/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { DATABASE_KIND } from '../../database/database.module';
import { AppError } from '../../common/errors/app-error';
import { Public } from '../../common/auth/roles.decorator';
import { Route } from '../../common/http/route.decorator';

class HealthDto extends createZodDto(healthSchema) {}

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @Inject(DATABASE_KIND) private readonly databaseKind: 'embedded' | 'postgres',
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Route(healthRoutes.get, HealthDto)
  @Public()
  async check() {
    try {
      await this.dataSource.query('SELECT 1');
    } catch (error) {
      throw new AppError('SERVICE_UNAVAILABLE', 'Cơ sở dữ liệu không phản hồi', { cause: error });
    }
    return { status: 'ok' as const, db: this.databaseKind };
  }
}

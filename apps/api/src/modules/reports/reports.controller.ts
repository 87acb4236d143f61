import { Controller, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  coverageQuerySchema,
  coverageReportSchema,
  dashboardQuerySchema,
  dashboardSchema,
  reportRoutes,
} from '@canhgiac/contracts';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { setDownloadName } from '../../common/http/download-name';
import { coverageFileTitle } from './exports/coverage-columns';
import { ReportExportService } from './report-export.service';
import { ReportsService } from './reports.service';
import { Route } from '../../common/http/route.decorator';

class CoverageQueryDto extends createZodDto(coverageQuerySchema) {}
class CoverageReportDto extends createZodDto(coverageReportSchema) {}
class DashboardQueryDto extends createZodDto(dashboardQuerySchema) {}
class DashboardDto extends createZodDto(dashboardSchema) {}

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Aggregates only: no route here returns a person. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportExportService,
  ) {}

  /** json, csv (UTF-8 with BOM), xlsx or pdf; a coordinator's figures cover the coordinator's organization. */
  @Route(reportRoutes.coverage, CoverageReportDto)
  @Roles(...ALL_ROLES)
  async coverage(
    @CurrentActor() actor: Actor,
    @Query() query: CoverageQueryDto,
    @Res() res: Response,
  ) {
    const report = await this.reports.coverage(actor, query);
    if (query.format === 'json') {
      res.json(coverageReportSchema.parse(report));
      return;
    }
    res.setHeader('Content-Type', contentTypes[query.format]);
    setDownloadName(res, coverageFileTitle(query.groupBy), query.format);
    await this.exports.write(report, query, res);
  }

  @Route(reportRoutes.dashboard, DashboardDto)
  @Roles('admin', 'staff', 'leader')
  dashboard(@Query() query: DashboardQueryDto) {
    return this.reports.dashboard(query);
  }
}

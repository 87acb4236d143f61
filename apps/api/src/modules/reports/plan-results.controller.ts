import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  channelsQuerySchema,
  channelsReportSchema,
  matrixQuerySchema,
  matrixSchema,
  planReportQuerySchema,
  planReportTextsSchema,
  putPlanReportTextsBodySchema,
  reportRoutes,
} from '@canhgiac/contracts';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { PlanReportService } from './plan-report/plan-report.service';
import { setDownloadName } from '../../common/http/download-name';
import {
  CHANNELS_FILE_TITLE,
  matrixFileTitle,
  PLAN_REPORT_FILE_TITLE,
  PlanResultsExportService,
} from './plan-results-export.service';
import { PlanResultsService } from './plan-results.service';
import { Route } from '../../common/http/route.decorator';

class ChannelsQueryDto extends createZodDto(channelsQuerySchema) {}
class ChannelsReportDto extends createZodDto(channelsReportSchema) {}
class MatrixQueryDto extends createZodDto(matrixQuerySchema) {}
class MatrixDto extends createZodDto(matrixSchema) {}
class PlanReportQueryDto extends createZodDto(planReportQuerySchema) {}
class PlanReportTextsDto extends createZodDto(planReportTextsSchema) {}
class PutPlanReportTextsDto extends createZodDto(putPlanReportTextsBodySchema) {}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The plan's results: channels, the coverage matrix against targets, and the official report. Aggregates only. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class PlanResultsController {
  constructor(
    private readonly planResults: PlanResultsService,
    private readonly exports: PlanResultsExportService,
    private readonly planReport: PlanReportService,
  ) {}

  /** Totals per channel; a coordinator's cover the coordinator's organization's activities. */
  @Route(reportRoutes.channels, ChannelsReportDto)
  @Roles(...ALL_ROLES)
  async channels(
    @CurrentActor() actor: Actor,
    @Query() query: ChannelsQueryDto,
    @Res() res: Response,
  ) {
    const report = await this.planResults.channels(actor, query);
    if (query.format === 'json') {
      res.json(channelsReportSchema.parse(report));
      return;
    }
    const file = await this.exports.channelsXlsx(report, query);
    res.setHeader('Content-Type', XLSX);
    setDownloadName(res, CHANNELS_FILE_TITLE, 'xlsx');
    res.end(file);
  }

  /** Rows × columns against targets; a coordinator's is limited to the coordinator's organization. */
  @Route(reportRoutes.matrix, MatrixDto)
  @Roles(...ALL_ROLES)
  async matrix(@CurrentActor() actor: Actor, @Query() query: MatrixQueryDto, @Res() res: Response) {
    const matrix = await this.planResults.matrix(actor, query);
    if (query.format === 'json') {
      res.json(matrixSchema.parse(matrix));
      return;
    }
    const file = await this.exports.matrixXlsx(matrix, query);
    res.setHeader('Content-Type', XLSX);
    setDownloadName(res, matrixFileTitle(query), 'xlsx');
    res.end(file);
  }

  /** The results report (Decree 30/2020/NĐ-CP layout) for the period, as DOCX or PDF. */
  @Route(reportRoutes.planReport)
  @Roles('admin', 'staff', 'leader')
  async report(
    @CurrentActor() actor: Actor,
    @Query() query: PlanReportQueryDto,
    @Res() res: Response,
  ) {
    const file = await this.exports.planReport(actor, query);
    res.setHeader('Content-Type', query.format === 'pdf' ? 'application/pdf' : DOCX);
    setDownloadName(res, PLAN_REPORT_FILE_TITLE, query.format);
    res.end(file);
  }

  /** What staff wrote for the report: number, plan, "Đánh giá chung", "Kiến nghị, đề xuất", recipients. */
  @Route(reportRoutes.texts, PlanReportTextsDto)
  @Roles('admin', 'staff', 'leader')
  texts(@Param() params: IdParamDto) {
    return this.planReport.texts(params.id);
  }

  @Route(reportRoutes.saveTexts, PlanReportTextsDto)
  @Roles('admin', 'staff')
  saveTexts(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: PutPlanReportTextsDto,
  ) {
    return this.planReport.saveTexts(actor, params.id, body);
  }
}

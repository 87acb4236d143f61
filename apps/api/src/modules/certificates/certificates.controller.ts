import { Body, Controller, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  certificateListSchema,
  certificateSchema,
  certificateSummaryQuerySchema,
  certificateSummarySchema,
  mediaTypes,
  issueCertificatesResultSchema,
  issuePreviewSchema,
  revokeCertificateBodySchema,
  verifyCodeParamSchema,
  verifyResultSchema,
  certificateRoutes,
} from '@canhgiac/contracts';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Public, Roles } from '../../common/auth/roles.decorator';
import { pdfTitle, setDownloadName } from '../../common/http/download-name';
import { publicOrigin } from '../../common/http/public-url';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { createCertificatePdf } from './certificate.pdf';
import { CERTIFICATE_SUMMARY_TITLE } from './certificate-summary.xlsx';
import { CertificatesService } from './certificates.service';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { Route } from '../../common/http/route.decorator';

class VerifyCodeParamDto extends createZodDto(verifyCodeParamSchema) {}
class RevokeDto extends createZodDto(revokeCertificateBodySchema) {}
class CertificateDto extends createZodDto(certificateSchema) {}
class CertificateListDto extends createZodDto(certificateListSchema) {}
class IssueResultDto extends createZodDto(issueCertificatesResultSchema) {}
class IssuePreviewDto extends createZodDto(issuePreviewSchema) {}
class VerifyResultDto extends createZodDto(verifyResultSchema) {}
class CertificateSummaryQueryDto extends createZodDto(certificateSummaryQuerySchema) {}
class CertificateSummaryDto extends createZodDto(certificateSummarySchema) {}

function sendPdf(res: Response, doc: PDFKit.PDFDocument) {
  res.setHeader('Content-Type', 'application/pdf');
  setDownloadName(res, pdfTitle(doc), 'pdf', 'inline');
}

@ApiTags('certificates')
@ApiBearerAuth()
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One certificate per attended registration that has none; the conference must be held (else 409). */
  @Route(certificateRoutes.issue, IssueResultDto)
  @Roles('admin', 'staff')
  issue(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.certificates.issue(actor, params.id);
  }

  @Route(certificateRoutes.issuePreview, IssuePreviewDto)
  @Roles('admin', 'staff')
  issuePreview(@Param() params: IdParamDto) {
    return this.certificates.previewIssue(params.id);
  }

  @Route(certificateRoutes.list, CertificateListDto)
  @Roles('admin', 'staff', 'coordinator')
  list(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.certificates.list(actor, params.id);
  }

  /** Every valid certificate of the conference, one A4 landscape page each, streamed. */
  @Route(certificateRoutes.batchPdf)
  @Roles('admin', 'staff', 'coordinator')
  async batchPdf(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const title = await this.certificates.requireConference(params.id);
    const doc = createCertificatePdf(`Giấy chứng nhận – ${title}`);
    sendPdf(res, doc);
    doc.pipe(res);
    try {
      await this.certificates.renderBatch(actor, params.id, publicOrigin(this.config, req), doc);
    } finally {
      doc.end();
    }
  }

  @Route(certificateRoutes.pdf)
  @Roles('admin', 'staff', 'coordinator')
  async onePdf(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const doc = await this.certificates.renderOne(actor, params.id, publicOrigin(this.config, req));
    sendPdf(res, doc);
    doc.pipe(res);
    doc.end();
  }

  @Route(certificateRoutes.get, CertificateDto)
  @Roles('admin', 'staff', 'coordinator')
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.certificates.get(actor, params.id);
  }

  @Route(certificateRoutes.revoke, CertificateDto)
  @Roles('admin', 'staff')
  revoke(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: RevokeDto) {
    return this.certificates.revoke(actor, params.id, body);
  }

  /** A new certificate with a new serial for the holder of a revoked one, linked to it. */
  @Route(certificateRoutes.reissue, CertificateDto)
  @Roles('admin', 'staff')
  reissue(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.certificates.reissue(actor, params.id);
  }

  /**
   * The held conferences with their certificates counted (counts only, so leaders too; a
   * coordinator's count the coordinator's organization), as JSON or an Excel workbook.
   */
  @Route(certificateRoutes.summary, CertificateSummaryDto)
  @Roles(...ALL_ROLES)
  async summary(
    @CurrentActor() actor: Actor,
    @Query() query: CertificateSummaryQueryDto,
    @Res() res: Response,
  ) {
    if (query.format === 'json') {
      res.json(certificateSummarySchema.parse(await this.certificates.summary(actor, query)));
      return;
    }
    const file = await this.certificates.summaryXlsx(actor, query);
    res.setHeader('Content-Type', mediaTypes.xlsx);
    setDownloadName(res, CERTIFICATE_SUMMARY_TITLE, 'xlsx');
    res.end(file);
  }

  /** No login; rate limited; every lookup is logged. */
  @Route(certificateRoutes.verify, VerifyResultDto)
  @Public()
  verify(@Param() params: VerifyCodeParamDto, @Req() req: Request) {
    return this.certificates.verify(params.verifyCode, req.ip ?? null);
  }
}

import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  certificateListSchema,
  certificateSchema,
  issueCertificatesResultSchema,
  revokeCertificateBodySchema,
  verifyCodeParamSchema,
  verifyResultSchema,
} from '@canhgiac/contracts';
import type { Request, Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Public, Roles } from '../../common/auth/roles.decorator';
import { pdfTitle, setDownloadName } from '../../common/http/download-name';
import { publicOrigin } from '../../common/http/public-url';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { createCertificatePdf } from './certificate.pdf';
import { CertificatesService } from './certificates.service';
import { IdParamDto } from '../../common/validation/id-param.dto';

class VerifyCodeParamDto extends createZodDto(verifyCodeParamSchema) {}
class RevokeDto extends createZodDto(revokeCertificateBodySchema) {}
class CertificateDto extends createZodDto(certificateSchema) {}
class CertificateListDto extends createZodDto(certificateListSchema) {}
class IssueResultDto extends createZodDto(issueCertificatesResultSchema) {}
class VerifyResultDto extends createZodDto(verifyResultSchema) {}

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
  @Post('conferences/:id/certificates')
  @Roles('admin', 'staff')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: IssueResultDto })
  issue(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.certificates.issue(actor, params.id);
  }

  @Get('conferences/:id/certificates')
  @Roles('admin', 'staff', 'coordinator')
  @ZodResponse({ type: CertificateListDto })
  list(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.certificates.list(actor, params.id);
  }

  /** Every valid certificate of the conference, one A4 landscape page each, streamed. */
  @Get('conferences/:id/certificates.pdf')
  @Roles('admin', 'staff', 'coordinator')
  @ApiProduces('application/pdf')
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

  @Get('certificates/:id.pdf')
  @Roles('admin', 'staff', 'coordinator')
  @ApiProduces('application/pdf')
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

  @Get('certificates/:id')
  @Roles('admin', 'staff', 'coordinator')
  @ZodResponse({ type: CertificateDto })
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.certificates.get(actor, params.id);
  }

  @Post('certificates/:id/revoke')
  @Roles('admin', 'staff')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: CertificateDto })
  revoke(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: RevokeDto) {
    return this.certificates.revoke(actor, params.id, body);
  }

  /** A new certificate with a new serial for the holder of a revoked one, linked to it. */
  @Post('certificates/:id/reissue')
  @Roles('admin', 'staff')
  @ZodResponse({ status: 201, type: CertificateDto })
  reissue(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.certificates.reissue(actor, params.id);
  }

  /** No login; rate limited; every lookup is logged. */
  @Get('public/verify/:verifyCode')
  @Public()
  @ZodResponse({ type: VerifyResultDto })
  verify(@Param() params: VerifyCodeParamDto, @Req() req: Request) {
    return this.certificates.verify(params.verifyCode, req.ip ?? null);
  }
}

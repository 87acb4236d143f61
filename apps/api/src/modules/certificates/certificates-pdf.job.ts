import { Injectable, type OnModuleInit } from '@nestjs/common';
import { mediaTypes } from '@canhgiac/contracts';
import { AppError } from '../../common/errors/app-error';
import { JobsService } from '../jobs/jobs.service';
import { createCertificatePdf } from './certificate.pdf';
import { CertificatesService } from './certificates.service';

/**
 * `certificates_pdf`: every valid certificate of a conference in one PDF, one page each, as the
 * synchronous route draws them, with the count drawn as progress. The serials and verify codes
 * are those issued; the job only draws, so running it again issues nothing.
 */
@Injectable()
export class CertificatesPdfJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly certificates: CertificatesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('certificates_pdf', {
      check: async (actor, params) => {
        if (actor.role === 'leader') throw AppError.forbidden();
        await this.certificates.requireConference(params.conferenceId);
      },
      run: async (actor, params, output) => {
        const title = await this.certificates.requireConference(params.conferenceId);
        const total = await this.certificates.countValid(actor, params.conferenceId);
        await output.progress(0, total);
        const doc = createCertificatePdf(`Giấy chứng nhận – ${title}`, output.createdAt);
        doc.pipe(output.file);
        await this.certificates.renderBatch(
          actor,
          params.conferenceId,
          output.origin,
          doc,
          (drawn) => output.progress(drawn, total),
        );
        doc.end();
        return { title: `Giấy chứng nhận – ${title}`, extension: 'pdf', type: mediaTypes.pdf };
      },
    });
  }
}

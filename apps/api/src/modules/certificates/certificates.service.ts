import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Certificate,
  CertificateSummary,
  CertificateSummaryQuery,
  IssueCertificatesResult,
  IssuePreview,
  RevokeCertificateBody,
  VerifyResult,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { scopeOf } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';
import type { Pdf } from '../../common/pdf/pdf-document';
import { Clock } from '../../common/clock';
import { AuditService } from '../audit/audit.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { createCertificatePdf, drawCertificate } from './certificate.pdf';
import { certificateSummaryXlsx } from './certificate-summary.xlsx';
import { type CertificateRecord, CertificatesRepository } from './certificates.repository';

const PAGE = 200;
/** How long the log of public verification lookups is kept, in days. */
export const VERIFICATION_LOG_DAYS = 180;

/** Public verification: per client address, this many lookups a minute. */
const VERIFY_LIMIT = { hits: 30, windowSeconds: 60 };

const summaryFilter = (query: CertificateSummaryQuery) => ({
  campaignId: query.campaignId ?? null,
  pending: query.pending ?? false,
});

const present = (record: CertificateRecord): Certificate => ({
  ...record,
  issuedAt: record.issuedAt.toISOString(),
  revokedAt: record.revokedAt?.toISOString() ?? null,
});

@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly certificates: CertificatesRepository,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
    private readonly campaigns: CampaignsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Issues a certificate to every attended registration of a held conference that has none, in
   * one statement, numbered in the year's register. Issuing again issues none.
   */
  async issue(actor: Actor, conferenceId: string): Promise<IssueCertificatesResult> {
    return this.dataSource.transaction(async (manager) => {
      const conference = await this.certificates.lockConference(conferenceId, manager);
      if (!conference) throw AppError.notFound('hội nghị');
      if (conference.status !== 'held') {
        throw new AppError(
          'CONFERENCE_NOT_HELD',
          'Chỉ cấp giấy chứng nhận khi hội nghị đã được tổ chức',
          { extra: { status: conference.status } },
        );
      }
      const year = Number(this.clock.today().slice(0, 4));
      const last = await this.certificates.lockSerials(year, conference.suffix, manager);
      const issued = await this.certificates.issueAll(
        conferenceId,
        year,
        conference.suffix,
        last + 1,
        actor.id,
        manager,
      );
      if (issued.length > 0) {
        await this.certificates.setLastSerial(
          year,
          conference.suffix,
          last + issued.length,
          manager,
        );
        await this.audit.record(manager, actor, {
          action: 'issue',
          entity: 'certificate',
          entityId: conferenceId,
          summary: {
            conferenceId,
            issued: issued.length,
            first: issued[0].serial,
            last: issued[issued.length - 1].serial,
          },
        });
      }
      return { issued: issued.length, certificates: issued };
    });
  }

  /**
   * What issuing would do now, shown before it is confirmed. The serials are those the batch would
   * take if no other batch of the same register is issued first; issuing itself numbers under lock.
   */
  async previewIssue(conferenceId: string): Promise<IssuePreview> {
    const year = Number(this.clock.today().slice(0, 4));
    const preview = await this.certificates.previewIssue(conferenceId, year);
    if (!preview) throw AppError.notFound('hội nghị');
    const serial = (n: number) => `${n}/${preview.suffix}-${year}`;
    const some = preview.count > 0;
    return {
      toIssue: preview.count,
      firstSerial: some ? serial(preview.last + 1) : null,
      lastSerial: some ? serial(preview.last + preview.count) : null,
      first: preview.first,
      conferenceHeld: preview.status === 'held',
    };
  }

  /**
   * The held conferences with their certificates counted, a page of them with the totals over
   * all. A coordinator's figures count the coordinator's organization's registrations.
   */
  async summary(actor: Actor, query: CertificateSummaryQuery): Promise<CertificateSummary> {
    const found = await this.certificates.summary(scopeOf(actor), summaryFilter(query), query);
    return {
      ...found,
      items: found.items.map((item) => ({ ...item, startsAt: item.startsAt.toISOString() })),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Every row of the summary as an Excel workbook, with what it covers written above the table. */
  async summaryXlsx(actor: Actor, query: CertificateSummaryQuery): Promise<Buffer> {
    const scope = scopeOf(actor);
    const found = await this.certificates.summary(scope, summaryFilter(query), null);
    const campaign = query.campaignId ? await this.campaigns.find(query.campaignId) : undefined;
    const lines = [
      `Chiến dịch: ${campaign?.name ?? 'Tất cả chiến dịch'}`,
      ...(query.pending ? ['Chỉ các hội nghị còn giấy chứng nhận chưa cấp'] : []),
      ...(scope.kind === 'organization'
        ? ['Số liệu: người tham dự của tổ chức bạn phụ trách (gồm các chi hội)']
        : []),
    ];
    const items = found.items.map((item) => ({ ...item, startsAt: item.startsAt.toISOString() }));
    return certificateSummaryXlsx({ items, totals: found.totals }, lines, this.clock.now());
  }

  /** The valid certificates of the conference the actor sees, counted. */
  countValid(actor: Actor, conferenceId: string): Promise<number> {
    return this.certificates.countValid(scopeOf(actor), conferenceId);
  }

  async list(actor: Actor, conferenceId: string): Promise<Certificate[]> {
    return (await this.certificates.findForConference(scopeOf(actor), conferenceId)).map(present);
  }

  async get(actor: Actor, id: string): Promise<Certificate> {
    const record = await this.certificates.findById(scopeOf(actor), id);
    if (!record) throw AppError.notFound('giấy chứng nhận');
    return present(record);
  }

  async revoke(actor: Actor, id: string, body: RevokeCertificateBody): Promise<Certificate> {
    return this.dataSource.transaction(async (manager) => {
      await this.certificates.lockById(id, manager);
      const record = await this.certificates.findById(scopeOf(actor), id, manager);
      if (!record) throw AppError.notFound('giấy chứng nhận');
      if (record.status === 'revoked')
        throw new AppError('CERTIFICATE_REVOKED', 'Giấy chứng nhận này đã bị thu hồi');
      await this.certificates.revoke(id, actor.id, body.reason, manager);
      await this.audit.record(manager, actor, {
        action: 'revoke',
        entity: 'certificate',
        entityId: id,
        summary: { serial: record.serial, reason: body.reason },
      });
      return present((await this.certificates.findById(scopeOf(actor), id, manager))!);
    });
  }

  /** A new certificate, with a new serial, for the holder of a revoked one; it links to the revoked one. */
  async reissue(actor: Actor, id: string): Promise<Certificate> {
    return this.dataSource.transaction(async (manager) => {
      await this.certificates.lockById(id, manager);
      const old = await this.certificates.findById(scopeOf(actor), id, manager);
      if (!old) throw AppError.notFound('giấy chứng nhận');
      if (old.status !== 'revoked')
        throw new AppError('CERTIFICATE_NOT_REVOKED', 'Chỉ cấp lại giấy chứng nhận đã bị thu hồi');
      if (old.replacedById)
        throw new AppError('CERTIFICATE_ALREADY_REISSUED', 'Giấy chứng nhận này đã được cấp lại', {
          extra: { replacedById: old.replacedById },
        });
      const conference = await this.certificates.lockConference(old.conferenceId, manager);
      const year = Number(this.clock.today().slice(0, 4));
      const last = await this.certificates.lockSerials(year, conference!.suffix, manager);
      const newId = await this.certificates.reissue(
        old,
        year,
        conference!.suffix,
        last + 1,
        actor.id,
        manager,
      );
      await this.certificates.setLastSerial(year, conference!.suffix, last + 1, manager);
      const created = (await this.certificates.findById(scopeOf(actor), newId, manager))!;
      await this.audit.record(manager, actor, {
        action: 'issue',
        entity: 'certificate',
        entityId: newId,
        summary: { serial: created.serial, replaces: old.id, replacesSerial: old.serial },
      });
      return present(created);
    });
  }

  async renderOne(actor: Actor, id: string, origin: string): Promise<Pdf> {
    const print = await this.certificates.findPrint(scopeOf(actor), id);
    if (!print) throw AppError.notFound('giấy chứng nhận');
    const doc = createCertificatePdf(`Giấy chứng nhận ${print.serial}`);
    drawCertificate(doc, print, `${origin}/verify/${print.verifyCode}`);
    return doc;
  }

  /** The conference's title (the batch is named after it), or a 404. */
  async requireConference(conferenceId: string): Promise<string> {
    const title = await this.certificates.conferenceTitle(conferenceId);
    if (title === undefined) throw AppError.notFound('hội nghị');
    return title;
  }

  /**
   * Writes a conference's valid certificates into `doc`, one page each, reading them in pages so
   * that a batch of thousands never sits in memory; each finished page is flushed to the stream.
   */
  async renderBatch(
    actor: Actor,
    conferenceId: string,
    origin: string,
    doc: Pdf,
    onProgress?: (drawn: number) => Promise<void>,
  ): Promise<number> {
    let after = 0;
    let count = 0;
    for (;;) {
      const page = await this.certificates.findPrintPage(scopeOf(actor), conferenceId, after, PAGE);
      for (const print of page) {
        if (count > 0) doc.addPage();
        drawCertificate(doc, print, `${origin}/verify/${print.verifyCode}`);
        count += 1;
      }
      await onProgress?.(count);
      // Let the server answer other requests between pages: on the embedded database every
      // await of this loop would otherwise resolve without ever reaching the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      if (page.length < PAGE) break;
      after = page[page.length - 1].position;
    }
    if (count === 0) {
      doc
        .font('regular')
        .fontSize(16)
        .text('Hội nghị chưa có giấy chứng nhận nào còn hiệu lực.', 60, 80);
    }
    return count;
  }

  /** The public check of a certificate: rate limited per address, and logged whatever its outcome. */
  /**
   * Housekeeping: the log of public lookups (which holds the client's address) is kept for
   * VERIFICATION_LOG_DAYS days, long enough to look into abuse; answers how many were deleted.
   */
  pruneVerificationLog(manager: EntityManager): Promise<number> {
    return this.certificates.deleteVerificationsBefore(VERIFICATION_LOG_DAYS, manager);
  }

  async verify(code: string, ip: string | null): Promise<VerifyResult> {
    await this.rateLimit.hit(
      `verify:${ip ?? 'unknown'}`,
      VERIFY_LIMIT.hits,
      VERIFY_LIMIT.windowSeconds,
    );
    const found = await this.certificates.findByVerifyCode(code);
    await this.certificates.logVerification(code, found?.id ?? null, found?.status === 'valid', ip);
    if (!found) throw new AppError('NOT_FOUND', 'Không tìm thấy giấy chứng nhận với mã này');
    const { id: _id, status, ...rest } = found;
    return { ...rest, valid: status === 'valid', revoked: status === 'revoked' };
  }
}

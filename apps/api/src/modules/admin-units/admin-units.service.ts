import { Inject, Injectable } from '@nestjs/common';
import type {
  AdminUnit,
  AdminUnitLevel,
  AdminUnitPeriod,
  ListAdminUnitsQuery,
} from '@canhgiac/contracts';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { type CommuneCandidate, AdminUnitsRepository } from './admin-units.repository';
import { foldName, splitType, vietnameseDate } from './commune-names';

/** The first day of the two-tier map (no district level). */
export const REFORM_2025 = '2025-07-01';

/** A commune given by a former or current code or name, and the unit that covers it on the day asked. */
export interface ResolvedCommune {
  unit: AdminUnit;
  /** True when what was given named a unit that had ended by that day (a former code or name). */
  translated: boolean;
  /** The period that was matched: the unit itself, or the former one that went into it. */
  matched: { code: string; name: string; validFrom: string | null; validTo: string | null };
}

/** Resolves many communes against one load of the candidates (an import's rows). */
export type CommuneResolver = (codeOrName: string) => ResolvedCommune;

const levelNames: Record<AdminUnitLevel, string> = {
  province: 'tỉnh/thành phố',
  district: 'huyện',
  commune: 'xã/phường',
};

@Injectable()
export class AdminUnitsService {
  constructor(
    private readonly adminUnits: AdminUnitsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The units valid on a day (today by default). Without a parent, districts and communes are
   * those of the installation's province on that day; provinces are the whole country's.
   */
  list(query: ListAdminUnitsQuery): Promise<AdminUnit[]> {
    return this.adminUnits.findValid({
      level: query.level,
      parentCode: query.parentCode,
      on: query.on ?? this.clock.today(),
      provinceCode: this.config.provinceCode,
    });
  }

  async history(code: string): Promise<AdminUnitPeriod[]> {
    const periods = await this.adminUnits.findHistory(code);
    if (periods.length === 0) throw AppError.notFound('đơn vị hành chính');
    return periods;
  }

  /** The unit with this code at this level valid today, or a 400 that names the field. */
  requireCurrent(
    code: string,
    level: AdminUnitLevel,
    field: string,
    manager?: EntityManager,
  ): Promise<AdminUnit> {
    return this.requireValidOn(code, level, this.clock.today(), field, manager);
  }

  /**
   * The unit with this code at this level valid on `on`, or a 400 that names the field and says
   * when the code was valid and what it became: a code means nothing without a date.
   */
  async requireValidOn(
    code: string,
    level: AdminUnitLevel,
    on: string,
    field: string,
    manager?: EntityManager,
  ): Promise<AdminUnit> {
    const unit = await this.adminUnits.findValidByCode(code, on, manager);
    if (unit && unit.level === level) return unit;
    const day = vietnameseDate(on);
    if (level === 'district' && on >= REFORM_2025) {
      throw AppError.invalid(
        field,
        `Từ ${vietnameseDate(REFORM_2025)} không còn cấp huyện; ngày ${day} chỉ có tỉnh và xã, phường`,
      );
    }
    const periods = (await this.adminUnits.findHistory(code, manager)).filter(
      (p) => p.level === level,
    );
    const ended = periods.filter((p) => p.validTo !== null && p.validTo < on).at(-1);
    if (ended) {
      const into = ended.successors.map((s) => `${s.name} (${s.code})`).join(', ');
      throw AppError.invalid(
        field,
        `Mã ${code} (${ended.name}) chỉ có hiệu lực đến ${vietnameseDate(ended.validTo!)}${into ? `; từ ${vietnameseDate(ended.successors[0].validFrom ?? on)} thuộc ${into}` : ''}`,
      );
    }
    const later = periods.find((p) => p.validFrom !== null && p.validFrom > on);
    if (later)
      throw AppError.invalid(
        field,
        `Mã ${code} (${later.name}) chỉ có hiệu lực từ ${vietnameseDate(later.validFrom!)}`,
      );
    throw AppError.invalid(field, `Không có ${levelNames[level]} với mã ${code} vào ngày ${day}`);
  }

  /**
   * A commune given by its code or name, current or former, resolved to the unit of the
   * installation's province that covers it on `on` (today by default). Names are matched without
   * diacritics and with or without "Xã", "Phường", "Thị trấn", "Đặc khu". A unit valid on `on`
   * wins over a former one of the same code or name; several former units of one name that went
   * into different units are ambiguous, and the 400 names each of them.
   */
  async resolveCommune(
    codeOrName: string,
    on?: string,
    field = 'communeCode',
    manager?: EntityManager,
  ): Promise<ResolvedCommune> {
    return (await this.communeResolver(on, field, manager))(codeOrName);
  }

  /** One load of the candidates for many resolutions on the same day (an import's rows). */
  async communeResolver(
    on: string = this.clock.today(),
    field = 'communeCode',
    manager?: EntityManager,
  ): Promise<CommuneResolver> {
    const candidates = await this.adminUnits.findCommuneCandidates(
      this.config.provinceCode,
      on,
      this.clock.today(),
      manager,
    );
    const byCode = new Map<string, CommuneCandidate[]>();
    const byName = new Map<string, CommuneCandidate[]>();
    const add = (map: Map<string, CommuneCandidate[]>, key: string, candidate: CommuneCandidate) =>
      map.set(key, [...(map.get(key) ?? []), candidate]);
    for (const candidate of candidates) {
      add(byCode, candidate.code, candidate);
      const folded = foldName(candidate.name);
      add(byName, folded, candidate);
      const { rest } = splitType(folded);
      if (rest !== folded) add(byName, rest, candidate);
    }
    const isValidOn = (c: CommuneCandidate) =>
      (c.validFrom === null || c.validFrom <= on) && (c.validTo === null || c.validTo >= on);

    return (codeOrName: string) => {
      const given = codeOrName.normalize('NFC').trim();
      const matches = /^\d{1,5}$/u.test(given)
        ? (byCode.get(given.padStart(5, '0')) ?? [])
        : (byName.get(foldName(given)) ?? []);
      if (matches.length === 0) {
        throw AppError.invalid(
          field,
          `Không tìm thấy xã, phường "${given}" trong tỉnh (kể cả tên và mã trước ${vietnameseDate(REFORM_2025)})`,
        );
      }
      // The unit of that day itself, when the code or name is one of that day's.
      const own = matches.find((c) => isValidOn(c) && c.target.code === c.code);
      const chosen = own ? [own] : matches;
      const targets = new Map(chosen.map((c) => [c.target.code, c]));
      if (targets.size > 1) {
        const list = chosen
          .map(
            (c) =>
              `${c.name}${c.parentName ? ` (${c.parentName}` : ' ('}${c.validTo ? `, đến ${vietnameseDate(c.validTo)}` : ''}) nay thuộc ${c.target.name} (${c.target.code})`,
          )
          .join('; ');
        throw new AppError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ', {
          details: [
            {
              path: field,
              message: `"${given}" có thể là: ${list}. Hãy ghi mã xã hoặc tên xã hiện nay`,
            },
          ],
          extra: {
            candidates: chosen.map((c) => ({
              code: c.code,
              name: c.name,
              validTo: c.validTo,
              unit: { code: c.target.code, name: c.target.name },
            })),
          },
        });
      }
      const match = chosen[0];
      return {
        unit: match.target,
        translated: !own,
        matched: {
          code: match.code,
          name: match.name,
          validFrom: match.validFrom,
          validTo: match.validTo,
        },
      };
    };
  }
}

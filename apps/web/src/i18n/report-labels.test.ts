import {
  channelFigureLabels,
  coverageFigureLabels,
  coverageGroupingLabels,
  matrixMeasureLabels,
  noTargetBand,
  targetBands,
} from '@canhgiac/contracts';
import { describe, expect, it } from 'vitest';
import { vi } from './vi';

/**
 * The API's CSV, XLSX, PDF and DOCX exports head their columns with the contracts' labels; the
 * pages must call each figure by the same words, so what is read on screen is what is printed.
 */
describe('the report words shared with the exports', () => {
  it('names the coverage report’s columns and groupings as the exports do', () => {
    expect(vi.reports.columns).toEqual(coverageFigureLabels);
    expect(vi.reports.groupings).toEqual(coverageGroupingLabels);
    expect(vi.reports.columns).toMatchObject({
      leafletsDelivered: 'Tờ rơi đã giao',
      population: 'Dân số',
    });
    expect(vi.reports.groupings.age_band).toBe('Nhóm tuổi');
  });

  it('names the dashboard’s chart figures as the reports do', () => {
    expect(vi.dashboard.charts.ageBand).toBe(coverageGroupingLabels.age_band);
    expect(vi.dashboard.charts.conferencesHeld).toBe(coverageFigureLabels.conferencesHeld);
    expect(vi.dashboard.charts.participants).toBe(coverageFigureLabels.attended);
  });

  it('names the matrix’s measures, the channels’ figures and the target bands as the workbooks do', () => {
    expect(vi.planResults.matrix.measures).toEqual(matrixMeasureLabels);
    expect(vi.planResults.channels.figures).toEqual(channelFigureLabels);
    expect(vi.planResults.bands).toEqual(
      Object.fromEntries([...targetBands, noTargetBand].map((band) => [band.key, band.label])),
    );
  });
});

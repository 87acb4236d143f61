/* eslint-disable @typescript-eslint/no-require-imports -- the point of this file: load on first use */

/**
 * Libraries that only some routes use, loaded on the first call instead of at start. Together they
 * take about half a second to load (exceljs alone 0.4 s), which every start paid before the
 * server could answer, although most processes never write a workbook, a PDF or a Word file.
 * Each accessor is synchronous, so the code that uses it keeps its shape; its first call pays the
 * load once per process.
 */
export function onFirstUse<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

export const exceljs = onFirstUse(() => require('exceljs') as typeof import('exceljs'));

export const pdfkit = onFirstUse(() => require('pdfkit') as typeof import('pdfkit'));

export const pinoPretty = onFirstUse(() => require('pino-pretty') as typeof import('pino-pretty'));

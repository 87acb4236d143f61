import type { RouteId } from '@canhgiac/contracts';
import { vi } from 'vitest';
import { matchRoute } from './mock-api';

export interface ServedFile {
  /** The route that answers this file. */
  route: RouteId;
  /** Which of its requests get it, when not all (e.g. `format=xlsx`). */
  when?: (url: URL) => boolean;
  type: string;
  name: string;
  body?: string;
}

export interface SavedFile {
  name: string;
  blob: Blob;
}

/**
 * Serves files (PDF, XLSX…) through the fetch mock already in place (`mockApi`), and records
 * what the app hands to the browser as downloads (jsdom has no object URLs nor downloads).
 */
export function mockFileDownloads(files: ServedFile[]) {
  const previous = globalThis.fetch;
  const requests: { url: URL; headers: Headers; params: Record<string, string> }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const called = matchRoute((init.method ?? 'GET').toUpperCase(), url.pathname);
    const file = files.find(
      (candidate) => candidate.route === called?.id && (candidate.when?.(url) ?? true),
    );
    if (!file) return previous(input, init);
    requests.push({ url, headers: new Headers(init.headers), params: called?.params ?? {} });
    return new Response(file.body ?? '%PDF-1.7\n%test\n', {
      status: 200,
      headers: {
        'Content-Type': file.type,
        'Content-Disposition': `attachment; filename="${file.name}"`,
      },
    });
  });

  const saved: SavedFile[] = [];
  const blobs = new Map<string, Blob>();
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:http://localhost/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (this.download && blob) saved.push({ name: this.download, blob });
  });
  return { requests, saved };
}

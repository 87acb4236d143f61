import { vi } from 'vitest';

/**
 * Replaces XMLHttpRequest (used for uploads, for their progress events) with one that sends the
 * request through `fetch`, which mockApi answers, and reports upload progress in two steps.
 */
export function mockXhrThroughFetch() {
  class FetchXhr {
    status = 0;
    statusText = '';
    responseText = '';
    upload: { onprogress: ((event: ProgressEvent) => void) | null; onload: (() => void) | null } = {
      onprogress: null,
      onload: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};

    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }

    abort() {
      this.onabort?.();
    }

    send(body: FormData) {
      const file = body.get('file');
      const total = file instanceof Blob ? file.size : 0;
      const progress = (loaded: number) =>
        this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent);
      void (async () => {
        progress(Math.floor(total / 2));
        progress(total);
        this.upload.onload?.();
        try {
          const response = await fetch(this.url, { method: this.method, headers: this.headers });
          this.status = response.status;
          this.statusText = response.statusText;
          this.responseText = await response.text();
          this.onload?.();
        } catch {
          this.onerror?.();
        }
      })();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FetchXhr);
}

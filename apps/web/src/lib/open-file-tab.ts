import { saveFile, type DownloadedFile } from './download-file';

/**
 * A tab opened at the click itself (browsers block tabs opened later, once the file has
 * arrived), saying it is loading; null where pop-ups are blocked.
 */
export function openPendingTab(loadingText: string): Window | null {
  const tab = window.open('', '_blank');
  if (!tab) return null;
  try {
    tab.document.title = loadingText;
    tab.document.body.textContent = loadingText;
  } catch {
    // A browser that does not let us write into the blank tab: it just stays blank.
  }
  return tab;
}

/**
 * Shows a fetched file in the tab opened for it (a PDF opens in the browser's viewer, ready to
 * print), or saves it when no tab could be opened.
 */
export function showFileInTab(tab: Window | null, file: DownloadedFile): void {
  if (!tab || tab.closed) {
    saveFile(file);
    return;
  }
  const url = URL.createObjectURL(file.blob);
  tab.location.href = url;
  setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
}

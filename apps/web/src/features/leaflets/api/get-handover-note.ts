import { useFileDownload } from '../../../lib/use-file-download';

/** `GET /api/leaflet-allocations/:id/slip.pdf`: the handover note ("Biên bản bàn giao"). */
export function handoverNotePath(allocationId: string) {
  return `/leaflet-allocations/${encodeURIComponent(allocationId)}/slip.pdf`;
}

/** Downloads an allocation's handover note with the token, as a PDF file. */
export function useHandoverNoteDownload() {
  const file = useFileDownload();
  return {
    ...file,
    downloadNote: (allocationId: string, documentNumber: string) =>
      file.download(handoverNotePath(allocationId), {
        fallbackFileName: `bien-ban-ban-giao-${documentNumber.replace(/[^\w-]+/gu, '-')}.pdf`,
      }),
  };
}

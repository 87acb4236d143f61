import { leafletRoutes } from '@canhgiac/contracts';
import { useFileDownload } from '../../../lib/use-file-download';

/** Downloads an allocation's handover note with the token, as a PDF file. */
export function useHandoverNoteDownload() {
  const file = useFileDownload();
  return {
    ...file,
    downloadNote: (allocationId: string, documentNumber: string) =>
      file.download(leafletRoutes.slip, {
        params: { id: allocationId },
        // Saved as its slug, as the API names it: "bien-ban-ban-giao-12-bbbg-2026.pdf".
        fallbackFileName: `Biên bản bàn giao ${documentNumber}.pdf`,
      }),
  };
}

// The browser's Shape Detection API (Chrome and Edge on Android, Safari 17+ on iOS…): not in
// TypeScript's DOM library yet, so the little we use is declared here.

interface DetectedBarcode {
  rawValue: string;
}

export interface QrDetector {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorConstructor {
  new (options?: { formats: string[] }): QrDetector;
  getSupportedFormats?: () => Promise<string[]>;
}

function detectorClass(): BarcodeDetectorConstructor | undefined {
  if (typeof window === 'undefined') return undefined;
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** Whether this browser can read QR codes from the camera (the scan button is hidden if not). */
export async function canScanQr(): Promise<boolean> {
  const Detector = detectorClass();
  if (!Detector || !navigator.mediaDevices?.getUserMedia) return false;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code');
  } catch {
    return false;
  }
}

export function createQrDetector(): QrDetector | null {
  const Detector = detectorClass();
  return Detector ? new Detector({ formats: ['qr_code'] }) : null;
}

/** Crockford base32, 8 characters: the check-in code the roll-call sheet prints and encodes. */
const CODE = /[0-9A-HJKMNP-TV-Z]{8}/u;

/** The check-in code in a scanned QR (the sheet's QR carries only the code). */
export function codeFromQr(raw: string): string | null {
  const text = raw.trim().toUpperCase();
  if (/^[0-9A-HJKMNP-TV-Z]{8}$/u.test(text)) return text;
  return CODE.exec(text)?.[0] ?? null;
}

import * as fs from 'node:fs';

/**
 * Be Vietnam Pro (SIL Open Font License): a TrueType family with every Vietnamese letter, designed
 * for Vietnamese. PDFs embed a subset of it, so they print the same on any machine.
 */
const files = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  italic: '@expo-google-fonts/be-vietnam-pro/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
  medium: '@expo-google-fonts/be-vietnam-pro/500Medium/BeVietnamPro_500Medium.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
  boldItalic: '@expo-google-fonts/be-vietnam-pro/700Bold_Italic/BeVietnamPro_700Bold_Italic.ttf',
} as const;

export type FontName = keyof typeof files;

let loaded: Record<FontName, Buffer> | undefined;

/** The font files, read once per process. */
export function fontBuffers(): Record<FontName, Buffer> {
  loaded ??= Object.fromEntries(
    Object.entries(files).map(([name, file]) => [name, fs.readFileSync(require.resolve(file))]),
  ) as Record<FontName, Buffer>;
  return loaded;
}

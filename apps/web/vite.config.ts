import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

/** The web app uses the TypeScript source of the contracts (the package's main is a CJS build). */
const contractsSource = fileURLToPath(
  new URL('../../packages/contracts/src/index.ts', import.meta.url),
);

/**
 * Vendor code that the shell loads on every page gets long-lived chunks of its own; the
 * `$initial` tag keeps code that only lazy routes use (DataGrid, forms, zod) out of them.
 */
const initialVendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  {
    name: 'mui',
    test: /node_modules[\\/](@mui|@emotion|@popperjs|stylis|react-transition-group)[\\/]/,
  },
  { name: 'vendor', test: /node_modules[\\/]/ },
];

/** Big libraries that only pages use: own chunks, cached across pages and deploys. */
const pageVendorGroups = [
  // The MUI components that only pages use (text fields, stacks, dialogs…) get a chunk of their
  // own, ahead of the data grid: a group also takes its modules' dependencies, so without this
  // the grid's chunk (570 KB) would hold them and the login page would load it.
  {
    name: 'mui-pages',
    test: /node_modules[\\/](@mui[\\/](material|system|utils|private-theming|styled-engine|icons-material)|@emotion|@popperjs|stylis|react-transition-group)[\\/]/,
    priority: 2,
  },
  { name: 'data-grid', test: /node_modules[\\/]@mui[\\/]x-data-grid[\\/]/, priority: 1 },
  { name: 'forms', test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
];

/**
 * A brotli and a gzip copy of every text asset, written at build time beside the file (x.js.br,
 * x.js.gz), so the server sends them without compressing on each request. Source maps are left
 * out: only developers fetch them.
 */
const precompressed = compression({
  algorithms: [
    defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
    defineAlgorithm('gzip', { level: 9 }),
  ],
  include: /\.(js|mjs|css|html|svg|json|txt)$/,
  exclude: /\.map$/,
  threshold: 1024,
});

/**
 * An installable app that opens with no network after one visit (check-in at a commune hall):
 * a service worker precaches the shell and every page's chunks. A new version waits until the
 * user accepts it ("prompt"), so a deploy never reloads a phone in the middle of a check-in.
 * The API is never cached by the worker: the check-in page keeps its own data in IndexedDB.
 */
const installable = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Cảnh Giác: hội nghị phòng chống lừa đảo',
    short_name: 'Cảnh Giác',
    description: 'Quản lý hội nghị tập huấn phòng chống lừa đảo công nghệ cao',
    lang: 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f4f6fa',
    theme_color: '#0b3a82',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api(\/|$)/],
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
});

/**
 * The session check as the page's first script, an entry of its own: it runs as soon as its few
 * kilobytes arrive, while React, MUI and the page still download. A module script written in
 * index.html would be bundled into the main entry and wait for all of it.
 */
const sessionCheckSource = 'src/session-check.ts';
const sessionCheckFirst: Plugin = {
  name: 'canhgiac:session-check-first',
  transformIndexHtml: {
    order: 'post',
    handler(_html, context) {
      const built = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.isEntry && output.name === 'session-check',
      );
      const src = built ? `/${built.fileName}` : `/${sessionCheckSource}`;
      return [
        {
          tag: 'script',
          attrs: { type: 'module', crossorigin: true, src },
          injectTo: 'head-prepend',
        },
      ];
    },
  },
};

export default defineConfig({
  plugins: [react(), precompressed, installable, sessionCheckFirst],
  resolve: {
    alias: { '@canhgiac/contracts': contractsSource },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        'session-check': fileURLToPath(new URL(sessionCheckSource, import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            ...initialVendorGroups.map((group, index) => ({
              ...group,
              tags: ['$initial' as const],
              priority: 10 + initialVendorGroups.length - index,
            })),
            ...pageVendorGroups,
          ],
        },
      },
    },
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contractsSource } from './vite.config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@canhgiac/contracts': contractsSource },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AppConfig } from '../../config/env.schema';

/**
 * The token signing secret: JWT_SECRET when given (required with DATABASE_URL); in embedded mode
 * one is generated once into DATA_DIR and kept there, readable by the owner only.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.database.kind === 'postgres')
    throw new Error('JWT_SECRET is required with DATABASE_URL');
  if (!config.database.dataDir) return randomBytes(48).toString('base64url');
  const file = path.join(config.database.dataDir, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.database.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

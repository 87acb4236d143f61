import type { Request } from 'express';
import type { AppConfig } from '../../config/env.schema';

/** The address printed in QR codes: PUBLIC_URL when set, otherwise the origin the request came to. */
export function publicOrigin(config: AppConfig, req: Request): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

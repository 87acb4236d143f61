import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as http from 'node:http';
import type { Duplex } from 'node:stream';
import { type INestApplication, Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { AppConfig } from '../../config/env.schema';
import { toErrorResponse } from '../errors/error-response';

export const API_PREFIX = 'api';

const bodyLogger = new Logger('Errors');

/**
 * Requests Node's HTTP parser refuses before any route sees them (a request line or headers over
 * 16 KB, garbage on the socket) are answered in the contract's error shape too.
 */
function answerMalformedRequests(app: NestExpressApplication) {
  const server = app.getHttpServer() as http.Server;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      statusCode: status,
      error: tooLarge ? 'Request Header Fields Too Large' : 'Bad Request',
      message: tooLarge ? 'Đường dẫn hoặc tiêu đề yêu cầu quá dài' : 'Yêu cầu không hợp lệ',
      code: tooLarge ? 'REQUEST_TOO_LARGE' : 'BAD_REQUEST',
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/** The OpenAPI document, generated from the controllers and the contracts' zod schemas. */
export function createOpenApiDocument(app: INestApplication) {
  const config = new DocumentBuilder()
    .setTitle('Cảnh Giác API')
    .setDescription('Training-conference management for provincial anti-fraud campaigns')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
}

function resolveWebDist(config: AppConfig): string | undefined {
  const candidates = [config.webDist, path.resolve(__dirname, '../../../../web/dist')];
  return candidates.find((dir) => dir && fs.existsSync(path.join(dir, 'index.html')));
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app at `/`, falling back to index.html for client routes; never under /api.
 * The build writes a brotli and a gzip copy beside each asset; a browser that accepts one gets it
 * (with `Vary: Accept-Encoding`), others get the file itself. Files under /assets carry a content
 * hash in their name and are cached for a year; index.html and the other files are revalidated on
 * every load, so a deploy is seen at once.
 */
function serveWebApp(app: NestExpressApplication, webDist: string, compressed: boolean) {
  const assets = `${path.sep}assets${path.sep}`;
  const serveStatic: expressStaticGzip.ExpressStaticGzipOptions['serveStatic'] = {
    index: false,
    setHeaders: (res, file) =>
      res.setHeader('Cache-Control', file.includes(assets) ? IMMUTABLE : 'no-cache'),
  };
  const staticFiles = compressed
    ? expressStaticGzip(webDist, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic,
      })
    : express.static(webDist, serveStatic);
  const isApi = (req: Request) =>
    req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`);
  // An API request never looks for a file: a disk lookup per request cost the busiest reads
  // (the dashboard under load) about a twentieth of their time.
  app.use((req: Request, res: Response, next: NextFunction) =>
    isApi(req) ? next() : staticFiles(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApi(req) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    // A client route (/conferences/…) is answered with index.html, compressed like any file.
    // A missing file under /assets is a 404, not the page: a stale chunk must fail loudly.
    if (req.path.startsWith('/assets/')) return next();
    req.url = '/index.html';
    staticFiles(req, res, next);
  });
}

/**
 * Everything that sits in front of the controllers, shared by the server and the e2e tests:
 * security headers, body parsing with a size limit and its errors in the contract's shape,
 * the web app, and the API documentation.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          // Rural deployments are often reached over plain HTTP on a LAN address; upgrading
          // every asset request to HTTPS there leaves a blank page. TLS is the proxy's job.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  // A path with a broken %-escape ("/api/admin-units/%/history") would reach Express's router,
  // which answers it in HTML; it gets the contract's shape instead.
  app.use((req: Request, res: Response, next: NextFunction) => {
    try {
      decodeURIComponent(req.path);
    } catch {
      res.status(400).json({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Đường dẫn không hợp lệ',
        code: 'BAD_REQUEST',
      });
      return;
    }
    next();
  });
  app.use(cookieParser());
  app.use(express.json({ limit: config.bodyLimit }));
  app.use(express.urlencoded({ extended: false, limit: config.bodyLimit }));
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const mapped = toErrorResponse(error);
    if (mapped.internal !== undefined)
      bodyLogger.error({ err: mapped.internal, url: req.originalUrl }, 'request failed');
    res.status(mapped.status).json(mapped.body);
  });
  answerMalformedRequests(app);

  const webDist = resolveWebDist(config);
  if (webDist) serveWebApp(app, webDist, config.webCompression);

  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();

  // Generated on the first request for it, not at start: it walks every route and schema (about
  // a fifth of the start time), and most starts never serve it.
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
    customSiteTitle: 'Cảnh Giác API',
  });
}

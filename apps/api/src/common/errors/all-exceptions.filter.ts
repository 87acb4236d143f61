import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toErrorResponse } from './error-response';

/** The one filter: every error leaves the API in the shape of the contract. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const mapped = toErrorResponse(exception);
    if (mapped.internal !== undefined) {
      this.logger.error(
        { err: mapped.internal, method: request.method, url: request.originalUrl },
        'request failed',
      );
    }
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const retryAfter = (mapped.body as { retryAfter?: unknown }).retryAfter;
    if (mapped.status === 429 && typeof retryAfter === 'number')
      response.setHeader('Retry-After', String(retryAfter));
    response.status(mapped.status).json(mapped.body);
  }
}

import { BadRequestException, NotFoundException } from '@nestjs/common';
import { errorExtraSchemas, errorResponseSchema } from '@canhgiac/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { z } from 'zod';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { toErrorResponse } from './error-response';

describe('error responses', () => {
  it('answers an AppError with its status, code, details and extra fields', () => {
    const mapped = toErrorResponse(
      new AppError('ORGANIZATION_NAME_TAKEN', 'Đã có', {
        extra: { existingId: '7a1d7d1e-1111-4c2e-9f00-000000000001' },
        details: [{ path: 'name', message: 'trùng' }],
      }),
    );
    expect(mapped.status).toBe(409);
    expect(mapped.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Đã có',
      code: 'ORGANIZATION_NAME_TAKEN',
      details: [{ path: 'name', message: 'trùng' }],
      existingId: '7a1d7d1e-1111-4c2e-9f00-000000000001',
    });
    expect(errorExtraSchemas.ORGANIZATION_NAME_TAKEN.safeParse(mapped.body).success).toBe(true);
  });

  it('names the kind of each invalid field, so a client can say it in its own language', () => {
    const result = z.object({ name: z.string().min(2), year: z.number() }).safeParse({ name: 'A' });
    if (result.success) throw new Error('the body should be invalid');
    const mapped = toErrorResponse(new ZodValidationException(result.error));
    expect(mapped.body.details).toEqual([
      { path: 'name', message: expect.any(String), code: 'too_small' },
      { path: 'year', message: expect.any(String), code: 'invalid_type' },
    ]);
  });

  it.each([
    [{ type: 'entity.parse.failed' }, 400, 'MALFORMED_JSON'],
    [{ type: 'entity.too.large' }, 413, 'PAYLOAD_TOO_LARGE'],
    [{ type: 'charset.unsupported' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [new NotFoundException(), 404, 'ROUTE_NOT_FOUND'],
    [new BadRequestException('Thiếu tệp'), 400, 'BAD_REQUEST'],
    [
      new QueryFailedError('q', [], Object.assign(new Error('dup'), { code: '23505' })),
      409,
      'CONFLICT',
    ],
    [
      new QueryFailedError('q', [], Object.assign(new Error('bad uuid'), { code: '22P02' })),
      400,
      'BAD_REQUEST',
    ],
  ])('maps %p to %i', (exception, status, code) => {
    const mapped = toErrorResponse(exception);
    expect(mapped.status).toBe(status);
    expect(mapped.body.code).toBe(code);
    expect(errorResponseSchema.safeParse(mapped.body).success).toBe(true);
    expect(mapped.internal).toBeUndefined();
  });

  it('hides the cause of an unexpected failure from the caller and marks it for the log', () => {
    const failure = new Error('connection string postgres://secret@db');
    const mapped = toErrorResponse(failure);
    expect(mapped.status).toBe(500);
    expect(JSON.stringify(mapped.body)).not.toContain('secret');
    expect(mapped.internal).toBe(failure);
  });
});

import { type CallHandler, type ExecutionContext, Injectable } from '@nestjs/common';
import { ZodSerializerInterceptor } from 'nestjs-zod';
import { from, mergeMap, type Observable, of, tap } from 'rxjs';

/**
 * Serializes every JSON answer through its route's response schema (nestjs-zod), once per
 * answer object: an object a service hands out again (the dashboard every leader shares, kept
 * until the data change) is not parsed again on every request. Services never change an object
 * after handing it out.
 */
@Injectable()
export class SerializeOnceInterceptor extends ZodSerializerInterceptor {
  private readonly serialized = new WeakMap<object, unknown>();

  override intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      mergeMap((answer: unknown) => {
        const reused = typeof answer === 'object' && answer !== null;
        if (reused && this.serialized.has(answer)) return of(this.serialized.get(answer));
        return from(super.intercept(context, { handle: () => of(answer) })).pipe(
          tap((output) => {
            if (reused) this.serialized.set(answer, output);
          }),
        );
      }),
    );
  }
}

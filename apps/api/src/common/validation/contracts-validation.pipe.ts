import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';

const StrictZodValidationPipe = createZodValidationPipe({ strictSchemaDeclaration: true });

/**
 * The one validation pipe: every body, query and params is parsed by its contracts schema
 * (wrapped with createZodDto); one that is not declared that way is a programming error.
 * Values of custom parameter decorators (the current actor) come from the server, not the caller.
 */
@Injectable()
export class ContractsValidationPipe implements PipeTransform {
  private readonly strict = new StrictZodValidationPipe();

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    return this.strict.transform(value, metadata);
  }
}

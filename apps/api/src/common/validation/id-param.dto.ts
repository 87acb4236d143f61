import { idParamSchema } from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';

/** `:id` of a route: a UUID, or 400 before the handler runs. */
export class IdParamDto extends createZodDto(idParamSchema) {}

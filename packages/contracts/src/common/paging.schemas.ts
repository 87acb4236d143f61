import { z } from 'zod';

export const MAX_PAGE_SIZE = 500;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const uuidSchema = z.uuid({ message: 'Mã định danh không hợp lệ' });
export const idParamSchema = z.object({ id: uuidSchema });
export type IdParam = z.infer<typeof idParamSchema>;

/** Calendar date without time, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ message: 'Ngày phải có dạng YYYY-MM-DD' });

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/gu, (char) => `\\${char}`);
}

/** The offset of a page, for `LIMIT pageSize OFFSET …`. */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

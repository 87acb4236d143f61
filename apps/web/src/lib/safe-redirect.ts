/**
 * The page to return to after login, from `?next=`: only a path of this app (never "//host"
 * or "/\host", which browsers read as another site).
 */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  if (value.startsWith('/login')) return null;
  return value;
}

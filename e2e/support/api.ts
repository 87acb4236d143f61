import { inject } from 'vitest';
import { DEMO_PASSWORD } from './session';

/** A demo user's bearer token, obtained as any script would. */
export async function apiToken(username: string): Promise<string> {
  const res = await fetch(`${inject('baseURL')}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** A JSON call to the API with a token; an error answer fails with its body. */
export async function apiCall<T>(
  token: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${inject('baseURL')}/api${url}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The day in Vietnam on which an instant falls, "2026-05-15". */
export function vietnamDay(instant: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(instant),
  );
}

import request from 'supertest';
import type { TestApp } from './test-app';

export const DEMO_PASSWORD = 'demo-password';
export const demoUsernames = {
  admin: 'admin',
  staff: 'staff',
  leader: 'leader',
  coordinator: 'coord.farmers',
  otherCoordinator: 'coord.veterans',
} as const;
export type DemoUser = keyof typeof demoUsernames;

export async function login(
  t: TestApp,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const res = await request(t.http).post('/api/auth/login').send({ username, password });
  if (res.status !== 200)
    throw new Error(`login of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

/** Access tokens of every demo user. */
export async function loginDemoUsers(t: TestApp): Promise<Record<DemoUser, string>> {
  const entries = await Promise.all(
    (Object.entries(demoUsernames) as Array<[DemoUser, string]>).map(
      async ([key, username]) => [key, await login(t, username)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<DemoUser, string>;
}

/** supertest with a bearer token. */
export function as(t: TestApp, token: string) {
  const agent = request(t.http);
  const auth = (req: request.Test) => req.set('Authorization', `Bearer ${token}`);
  return {
    get: (url: string) => auth(agent.get(url)),
    post: (url: string) => auth(agent.post(url)),
    patch: (url: string) => auth(agent.patch(url)),
    put: (url: string) => auth(agent.put(url)),
    delete: (url: string) => auth(agent.delete(url)),
  };
}

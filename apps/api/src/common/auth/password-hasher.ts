import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with the parameters OWASP recommends (19 MiB, 2 passes, 1 lane). */
const OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** A hash of no one's password, verified when a username is unknown so timing does not reveal it. */
let decoyHash: Promise<string> | undefined;

export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

export async function verifyPassword(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  const target =
    passwordHash ?? (await (decoyHash ??= hashPassword('decoy password that matches nothing')));
  try {
    const ok = await verify(target, password.normalize('NFC'));
    return ok && passwordHash !== undefined;
  } catch {
    return false;
  }
}

/** The policy beyond length (which the contracts check): a password is not the username. */
export function passwordPolicyProblem(username: string, password: string): string | undefined {
  const folded = password.trim().toLowerCase();
  if (
    folded === username.toLowerCase() ||
    (folded.includes(username.toLowerCase()) && folded.length < username.length + 4)
  ) {
    return 'Mật khẩu không được là tên đăng nhập';
  }
  if (/^(.)\1+$/u.test(password)) return 'Mật khẩu không được chỉ lặp lại một ký tự';
  return undefined;
}

// Staff accounts and their roles. Roles are ordered: each includes the ones before it.
import type { DatabaseSync } from 'node:sqlite';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';

export const ROLES = ['editor', 'penerbit', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  username: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
}

interface UserRow {
  username: string;
  name: string;
  role: Role;
  password_hash: string;
  disabled: number;
  created_at: number;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;
/** Longest full name (it shows in Riwayat, commits and the publish log). */
export const MAX_NAME_LENGTH = 80;

/** Whether `role` includes everything `needed` may do. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Whether a string names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Raised for input an admin must correct; the message is Indonesian. */
export class AccountError extends Error {}

function toAccount(row: UserRow): Account {
  return { username: row.username, name: row.name, role: row.role, disabled: row.disabled === 1, createdAt: row.created_at };
}

/** Account operations on the room database. */
export function createAccounts(db: DatabaseSync, now: () => number = Date.now) {
  const get = (username: string) => db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  const mustGet = (username: string) => {
    const row = get(username);
    if (!row) throw new AccountError(`Akun "${username}" tidak ada.`);
    return row;
  };
  const checkPassword = (password: string, personal: string[]) => {
    const problem = passwordProblem(password, personal);
    if (problem) throw new AccountError(problem);
  };
  const endSessions = (username: string) => db.prepare('DELETE FROM sessions WHERE username = ?').run(username);

  return {
    /** The account with its password hash (for login), or undefined. */
    forLogin(username: string): (Account & { passwordHash: string }) | undefined {
      const row = get(username);
      return row ? { ...toAccount(row), passwordHash: row.password_hash } : undefined;
    },
    find(username: string): Account | undefined {
      const row = get(username);
      return row ? toAccount(row) : undefined;
    },
    list(): Account[] {
      return (db.prepare('SELECT * FROM users ORDER BY username').all() as unknown as UserRow[]).map(toAccount);
    },
    async add(username: string, name: string, role: Role, password: string): Promise<Account> {
      if (!USERNAME.test(username)) {
        throw new AccountError('Nama pengguna 2–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.');
      }
      if (!name.trim()) throw new AccountError('Nama lengkap wajib diisi.');
      // Names appear in Riwayat, commit authors and the publish log: plain text of bounded length.
      if (name.trim().length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) {
        throw new AccountError(`Nama lengkap paling panjang ${MAX_NAME_LENGTH} karakter, tanpa tab, baris baru atau karakter kendali.`);
      }
      if (!isRole(role)) throw new AccountError('Peran tidak dikenal.');
      if (get(username)) throw new AccountError(`Akun "${username}" sudah ada.`);
      checkPassword(password, [username, ...name.split(/\s+/)]);
      const hash = await hashPassword(password);
      const t = now();
      db.prepare(
        'INSERT INTO users (username, name, role, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)',
      ).run(username, name.trim(), role, hash, t, t);
      return toAccount(mustGet(username));
    },
    /** Disable an account and end its sessions. */
    setDisabled(username: string, disabled: boolean): void {
      mustGet(username);
      db.prepare('UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?').run(disabled ? 1 : 0, now(), username);
      if (disabled) endSessions(username);
    },
    /** Set a new password; every session of the account ends. */
    async resetPassword(username: string, password: string): Promise<void> {
      const row = mustGet(username);
      checkPassword(password, [row.username, ...row.name.split(/\s+/)]);
      db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?').run(
        await hashPassword(password),
        now(),
        username,
      );
      endSessions(username);
    },
    /** The owner changes their own password, giving the current one first (ASVS 2.1.6). The
     * caller ends the account's other sessions. */
    async changeOwnPassword(username: string, current: string, next: string): Promise<void> {
      const row = mustGet(username);
      if (!(await verifyPassword(current, row.password_hash))) throw new AccountError('Kata sandi sekarang salah.');
      if (current === next) throw new AccountError('Kata sandi baru harus berbeda dari kata sandi sekarang.');
      checkPassword(next, [row.username, ...row.name.split(/\s+/)]);
      db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?').run(await hashPassword(next), now(), username);
    },
    setRole(username: string, role: Role): void {
      mustGet(username);
      if (!isRole(role)) throw new AccountError('Peran tidak dikenal.');
      db.prepare('UPDATE users SET role = ?, updated_at = ? WHERE username = ?').run(role, now(), username);
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;

// The documented switch to Keystatic's GitHub mode: environment variables pick the storage,
// local files stay the default, and a half-configured switch stops with a clear message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPO_VARIABLE, STORAGE_VARIABLE, storageFromEnv } from '../../src/lib/cms-storage.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('storageFromEnv', () => {
  it('keeps content in local files by default', () => {
    expect(storageFromEnv({})).toEqual({ kind: 'local' });
    expect(storageFromEnv({ [STORAGE_VARIABLE]: 'local', [REPO_VARIABLE]: 'a/b' })).toEqual({ kind: 'local' });
  });

  it('switches to GitHub with the named repository', () => {
    expect(storageFromEnv({ [STORAGE_VARIABLE]: 'github', [REPO_VARIABLE]: 'dpmptsp-kota/portal-mpp' })).toEqual({
      kind: 'github',
      repo: 'dpmptsp-kota/portal-mpp',
    });
  });

  it('refuses GitHub mode without a well-formed repository, and unknown kinds', () => {
    expect(() => storageFromEnv({ [STORAGE_VARIABLE]: 'github' })).toThrow(/PUBLIC_MPP_KEYSTATIC_REPO wajib diisi/);
    expect(() => storageFromEnv({ [STORAGE_VARIABLE]: 'github', [REPO_VARIABLE]: 'https://github.com/a/b' })).toThrow(/pemilik\/nama/);
    expect(() => storageFromEnv({ [STORAGE_VARIABLE]: 'cloud' })).toThrow(/"cloud" tidak dikenal/);
  });
});

describe('keystatic.config.ts', () => {
  it('uses local storage when the switch is not set', async () => {
    vi.stubEnv(STORAGE_VARIABLE, '');
    const { default: config } = await import('../../keystatic.config.ts');
    expect(config.storage).toEqual({ kind: 'local' });
  });

  it('uses GitHub storage when the switch says so', async () => {
    vi.stubEnv(STORAGE_VARIABLE, 'github');
    vi.stubEnv(REPO_VARIABLE, 'dpmptsp-kota/portal-mpp');
    const { default: config } = await import('../../keystatic.config.ts');
    expect(config.storage).toEqual({ kind: 'github', repo: 'dpmptsp-kota/portal-mpp' });
  });
});

// Redirects for published addresses that went away: validated on read and by the content
// check (the CLI and the room's "Periksa konten"), no chains, and dropped when the old
// address is taken by an entry again.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/admin-server/checks/checks.ts';
import { loadSite } from '../../src/data/index.ts';
import { formatRedirects, parseRedirects, redirectProblems, updateRedirects } from '../../src/lib/redirects.ts';
import { contentWith, errorsOf, registerContentCopies } from './content-fixture.ts';

registerContentCopies();

describe('redirects', () => {
  it('reads valid redirects and names every invalid line in Indonesian', () => {
    const text = formatRedirects([
      { dari: '/layanan/lama/', ke: '/layanan/baru/' },
      { dari: '/gerai/x/', ke: '/gerai/' },
    ]);
    expect(parseRedirects(text)).toEqual({
      redirects: [
        { dari: '/layanan/lama/', ke: '/layanan/baru/' },
        { dari: '/gerai/x/', ke: '/gerai/' },
      ],
      problems: [],
      items: [1, 2],
    });
    const bad =
      'pengalihan:\n  - dari: https://jahat.example/\n    ke: /\n  - dari: /a/\n    ke: //jahat.example/\n  - dari: /b/\n    ke: /b/\n';
    expect(parseRedirects(bad).problems.map((p) => `${p.field}: ${p.message.split(';')[0]}`)).toEqual([
      'pengalihan 1 › dari: alamat lama "https://jahat.example/" tidak valid',
      'pengalihan 2 › ke: alamat tujuan "//jahat.example/" tidak valid',
      'pengalihan 3 › ke: alamat lama dan tujuan sama (/b/)',
    ]);
    expect(parseRedirects('pengalihan:\n  - dari: /a/\n   ke: /b/\n').problems).toEqual([
      { field: '-', message: 'kesalahan penulisan YAML di baris 3 kolom 1' },
    ]);
    expect(parseRedirects('- /a/\n').problems[0]?.field).toBe('pengalihan');
    expect(parseRedirects(null)).toEqual({ redirects: [], problems: [], items: [] });
  });

  it('points older redirects at the newest address and forgets addresses that exist again', () => {
    const first = updateRedirects([], [{ dari: '/layanan/a/', ke: '/layanan/b/' }], new Set());
    const second = updateRedirects(first, [{ dari: '/layanan/b/', ke: '/layanan/c/' }], new Set());
    expect(second).toEqual([
      { dari: '/layanan/a/', ke: '/layanan/c/' },
      { dari: '/layanan/b/', ke: '/layanan/c/' },
    ]);
    expect(updateRedirects(second, [], new Set(['/layanan/a/']))).toEqual([{ dari: '/layanan/b/', ke: '/layanan/c/' }]);
    // Renaming back: the circle a → b → a leaves no redirect from a.
    expect(updateRedirects([{ dari: '/x/a/', ke: '/x/b/' }], [{ dari: '/x/b/', ke: '/x/a/' }], new Set(['/x/a/']))).toEqual([
      { dari: '/x/b/', ke: '/x/a/' },
    ]);
  });

  it('finds loops, chains, missing targets and old addresses in use again', () => {
    const pages = new Set(['/layanan/', '/layanan/ktp-el/', '/gerai/']);
    const problems = redirectProblems(
      [
        { dari: '/layanan/a/', ke: '/layanan/b/' },
        { dari: '/layanan/b/', ke: '/layanan/a/' },
        { dari: '/layanan/c/', ke: '/layanan/d/' },
        { dari: '/layanan/d/', ke: '/layanan/ktp-el/' },
        { dari: '/layanan/e/', ke: '/layanan/tidak-ada/' },
        { dari: '/layanan/', ke: '/gerai/' },
      ],
      (p) => pages.has(p),
    );
    expect(problems).toEqual([
      { field: 'pengalihan 1 › ke', message: 'pengalihan berputar: /layanan/a/ → /layanan/b/ → /layanan/a/' },
      { field: 'pengalihan 2 › ke', message: 'pengalihan berputar: /layanan/b/ → /layanan/a/ → /layanan/b/' },
      {
        field: 'pengalihan 3 › ke',
        message:
          'alamat tujuan /layanan/d/ juga dialihkan; tulis tujuan akhirnya (/layanan/ktp-el/) agar pengunjung tidak dialihkan dua kali',
      },
      { field: 'pengalihan 5 › ke', message: 'alamat tujuan /layanan/tidak-ada/ tidak ada di situs' },
      { field: 'pengalihan 6 › dari', message: 'alamat lama /layanan/ masih dipakai halaman yang terbit; hapus pengalihan ini' },
    ]);
  });
});

const BAD_REDIRECTS = [
  'pengalihan:',
  '  - dari: /layanan/ktp-lama/',
  '    ke: /layanan/ktp-el/',
  '  - dari: /layanan/ktp-lama/',
  '    ke: /layanan/perpanjangan-sim/',
  '  - dari: /gerai/hilang/',
  '    ke: /gerai/tidak-ada/',
  '  - dari: /pengumuman/x/',
  '    ke: /pengumuman/y/',
  '  - dari: /pengumuman/y/',
  '    ke: /pengumuman/x/',
  '  - dari: layanan/tanpa-garis',
  '    ke: /layanan/',
  '',
].join('\n');
const EXPECTED = [
  'pengalihan 2 › dari: alamat lama /layanan/ktp-lama/ sudah dialihkan di pengalihan 1; hapus salah satunya',
  'pengalihan 3 › ke: alamat tujuan /gerai/tidak-ada/ tidak ada di situs',
  'pengalihan 4 › ke: pengalihan berputar: /pengumuman/x/ → /pengumuman/y/ → /pengumuman/x/',
  'pengalihan 5 › ke: pengalihan berputar: /pengumuman/y/ → /pengumuman/x/ → /pengumuman/y/',
  'pengalihan 6 › dari: alamat lama "layanan/tanpa-garis" tidak valid; tulis jalur di situs ini dengan garis miring di awal dan akhir, misalnya /layanan/nama-layanan/',
];

describe('content/pengalihan.yaml in the content check', () => {
  it('npm run check-content names the file and field of every bad redirect, in Indonesian', async () => {
    const dir = contentWith({ 'pengalihan.yaml': BAD_REDIRECTS });
    const result = spawnSync(process.execPath, ['src/cli/check-content.ts'], {
      env: { ...process.env, MPP_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Konten tidak valid (${EXPECTED.length} kesalahan)`);
    for (const line of EXPECTED) expect(result.stderr).toContain(`pengalihan.yaml › ${line}`);
    expect(await errorsOf(dir)).toContain(EXPECTED[1]);
  });

  it('accepts redirects to pages the build makes and hands them to the site', async () => {
    const dir = contentWith({
      'pengalihan.yaml': 'pengalihan:\n  - dari: /layanan/ktp-lama/\n    ke: /layanan/ktp-el/\n  - dari: /info/\n    ke: /tentang/\n',
    });
    const site = await loadSite(dir);
    expect(site.redirects).toEqual([
      { dari: '/layanan/ktp-lama/', ke: '/layanan/ktp-el/' },
      { dari: '/info/', ke: '/tentang/' },
    ]);
  });

  it('"Periksa konten" in the room shows the same problems, named for editors', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'mpp-checks-pengalihan-'));
    try {
      cpSync(contentWith({ 'pengalihan.yaml': BAD_REDIRECTS }), path.join(repo, 'content'), { recursive: true });
      const result = await checkContent(path.join(repo, 'content'), 'abc1234', () => null);
      const errors = result.issues.filter((i) => i.severity === 'error');
      expect(errors.map((i) => [i.entryTitle, ...i.labels].join(' › '))).toEqual([
        'Pengalihan alamat (content/pengalihan.yaml) › pengalihan 2 › alamat lama',
        'Pengalihan alamat (content/pengalihan.yaml) › pengalihan 3 › alamat tujuan',
        'Pengalihan alamat (content/pengalihan.yaml) › pengalihan 4 › alamat tujuan',
        'Pengalihan alamat (content/pengalihan.yaml) › pengalihan 5 › alamat tujuan',
        'Pengalihan alamat (content/pengalihan.yaml) › pengalihan 6 › alamat lama',
      ]);
      expect(errors.map((i) => i.message)).toEqual(EXPECTED.map((line) => line.replace(/^[^:]+: /, '')));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

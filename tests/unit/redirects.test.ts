// Redirects for published addresses that went away: validated on read, no chains, and
// dropped when the old address is taken by an entry again.
import { describe, expect, it } from 'vitest';
import { formatRedirects, parseRedirects, updateRedirects } from '../../src/lib/redirects.ts';

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
    });
    const bad =
      'pengalihan:\n  - dari: https://jahat.example/\n    ke: /\n  - dari: /a/\n    ke: //jahat.example/\n  - dari: /b/\n    ke: /b/\n';
    expect(parseRedirects(bad).problems).toEqual([
      'pengalihan.yaml › pengalihan 1: alamat lama "https://jahat.example/" tidak valid',
      'pengalihan.yaml › pengalihan 2: alamat tujuan "//jahat.example/" tidak valid',
      'pengalihan.yaml › pengalihan 3: alamat lama dan tujuan sama',
    ]);
    expect(parseRedirects(null)).toEqual({ redirects: [], problems: [] });
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
});

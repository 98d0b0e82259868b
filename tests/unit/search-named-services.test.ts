// The order of the services the words name (named-services.ts), through runSearch on a
// Pagefind stand-in: among the services with every word, the one more of the words name
// comes first, whatever Pagefind's score says.
import { describe, expect, it } from 'vitest';
import { runSearch, SearchIndex } from '../../src/search/core/engine.ts';
import { type FakePage, pagefindStandIn } from '../fixtures/fake-pagefind.ts';

const PAGES: FakePage[] = [
  // The new SKCK's title says "baru", and its checklist names a birth certificate: Pagefind scores it higher.
  {
    id: 'skck-baru',
    tipe: 'layanan',
    title: 'SKCK Baru',
    words: {
      skck: { score: 12, title: true },
      baru: { score: 12, title: true },
      akta: { score: 4 },
      lahir: { score: 4 },
      bayi: { score: 1 },
    },
  },
  {
    id: 'akta-kelahiran',
    tipe: 'layanan',
    title: 'Akta Kelahiran',
    words: { akta: { score: 6, title: true }, lahir: { score: 6, title: true }, baru: { score: 2 }, bayi: { score: 2 } },
  },
  {
    id: 'surat-pindah',
    tipe: 'layanan',
    title: 'Surat Pindah',
    words: { surat: { score: 5, title: true }, pindah: { score: 5, title: true } },
  },
  {
    id: 'paspor-haji',
    tipe: 'layanan',
    title: 'Rekomendasi Paspor Haji',
    kata: 'surat rekomendasi',
    words: { surat: { score: 9, title: true }, pindah: { score: 3 }, paspor: { score: 9, title: true } },
  },
];

const search = async (query: string) => runSearch(await SearchIndex.open(pagefindStandIn(PAGES).api), query);
const ids = (outcome: Awaited<ReturnType<typeof search>>) => outcome.groups.flatMap((g) => g.hits.map((h) => h.id));

describe('services named by more of the words first', () => {
  it('lists the birth certificate first for a newborn: "baru" of "bayi baru lahir" names the new SKCK only', async () => {
    expect(ids(await search('bayi baru lahir bikin akta')).slice(0, 2)).toEqual(['akta-kelahiran', 'skck-baru']);
  });

  it('lists the moving letter before a service only "surat" names ("urus surat pindah ke Jakarta")', async () => {
    expect(ids(await search('urus surat pindah ke jakarta'))[0]).toBe('surat-pindah');
  });

  it("keeps Pagefind's order between services the words name equally", async () => {
    expect(ids(await search('skck akta'))[0]).toBe('skck-baru');
  });
});

describe('a service its name fits better, though its page lacks one word', () => {
  const pages: FakePage[] = [
    // The data change of a health insurance names "bayi" in its alias terms and mentions a birth certificate.
    {
      id: 'bpjs-perubahan-data',
      tipe: 'layanan',
      title: 'Perubahan Data Peserta BPJS Kesehatan',
      kata: 'tambah bayi',
      words: { akta: { score: 3 }, lahir: { score: 3 }, bayi: { score: 6, title: true } },
    },
    {
      id: 'akta-kelahiran',
      tipe: 'layanan',
      title: 'Akta Kelahiran',
      words: { akta: { score: 9, title: true }, lahir: { score: 9, title: true } },
    },
  ];
  const searchIn = async (query: string) => runSearch(await SearchIndex.open(pagefindStandIn(pages).api), query);

  it('lists the birth certificate first for "akta lahir bayi": two words name it, one names the other service', async () => {
    expect(ids(await searchIn('akta lahir bayi'))[0]).toBe('akta-kelahiran');
  });
});

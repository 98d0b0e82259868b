// Services this MPP lists but serves elsewhere, in the search (elsewhere.ts, rank.ts), and the
// left-out words that may reorder the first services (groups.ts preferHintWords): a linking or
// filler word never does.
import { describe, expect, it } from 'vitest';
import { runSearch, SearchIndex } from '../../src/search/core/engine.ts';
import { elsewhereOnlyWhenNamed } from '../../src/search/core/elsewhere.ts';
import { preferHintWords } from '../../src/search/core/groups.ts';
import { understandQuery } from '../../src/search/core/normalize.ts';
import type { Hit } from '../../src/search/core/pagefind-api.ts';
import { saysNothing } from '../../src/search/core/stop-words.ts';
import { type FakePage, pagefindStandIn, serviceHit as service } from '../fixtures/fake-pagefind.ts';

describe('a service this MPP lists but serves elsewhere, in the whole search', () => {
  const KUA = 'Pendaftaran nikah dilayani di KUA kecamatan, tidak di MPP.';
  const PAGES: FakePage[] = [
    {
      id: 'pendaftaran-nikah',
      tipe: 'layanan',
      title: 'Pendaftaran Nikah',
      kata: 'daftar nikah, nikah di kua, rencana menikah, buku nikah',
      tempatLain: KUA,
      words: {
        nikah: { score: 12, title: true },
        kua: { score: 10, title: true },
        buku: { score: 4, title: true },
        daftar: { score: 9, title: true },
      },
    },
    {
      id: 'legalisasi-buku-nikah',
      tipe: 'layanan',
      title: 'Legalisasi Buku Nikah',
      kata: 'legalisir buku nikah, legalisir kua',
      words: { nikah: { score: 11, title: true }, kua: { score: 6, title: true }, buku: { score: 7, title: true } },
    },
    {
      id: 'haji',
      tipe: 'layanan',
      title: 'Pendaftaran Haji',
      kata: 'daftar haji',
      words: { haji: { score: 9, title: true }, daftar: { score: 8, title: true } },
    },
  ];
  const search = async (query: string) => runSearch(await SearchIndex.open(pagefindStandIn(PAGES).api), query);
  const ids = (outcome: Awaited<ReturnType<typeof search>>) => outcome.groups.flatMap((g) => g.hits.map((h) => h.id));

  it('says where to go when it is found first ("daftar nikah di kua"), and not when a service served here is', async () => {
    const kua = await search('daftar nikah di kua');
    expect(ids(kua)[0]).toBe('pendaftaran-nikah');
    expect(kua.elsewhere).toEqual({ title: 'Pendaftaran Nikah', url: '/layanan/pendaftaran-nikah/', note: KUA });
    const haji = await search('daftar haji');
    expect(ids(haji)[0]).toBe('haji');
    expect(haji.elsewhere).toBeNull();
  });

  it('puts the service served here first when both match about as well ("buku nikah kua")', async () => {
    // Both are named by all three words, and Pagefind scores the KUA registration higher (26
    // against 24): served elsewhere, it follows.
    const outcome = await search('buku nikah kua');
    expect(ids(outcome)).toEqual(['legalisasi-buku-nikah', 'pendaftaran-nikah']);
    expect(outcome.elsewhere).toBeNull();
  });

  it('lets no linking or filler word of an alias phrase ("di" of "nikah di kua") reorder the services', async () => {
    const outcome = await search('buku nikah di kua');
    expect(ids(outcome)).toEqual(['legalisasi-buku-nikah', 'pendaftaran-nikah']);
    // A word that tells of the request or the case still does ("bikin", "gereja").
    for (const w of ['bikin', 'biaya', 'buat', 'gereja', 'warung']) expect(saysNothing(w), w).toBe(false);
    for (const w of ['di', 'mau', 'yang', 'ke']) expect(saysNothing(w), w).toBe(true);
  });
});

describe('elsewhereOnlyWhenNamed', () => {
  const hit = (id: string, title: string, kata: string, servedElsewhere = false) =>
    ({ ...service(id, title, kata, 1), servedElsewhere }) as Hit;
  const kua = hit('pendaftaran-nikah', 'Pendaftaran Nikah', 'daftar nikah, nikah di kua, catin', true);
  const sktlk = hit('sktlk', 'Surat Keterangan Kehilangan dari Kepolisian', 'lapor kehilangan, surat hilang polisi', true);
  const skck = hit('skck-baru', 'SKCK Baru', 'surat keterangan catatan kepolisian, surat kelakuan baik');
  const legalisasi = hit('legalisasi', 'Legalisasi Buku Nikah', 'legalisir buku nikah, legalisir kua');
  const order = async (query: string, hits: Hit[]) =>
    (await elsewhereOnlyWhenNamed([{ type: 'layanan', hits }], understandQuery(query).all))[0]?.hits.map((h) => h.id);

  it('keeps first a service served elsewhere whose name says more of the words than the others', async () => {
    expect(await order('daftar nikah di kua', [kua, legalisasi])).toEqual(['pendaftaran-nikah', 'legalisasi']);
    expect(await order('lapor motor dicuri ke polisi', [sktlk, skck])).toEqual(['sktlk', 'skck-baru']);
  });

  it('puts after it the service served here whose name says as many ("surat keterangan janda")', async () => {
    expect(await order('surat keterangan janda', [sktlk, legalisasi, skck])).toEqual(['skck-baru', 'sktlk', 'legalisasi']);
    expect(await order('legalisir buku nikah kua', [kua, legalisasi])).toEqual(['legalisasi', 'pendaftaran-nikah']);
  });

  it('counts a short word only where it stands whole: "sim" names no "simpedes" account', async () => {
    const simBaru = hit('sim-baru', 'Pembuatan SIM Baru', 'bikin sim, ujian sim, sim pertama', true);
    const simpedes = hit('bri-rekening', 'Pembukaan Rekening BRI', 'buka rekening, simpedes, britama');
    expect(await order('tes sim motor', [simBaru, simpedes])).toEqual(['sim-baru', 'bri-rekening']);
    // A query that says what kind of request it is keeps the order that request chose: the
    // renewal's alias terms say "motor", but "tes" asks for a first licence.
    const renewal = hit('sim-perpanjangan', 'Perpanjangan SIM A dan SIM C', 'perpanjang sim, sim motor');
    expect(await order('tes sim motor', [simBaru, simpedes, renewal])).toEqual(['sim-baru', 'bri-rekening', 'sim-perpanjangan']);
  });

  it('puts first the service served here that the words name best, not the first that ties', async () => {
    const ktp = hit('ktp-el-rusak-hilang', 'Penggantian KTP-el Rusak atau Hilang', 'ktp hilang, surat ktp');
    const pdam = hit('pdam-balik-nama', 'Balik Nama Pelanggan Air', 'ganti nama pdam');
    // The police letter and the water account each name one word ("surat", "balik"); the KTP-el two.
    expect(await order('surat ktp balik', [sktlk, pdam, ktp])).toEqual(['ktp-el-rusak-hilang', 'sktlk', 'pdam-balik-nama']);
  });

  it('leaves the order alone when the first service is served here and named by more of the words', async () => {
    expect(await order('buku nikah', [legalisasi, kua])).toEqual(['legalisasi', 'pendaftaran-nikah']);
  });

  it('puts first a service served elsewhere whose whole name the query says, before one served here named in part', async () => {
    // "nikah" is all of "Pendaftaran Nikah" and only part of "Legalisasi Buku Nikah".
    expect(await order('syarat nikah', [legalisasi, kua])).toEqual(['pendaftaran-nikah', 'legalisasi']);
    expect(await order('mau nikah bulan depan', [legalisasi, kua])).toEqual(['pendaftaran-nikah', 'legalisasi']);
    // Not before one named by other words: "disahkan" names the vehicle tax's alias, not the marriage.
    const stnk = hit('pajak-kendaraan-tahunan', 'Pajak Kendaraan Tahunan', 'pengesahan stnk');
    expect(await order('nikah siri mau disahkan', [stnk, kua])).toEqual(['pajak-kendaraan-tahunan', 'pendaftaran-nikah']);
    // Nor when another word names another of the first services: "ktp" asks for more than the marriage.
    const ktp = hit('ktp-el', 'KTP-el Baru', 'bikin ktp');
    expect(await order('nikah muda bisa bikin ktp', [legalisasi, kua, ktp])).toEqual(['legalisasi', 'pendaftaran-nikah', 'ktp-el']);
    // Nor when the query asks for a kind of request: that order was chosen already.
    expect(await order('perpanjang nikah', [legalisasi, kua])).toEqual(['legalisasi', 'pendaftaran-nikah']);
  });
});

describe('preferHintWords', () => {
  it('lets a left-out word of the case reorder the first services ("gereja"), not a linking word ("di")', async () => {
    const kk = service('kartu-keluarga-baru', 'Kartu Keluarga Baru', 'kk baru setelah menikah, catat di capil', 9);
    const akta = service('akta-perkawinan', 'Akta Perkawinan', 'nikah gereja, catat nikah', 8);
    const first = async (hits: Hit[], hints: string[]) => (await preferHintWords([{ type: 'layanan', hits }], hints))[0]?.hits[0]?.id;
    expect(await first([kk, akta], ['di', 'gereja'])).toBe('akta-perkawinan');
    // "di" of the KK's alias phrase does not count: Pagefind's order stands.
    expect(await first([akta, kk], ['di', 'mau'])).toBe('akta-perkawinan');
  });
});

// How the first services are reordered by what the query asks for (groups.ts preferRequested):
// among services that fit the request as well, the one whose name says more of the words leads.
import { describe, expect, it } from 'vitest';
import { runSearch, SearchIndex } from '../../src/search/core/engine.ts';
import { preferRequested, servicesBeforeGuides } from '../../src/search/core/groups.ts';
import { intentsOf } from '../../src/search/core/intent.ts';
import { understandQuery } from '../../src/search/core/normalize.ts';
import type { Hit } from '../../src/search/core/pagefind-api.ts';
import { termIndex } from '../../src/search/core/suggest.ts';
import { type FakePage, pagefindStandIn, serviceHit as service } from '../fixtures/fake-pagefind.ts';

/** Enough of a search index for a search again: the services Pagefind finds for each term. */
function fakeIndex(found: Record<string, Hit[]>, searched: string[] = []): SearchIndex {
  return {
    pageClasses: async () => ({ typeOf: new Map(), popular: new Set(), elsewhere: new Set(), total: 60 }),
    api: {
      search: async (term: string) => {
        searched.push(term);
        return { results: found[term] ?? [], unfilteredResultCount: 0, filters: {} };
      },
    },
  } as unknown as SearchIndex;
}

describe('preferRequested', () => {
  it('puts the service whose name has more of the query words first among those that fit the request', async () => {
    const hits = [
      service('pdam-balik-nama', 'Balik Nama Pelanggan Air', 'ganti nama pdam', 9),
      service('peralihan-hak', 'Peralihan Hak atas Tanah (Balik Nama Sertifikat)', 'ganti nama sertifikat', 8),
      service('kartu-keluarga-perubahan', 'Perubahan Data atau Cetak Ulang Kartu Keluarga', 'tambah anggota kk', 7),
    ];
    const query = understandQuery('tambah nama di kartu keluarga');
    const [services] = await preferRequested(fakeIndex({}), [{ type: 'layanan', hits }], query);
    expect(services?.hits.map((h) => h.id)).toEqual(['kartu-keluarga-perubahan', 'pdam-balik-nama', 'peralihan-hak']);
  });

  it('reads no verb of an alias term ("buat skck") as naming: "surat apa yang harus dibuat pertama" after a death', async () => {
    const hits = [
      service('skck-baru', 'SKCK Baru', 'buat skck, bikin skck, surat kelakuan baik, membuat pembuatan dibuat', 9),
      service('akta-kematian', 'Akta Kematian', 'surat kematian, meninggal dunia', 8),
    ];
    const query = understandQuery('bapak meninggal, surat apa yang pertama harus dibuat');
    const [services] = await preferRequested(fakeIndex({}), [{ type: 'layanan', hits }], query);
    expect(services?.hits[0]?.id).toBe('akta-kematian');
  });

  it('reads what went wrong ("bau", "macet") as a complaint: the complaints service leads', async () => {
    const hits = [
      service('pdam-sambungan-baru', 'Pemasangan Sambungan Air Baru', 'pasang pdam', 9),
      service('pdam-pembayaran', 'Pembayaran Tagihan Air', 'bayar pdam', 8),
      service('pdam-pengaduan', 'Pengaduan Gangguan Air dan Tagihan', 'air keruh', 7),
    ];
    const query = understandQuery('air pdam bau');
    expect(query.meaningful).toEqual(['air', 'pdam']);
    const [services] = await preferRequested(fakeIndex({}), [{ type: 'layanan', hits }], query);
    expect(services?.hits[0]?.id).toBe('pdam-pengaduan');
  });

  it('searches the words the first fitting service does not name, and puts a service naming more of them first', async () => {
    const kk = service('kartu-keluarga-perubahan', 'Perubahan Data atau Cetak Ulang Kartu Keluarga', 'ubah kk', 5);
    const searched: string[] = [];
    const index = fakeIndex({ 'kartu keluarga': [kk] }, searched);
    const hits = [
      service('pdam-balik-nama', 'Balik Nama Pelanggan Air', 'ganti nama pdam', 9),
      service('peralihan-hak', 'Peralihan Hak atas Tanah (Balik Nama Sertifikat)', 'ganti nama sertifikat', 8),
    ];
    const [services] = await preferRequested(index, [{ type: 'layanan', hits }], understandQuery('ubah nama di kartu keluarga'));
    expect(searched).toEqual(['kartu keluarga']);
    expect(services?.hits[0]?.id).toBe('kartu-keluarga-perubahan');
  });

  it('when no first service fits the request, searches each named word, not only the first', async () => {
    const kk = service('kartu-keluarga-perubahan', 'Perubahan Data atau Cetak Ulang Kartu Keluarga', 'ubah kk', 5);
    const searched: string[] = [];
    const index = fakeIndex({ kartu: [kk] }, searched);
    const hits = [service('ktp-el', 'KTP-el Baru (Perekaman Pertama)', 'ktp baru', 9)];
    const [services] = await preferRequested(index, [{ type: 'layanan', hits }], understandQuery('ubah nama di kartu keluarga'));
    expect(searched).toEqual(['nama', 'kartu', 'keluarga']);
    expect(services?.hits[0]?.id).toBe('kartu-keluarga-perubahan');
  });

  it('keeps Pagefind’s order among services that name as many words', async () => {
    const hits = [
      service('sim-perpanjangan', 'Perpanjangan SIM A dan SIM C', 'perpanjang sim', 9),
      service('skck-perpanjangan', 'Perpanjangan SKCK', 'perpanjang skck', 8),
    ];
    const [services] = await preferRequested(fakeIndex({}), [{ type: 'layanan', hits }], understandQuery('perpanjang sim'));
    expect(services?.hits.map((h) => h.id)).toEqual(['sim-perpanjangan', 'skck-perpanjangan']);
  });

  it('takes a service whose name asks for no kind of request as one got anew ("pembuatan" of a hajj recommendation)', async () => {
    const searched: string[] = [];
    const index = fakeIndex(
      {
        surat: [service('skck-baru', 'Surat Keterangan Catatan Kepolisian (SKCK) Baru', 'skck baru', 9)],
        paspor: [service('paspor', 'Paspor Baru', 'paspor', 9)],
      },
      searched,
    );
    const hits = [
      service('rekomendasi-paspor-haji', 'Rekomendasi Paspor Haji', 'surat rekomendasi haji, paspor jemaah haji', 9),
      service('akta-kelahiran', 'Akta Kelahiran', 'akta lahir', 5),
    ];
    const query = understandQuery('surat rekomendasi pembuatan paspor jemaah haji');
    const [services] = await preferRequested(index, [{ type: 'layanan', hits }], query);
    // Services that ask for a new one but name only "surat" or "paspor" are not brought before it.
    expect(services?.hits[0]?.id).toBe('rekomendasi-paspor-haji');
    expect(searched).toEqual([]);
  });

  it('puts first, among those that fit as well, the one that asks for more of what the query asks ("penggantian paspor yang hilang")', async () => {
    const hits = [
      service('paspor', 'Penggantian Paspor Habis Berlaku atau Halaman Penuh', 'perpanjang paspor', 9),
      service('paspor-hilang-rusak', 'Penggantian Paspor Hilang atau Rusak', 'paspor hilang', 8),
    ];
    const [services] = await preferRequested(fakeIndex({}), [{ type: 'layanan', hits }], understandQuery('penggantian paspor yang hilang'));
    expect(services?.hits.map((h) => h.id)).toEqual(['paspor-hilang-rusak', 'paspor']);
  });

  it('takes a service with no kind of request as got anew when one asking for a new one names fewer of the words', async () => {
    const hits = [
      service('bpjs-kesehatan-pindah-faskes', 'Pindah Fasilitas Kesehatan Tingkat Pertama', 'pindah klinik', 9),
      service('sim-baru', 'Pembuatan SIM Baru', 'surat izin mengemudi baru', 8),
      service('sip-tenaga-kesehatan', 'Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan', 'sip perawat, izin praktik', 7),
    ];
    const query = understandQuery('perawat baru perlu izin praktik di klinik?');
    const [services] = await preferRequested(fakeIndex({}), [{ type: 'layanan', hits }], query);
    expect(services?.hits[0]?.id).toBe('sip-tenaga-kesehatan');
  });

  it('not when one of the first services asks for a new one in its name, nor when another names more of the words', async () => {
    const simHits = [
      service('pbg', 'Persetujuan Bangunan Gedung (PBG)', 'imb, simbg', 9),
      service('slf', 'Sertifikat Laik Fungsi (SLF)', 'slf', 8),
      service('sip-tenaga-kesehatan', 'Surat Izin Praktik (SIP)', 'sip', 7),
      service('sim-baru', 'Pembuatan SIM Baru', 'sim baru, bikin sim', 6),
    ];
    const [sim] = await preferRequested(
      fakeIndex({}),
      [{ type: 'layanan', hits: simHits }],
      understandQuery('permohonan sim a baru bagi pemula'),
    );
    expect(sim?.hits[0]?.id).toBe('sim-baru');
    const landHits = [
      service('peralihan-hak', 'Peralihan Hak atas Tanah (Balik Nama Sertifikat)', 'ganti nama sertifikat, jual beli tanah', 9),
      service('bphtb-validasi', 'Validasi BPHTB', 'bphtb, pajak jual beli', 8),
    ];
    const query = understandQuery('pendaftaran peralihan hak karena jual beli');
    const [land] = await preferRequested(fakeIndex({}), [{ type: 'layanan', hits: landHits }], query);
    expect(land?.hits.map((h) => h.id)).toEqual(['peralihan-hak', 'bphtb-validasi']);
  });
});

describe('what is asked for, in the whole search', () => {
  const PAGES: FakePage[] = [
    // The new passport's page mentions losing one, and scores higher for it.
    { id: 'paspor', tipe: 'layanan', title: 'Paspor Baru', words: { paspor: { score: 20, title: true }, hilang: { score: 5 } } },
    {
      id: 'paspor-hilang',
      tipe: 'layanan',
      title: 'Paspor Hilang',
      words: { paspor: { score: 8, title: true }, hilang: { score: 8, title: true } },
    },
  ];
  const search = async (query: string) =>
    runSearch(await SearchIndex.open(pagefindStandIn(PAGES).api), query, {}, async () => termIndex(['paspor', 'sim', 'perpanjangan']));
  const ids = (outcome: Awaited<ReturnType<typeof search>>) => outcome.groups.flatMap((g) => g.hits.map((h) => h.id));

  it('orders the near matches by what is asked for too: the lost passport first ("kapal paspor hilang")', async () => {
    const outcome = await search('kapal paspor hilang');
    expect(outcome).toMatchObject({ notOffered: true, missing: ['kapal'] });
    expect(ids(outcome)[0]).toBe('paspor-hilang');
  });

  it('reads chat and Javanese family words, and possessive endings, as who it is for ("bpjs ibunya", "kk bojo")', () => {
    expect(understandQuery('masukin bayi ke bpjs ibunya').audience).toEqual(['bayi', 'ibu']);
    expect(understandQuery('kk bojo').audience).toEqual(['bojo']);
    expect(understandQuery('kk bojo').meaningful).toEqual(['kk']);
    expect(understandQuery('akta mbah').meaningful).toEqual(['akta']);
    // Not every word ending in "ku" or "nya" is someone's: "buku" stays a word to find.
    expect(understandQuery('buku nikah').meaningful).toEqual(['buku', 'nikah']);
  });

  it('reads "pembaruan" and "diperbaharui" as a renewal', () => {
    for (const q of ['pembaruan sim', 'sim diperbaharui']) expect([...intentsOf(understandQuery(q).all)], q).toContain('perpanjang');
  });

  it('reads the new one of a lost or damaged document as its replacement, not a first one', () => {
    for (const q of ['ktp hilang mau ngurus yang baru', 'ktp ilang brp hr jadi yg baru', 'baru kecopetan ktp']) {
      expect([...intentsOf(understandQuery(q).all)], q).toEqual(['hilang']);
    }
    expect([...intentsOf(understandQuery('bikin ktp baru').all)]).toEqual(['baru']);
  });
});

describe('servicesBeforeGuides', () => {
  const hit = (url: string, matched: string[], title: string, kata = ''): Hit => ({
    id: url,
    score: 1,
    prior: 1,
    matchedMetaFields: matched,
    data: async () => ({ url, excerpt: '', meta: { title, kata } }),
  });
  const order = async (hits: Hit[], query: string) =>
    (await servicesBeforeGuides([{ type: 'layanan', hits }], query))[0]?.hits.map((h) => h.id);

  it('puts the service the words name before the life-event guide that leads ("pindah domisili ke semarang")', async () => {
    const hits = [
      hit('/panduan/pindah-datang/', ['title'], 'Pindah Datang', 'pindah rumah'),
      hit('/layanan/bpjs/', [], 'BPJS Kesehatan'),
      hit('/layanan/surat-pindah/', ['kata'], 'Surat Keterangan Pindah', 'pindah domisili'),
    ];
    expect(await order(hits, 'pindah domisili ke semarang')).toEqual([
      '/layanan/surat-pindah/',
      '/panduan/pindah-datang/',
      '/layanan/bpjs/',
    ]);
  });

  it('leaves the guide first when no service is named by the words', async () => {
    const hits = [
      hit('/panduan/kelahiran-anak/', ['title'], 'Kelahiran Anak'),
      hit('/layanan/akta-kelahiran/', ['dokumen'], 'Akta Kelahiran'),
    ];
    expect(await order(hits, 'kelahiran')).toEqual(['/panduan/kelahiran-anak/', '/layanan/akta-kelahiran/']);
  });

  it('leaves the guide first when the query is one of its key phrases, word for word ("mau menikah")', async () => {
    const hits = [
      hit('/panduan/menikah/', ['title'], 'Menikah', 'mau menikah, baru menikah, kawin'),
      hit('/layanan/kartu-keluarga-baru/', ['kata'], 'Kartu Keluarga Baru', 'menikah pisah kk'),
    ];
    expect(await order(hits, 'Mau  Menikah')).toEqual(['/panduan/menikah/', '/layanan/kartu-keluarga-baru/']);
    expect(await order(hits, 'mau menikah lagi')).toEqual(['/layanan/kartu-keluarga-baru/', '/panduan/menikah/']);
  });
});

describe('"baru" and "habis" that say when', () => {
  it('read "baru" before an event as "just" and "habis" before one as "after", not as a first or an expired document', () => {
    expect(intentsOf(understandQuery('baru pindah dari semarang mau ktp pekalongan').all).has('baru')).toBe(false);
    expect(intentsOf(understandQuery('habis pemberkatan di gereja daftar ke capil').all).has('perpanjang')).toBe(false);
    expect(intentsOf(understandQuery('baru nikah di gereja catatan sipilnya dimana').all).size).toBe(0);
  });

  it('still read them as the kind of request after the document they are about', () => {
    expect(intentsOf(understandQuery('bikin kk baru').all).has('baru')).toBe(true);
    expect(intentsOf(understandQuery('skck habis bulan lalu').all).has('perpanjang')).toBe(true);
    expect(intentsOf(understandQuery('baru diterima kerja, hrd minta npwp').all).has('baru')).toBe(true);
  });
});

describe('never having had the thing', () => {
  it('reads "belum punya", "belum pernah", "durung duwe" and "mau punya" as asking for a first one', () => {
    for (const q of [
      'sa belum pernah punya sim, mo bikin sim motor',
      'anakku 17 taun durung duwe ktp',
      'tanah blm punya sppt',
      'umur 17 mau punya sim a',
    ])
      expect([...intentsOf(understandQuery(q).all)], q).toEqual(['baru']);
  });

  it('reads neither a status on a card ("belum kawin") nor a scheme wanted ("pengen ada jaminan") as a first one', () => {
    expect(intentsOf(understandQuery('status di ktp masih belum kawin').all).size).toBe(0);
    expect(intentsOf(understandQuery('kuli bangunan pengen ada jaminan kecelakaan kerja').all).size).toBe(0);
    expect(intentsOf(understandQuery('ktp blm jadi krn blangko habis').all).has('baru')).toBe(false);
  });
});

describe('running out', () => {
  it('reads "mau abis", "arep entek", "bade seep" and "ngepanjangin" as asking for a renewal', () => {
    for (const q of ['sim c udah mau abis bulan depan', 'sim arep entek', 'sim abdi tos bade seep', 'ngepanjangin sim c'])
      expect([...intentsOf(understandQuery(q).all)], q).toEqual(['perpanjang']);
  });

  it('reads "abis" before an event as "after" ("abis sidang"), not as a document running out', () => {
    expect(intentsOf(understandQuery('sim ditahan polantas abis sidang').all).size).toBe(0);
    expect(intentsOf(understandQuery('abis nikah ganti status ktp').all).has('perpanjang')).toBe(false);
  });
});

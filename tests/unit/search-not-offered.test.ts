// When no page has every word, and when a word is on no page: ranking by how many words
// match, the "not offered here" notice, stems, and corrections offered or applied (engine.ts).
import { describe, expect, it } from 'vitest';
import { runSearch, SearchIndex } from '../../src/search/core/engine.ts';
import { isNounOf, stemsOf } from '../../src/search/core/query-words.ts';
import { termIndex } from '../../src/search/core/suggest.ts';
import { type FakePage, pagefindStandIn } from '../fixtures/fake-pagefind.ts';
import { SAMPLE_PAGES } from '../fixtures/search-sample-pages.ts';

const fakePagefind = () => pagefindStandIn(SAMPLE_PAGES);
const terms = () => termIndex(['paspor', 'haji', 'kartu', 'anak', 'umroh', 'visa']);

describe('fallback when no page has every word', () => {
  it('ranks by how many words match, services ahead of announcements matching as many', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'visa umroh paspor', {}, async () => terms());
    expect(outcome).toMatchObject({ relaxed: true, notOffered: false, shownQuery: 'visa umroh' });
    const order = outcome.groups.flatMap((g) => g.hits.map((h) => h.id));
    // Both match two words: the service first although the announcement scores higher;
    // the page that matches one word only, however well, comes after both.
    expect(order.indexOf('umroh')).toBeLessThan(order.indexOf('umroh-info'));
    expect(order.indexOf('umroh-info')).toBeLessThan(order.indexOf('visa'));
    expect(outcome.groups[0]?.type).toBe('layanan');
  });

  it('says the MPP does not offer it when a word is in no page, with the closest services', async () => {
    // An acronym no page has ("bpom") names what is asked for, even beside a service's name.
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor bpom', {}, async () => termIndex(['paspor']));
    expect(outcome).toMatchObject({
      query: 'paspor bpom',
      notOffered: true,
      missing: ['bpom'],
      relaxed: false,
      corrected: false,
    });
    expect(outcome.groups.map((g) => g.type)).toEqual(['layanan']);
    expect(outcome.groups[0]?.hits.map((h) => h.id)).toEqual(['paspor', 'haji']);
  });

  it('says "not offered here" for a word no page has beside one word naming a service ("paspor diplomatik": a kind of passport)', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor diplomatik', {}, async () => termIndex(['paspor']));
    expect(outcome).toMatchObject({ notOffered: true, missing: ['diplomatik'], relaxed: false });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('paspor');
  });

  it('does not say a detail of the request is missing ("paspor jakarta"): the service the rest names answers', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor jakarta', {}, async () => termIndex(['paspor']));
    expect(outcome).toMatchObject({ notOffered: false, missing: [] });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('paspor');
  });

  it('takes a three-letter word followed by words set aside as typed in full, not the start of a page word', async () => {
    // "umr" is no whole word of any page; "truk" after it shows the resident typed on.
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'visa umr truk', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: true });
    expect(outcome.missing).toContain('umr');
  });

  it('says so with no results at all for a word in no page, never showing fallback matches', async () => {
    expect(await runSearch(await SearchIndex.open(fakePagefind().api), 'jakarta')).toMatchObject({ total: 0, notOffered: true });
    // "pasaran" is in no page; Pagefind's fallback would find pages with "pas".
    expect(await runSearch(await SearchIndex.open(fakePagefind().api), 'pasaran')).toMatchObject({ total: 0, notOffered: true });
  });
});

describe('a distinctive word no page has', () => {
  it('is said first even when the other words find pages, which follow as near matches', async () => {
    // "umroh" and "visa" are both on pages; "bpom" is on none: the old search showed the
    // umroh pages as if they answered.
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'visa umroh bpom', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: true, missing: ['bpom'], relaxed: false, corrected: false });
    expect(outcome.groups.map((g) => g.type)).toEqual(['layanan']);
    expect(outcome.groups[0]?.hits[0]?.id).toBe('umroh');
  });

  it('looks for an affixed form no page has by its stem ("meteran" by "meter"), not saying it is missing', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'meteran air', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: false, missing: [], relaxed: true });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('air-aduan');
  });

  it('looks for a chat form of a verb by its stem ("nambahin" by tambah, "nyetor" by setor), after the affixed stems', () => {
    expect(stemsOf('nambahin')).toContain('tambah');
    expect(stemsOf('nyetor')).toContain('setor');
    expect(stemsOf('cairin')).toContain('cair');
    expect(stemsOf('meteran')[0]).toBe('meter');
  });

  it('looks for a word with a Javanese or Sundanese possessive by the word ("kematiane", "berlakune", "biayana")', () => {
    expect(stemsOf('kematiane')).toContain('kematian');
    expect(stemsOf('berlakune')).toContain('berlaku');
    expect(stemsOf('daftare')).toContain('daftar');
    expect(stemsOf('biayana')).toContain('biaya');
    // "-ne" follows a vowel: "kapalne" is no "kapal".
    expect(stemsOf('kapalne')).not.toContain('kapal');
  });

  it('looks for a chat verb by the noun its stem makes on a page ("nunggak" by tunggakan), never by another word ("mula" is no "mulai")', async () => {
    const pages: FakePage[] = [
      {
        id: 'pdam-pembayaran',
        tipe: 'layanan',
        title: 'Pembayaran Tagihan Air',
        words: { pdam: { score: 8, title: true }, tunggak: { score: 3, marked: 'tunggakan' } },
      },
      { id: 'pdam-baru', tipe: 'layanan', title: 'Sambungan PDAM Baru', words: { pdam: { score: 9, title: true } } },
    ];
    const outcome = await runSearch(await SearchIndex.open(pagefindStandIn(pages).api), 'nunggak pdam', {}, async () =>
      termIndex(['pdam']),
    );
    expect(outcome).toMatchObject({ notOffered: false, missing: [] });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('pdam-pembayaran');
    expect(isNounOf('tunggakan', 'tunggak')).toBe(true);
    expect(isNounOf('mulai', 'mula')).toBe(false);
  });

  it('looks for a short word with a possessive ending by the word ("ktpku", "airnya", "kkmu")', () => {
    expect(stemsOf('ktpku')).toContain('ktp');
    expect(stemsOf('airnya')).toContain('air');
    expect(stemsOf('kkmu')).toContain('kk');
  });

  it('does not say a rare word is missing when it names another service here ("toko" of "toko obat")', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'izin reklame toko', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: false, missing: [], relaxed: true });
    expect(outcome.groups[0]?.hits.map((h) => h.id)).toEqual(['reklame', 'apotek']);
  });

  it('takes a rare word the best service lacks as a detail after the words that name one service, or in a query that tells the case around it', async () => {
    // "bekas" is only in an announcement: in a long query that names one service by its own
    // words ("balik nama pelanggan air"), it says which house, not a service the MPP lacks.
    const pages: FakePage[] = [
      {
        id: 'pdam-balik-nama',
        tipe: 'layanan',
        title: 'Balik Nama Pelanggan Air',
        words: {
          balik: { score: 9, title: true },
          nama: { score: 9, title: true },
          pelanggan: { score: 9, title: true },
          air: { score: 9, title: true },
        },
      },
      { id: 'pdam-baru', tipe: 'layanan', title: 'Sambungan Air Baru', words: { air: { score: 9, title: true }, nama: { score: 2 } } },
      { id: 'pdam-bayar', tipe: 'layanan', title: 'Pembayaran Tagihan Air', words: { air: { score: 9, title: true } } },
      { id: 'ganti-nama', tipe: 'layanan', title: 'Ganti Nama', words: { nama: { score: 9, title: true } } },
      { id: 'pameran', tipe: 'pengumuman', title: 'Pameran Rumah Bekas', words: { bekas: { score: 9, title: true } } },
    ];
    const search = async (query: string) =>
      runSearch(await SearchIndex.open(pagefindStandIn(pages).api), query, {}, async () => termIndex(['balik', 'pelanggan']));
    const told = await search('balik nama pelanggan air bekas');
    expect(told).toMatchObject({ notOffered: false, relaxed: true, unmatched: ['bekas'] });
    expect(told.groups[0]?.hits[0]?.id).toBe('pdam-balik-nama');
    // A short one too, when the word follows two words that name the service, as a word no page
    // has does ("pajak mobil avanza"); before them it is what is asked for ("uji emisi motor").
    expect(await search('pelanggan air bekas')).toMatchObject({ notOffered: false, relaxed: true, unmatched: ['bekas'] });
    expect(await search('bekas pelanggan air')).toMatchObject({ notOffered: true, missing: ['bekas'] });
    // Words that each name four services ("surat", "izin") name a field even where together
    // they name one ("surat izin penelitian skripsi" is not the practice licence).
    const title = (...words: string[]) => Object.fromEntries(words.map((w) => [w, { score: 9, title: true }]));
    const fields: FakePage[] = [
      { id: 'a', tipe: 'layanan', title: 'A', words: title('surat', 'tanda', 'usaha', 'daerah') },
      ...['b', 'c', 'd'].map((id) => ({ id, tipe: 'layanan', title: id, words: title('surat', 'tanda') })),
      ...['e', 'f', 'g'].map((id) => ({ id, tipe: 'layanan', title: id, words: title('usaha', 'daerah') })),
      { id: 'pameran', tipe: 'pengumuman', title: 'Pameran Rumah Bekas', words: title('bekas') },
    ];
    const field = await runSearch(await SearchIndex.open(pagefindStandIn(fields).api), 'surat tanda usaha daerah bekas', {}, async () =>
      termIndex(['surat']),
    );
    expect(field).toMatchObject({ notOffered: true, missing: ['bekas'] });
  });

  it('takes a word no page has as a detail of a long query whose words no one page has all of, unless it stands beside one of them', async () => {
    // No page has "kapal" with the billboard's words, so pages are ranked by how many words
    // each has; "loketnya" (which counter), told apart from the licence's name, is a detail.
    const title = (...words: string[]) => Object.fromEntries(words.map((w) => [w, { score: 9, title: true }]));
    const pages: FakePage[] = [
      { id: 'izin-reklame', tipe: 'layanan', title: 'Izin Reklame Papan', words: title('izin', 'reklame', 'papan') },
      { id: 'izin-kapal', tipe: 'layanan', title: 'Izin Kapal', words: title('izin', 'kapal') },
      { id: 'pajak-reklame', tipe: 'layanan', title: 'Pajak Reklame', words: { ...title('reklame'), papan: { score: 2 } } },
    ];
    const search = async (query: string) =>
      runSearch(await SearchIndex.open(pagefindStandIn(pages).api), query, {}, async () => termIndex(['izin', 'reklame', 'papan']));
    const told = await search('loketnya yang mana, izin reklame papan kapal');
    expect(told).toMatchObject({ notOffered: false, relaxed: true, unmatched: ['loketnya'] });
    expect(told.groups[0]?.hits.map((h) => h.id)).toContain('izin-reklame');
    // Right after a word some page has, it is part of the name asked for: not offered here.
    expect(await search('izin reklame papan kapal loketnya')).toMatchObject({ notOffered: true, missing: ['loketnya'] });
    // A function word ("padahal") or a passive verb ("ditutup") on some page is no such neighbour.
    const withTold: FakePage[] = [
      ...pages,
      { id: 'info', tipe: 'pengumuman', title: 'Info', words: { padahal: { score: 1 }, ditutup: { score: 1 } } },
    ];
    for (const query of ['izin reklame papan kapal padahal loketnya', 'izin reklame papan kapal tapi loketnya ditutup']) {
      const outcome = await runSearch(await SearchIndex.open(pagefindStandIn(withTold).api), query, {}, async () =>
        termIndex(['izin', 'reklame', 'papan'], [], ['padahal']),
      );
      expect(outcome, query).toMatchObject({ notOffered: false, relaxed: true });
      expect(outcome.unmatched, query).toContain('loketnya');
    }
  });

  it('takes a chat or passive verb on a page or two that the best service lacks as what happened, not a service the MPP lacks', async () => {
    // "kebaca" (can be read) is only in an announcement: the damaged ID card answers.
    const pages: FakePage[] = [
      { id: 'ktp-rusak', tipe: 'layanan', title: 'KTP Rusak', words: { ktp: { score: 9, title: true }, rusak: { score: 9, title: true } } },
      { id: 'ktp-baru', tipe: 'layanan', title: 'KTP Baru', words: { ktp: { score: 9, title: true } } },
      { id: 'info', tipe: 'pengumuman', title: 'Info', words: { kebaca: { score: 3 } } },
    ];
    const outcome = await runSearch(await SearchIndex.open(pagefindStandIn(pages).api), 'ktp rusak gak kebaca', {}, async () =>
      termIndex(['ktp', 'rusak']),
    );
    expect(outcome).toMatchObject({ notOffered: false, relaxed: true });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('ktp-rusak');
  });

  it('offers, never applies, the correction of a real word ("visi" is a word, not a slip of "visa")', async () => {
    const real = async () => termIndex(['paspor', 'haji', 'kartu', 'anak', 'umroh', 'visa'], ['visi']);
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'umroh visi', {}, real);
    expect(outcome).toMatchObject({ notOffered: true, missing: ['visi'], corrected: false, suggestion: 'umroh visa' });
    // The same slip in a word that is no word is shown corrected.
    const slip = await runSearch(await SearchIndex.open(fakePagefind().api), 'umroh visx', {}, real);
    expect(slip).toMatchObject({ notOffered: false, corrected: true, shownQuery: 'umroh visa' });
  });

  it('offers, never applies, a correction two edits away (another word, not a slip)', async () => {
    const withLong = async () => termIndex(['paspor', 'identitas']);
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor idntitass', {}, withLong);
    expect(outcome).toMatchObject({ notOffered: true, missing: ['idntitass'], corrected: false, suggestion: 'paspor identitas' });
  });

  it('takes a three-letter word typed in full that is no whole word of any page as missing, not as the start of another', async () => {
    // "umr" starts "umroh", but another word follows it: the resident meant "umr".
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'umr paspor', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: true, missing: ['umr'] });
    // As the last word it may still be being typed: searched as the start of "umroh".
    expect(await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor umr', {}, async () => terms())).toMatchObject({
      notOffered: false,
    });
  });

  it('shows a slip corrected, labelled ("psapor" is no word)', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'psapor', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: false, corrected: true, shownQuery: 'paspor' });
  });
});

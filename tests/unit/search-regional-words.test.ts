// The regional languages residents mix into their queries: function words set aside,
// relatives read as whom the service is for, and regional spellings of everyday words read as
// the Indonesian word pages use (regional-stop-words.ts, regional-spellings.ts,
// request-words.ts), and never at the cost of a word the content uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, SPELLING_VARIANTS, understandQuery } from '../../src/search/core/normalize.ts';
import { REGIONAL_SPELLINGS } from '../../src/search/core/regional-spellings.ts';
import { MORE_REGIONAL_FUNCTION_WORDS } from '../../src/search/core/regional-stop-words.ts';
import { AUDIENCE_WORDS } from '../../src/search/core/request-words.ts';
import { isStopWord } from '../../src/search/core/stop-words.ts';
import { namesNoService } from '../../src/search/core/unknown-words.ts';

/** Every word of the sample content's text files (services, gerai, pages, guides, announcements). */
function contentWords(): Set<string> {
  const found = new Set<string>();
  const text = /\.(ya?ml|mdoc|md|json)$/;
  for (const entry of readdirSync('content', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !text.test(entry.name)) continue;
    const body = readFileSync(join(entry.parentPath, entry.name), 'utf8').toLowerCase();
    for (const word of body.split(/[^a-z]+/)) if (word) found.add(word);
  }
  return found;
}

describe('regional function words', () => {
  it('are set aside, leaving the words that name the service', () => {
    expect(understandQuery('kenken carane ngae akta perkawinan').meaningful).toEqual(['akta', 'perkawinan']);
    expect(understandQuery('kitorang mau bikin ktp').meaningful).toEqual(['ktp']);
    expect(understandQuery('lon hana jeut daftar bpjs').meaningful).toContain('bpjs');
    expect(isStopWord('dimane')).toBe(true);
    // Papuan and Kupang Malay ("sa su", "beta ... sonde dapa"), Medan ("cemana ..., bah"),
    // Balinese ("mare", "ring dija") and Sasak ("lek mbe"): a short word no page has no
    // longer reads as a service the MPP lacks.
    expect(understandQuery('mertua su meninggal, sa mo urus akta dimana kah').meaningful).toEqual(['meninggal', 'akta']);
    expect(understandQuery('cemana ganti alamat di bpjs kesehatan, bah').meaningful).toEqual(['alamat', 'bpjs', 'kesehatan']);
    expect(understandQuery('anak tiang wau 17 tahun, rekam ktp ring dija').meaningful).not.toContain('ring');
    expect(understandQuery('beta su lama sonde dapa bantuan').meaningful).toEqual(['bantuan']);
    expect(understandQuery('bukak rekening bri lek mbe').meaningful).toEqual(['rekening', 'bri']);
    // Words that are Indonesian (or English) words with another meaning stay: roof sheet, son, tea.
    for (const word of ['seng', 'son', 'teh', 'kek', 'awak']) expect(isStopWord(word), word).toBe(false);
  });

  it('keep a lone "e" before a function word apart: Madurese "akte e dimma" asks where the akta is', () => {
    expect(understandQuery('ngurus akte e dimma').meaningful).toEqual(['akta']);
    expect(canonicalQuery('e court')).toBe('e-court');
  });

  it('read relatives as whom the service is for, not as words pages must have', () => {
    for (const word of ['amak', 'eppak', 'ompung', 'inaq', 'abah']) expect(AUDIENCE_WORDS.has(word), word).toBe(true);
    expect(understandQuery('amak ambo maningga').meaningful).toEqual(['meninggal']);
  });

  it('are no word of the content: setting them aside never hides a word a page uses', () => {
    const words = contentWords();
    expect(words.has('paspor')).toBe(true);
    expect(MORE_REGIONAL_FUNCTION_WORDS.filter((word) => words.has(word))).toEqual([]);
  });

  it('are not read into an acronym shortened like chat ("pdm" is PDAM, not Acehnese "padum")', () => {
    expect(namesNoService('pdm', new Set())).toBe(false);
    expect(namesNoService('hrs', new Set())).toBe(true);
  });
});

describe('regional spellings of everyday words', () => {
  it('read as the Indonesian word pages use', () => {
    expect(canonicalQuery('aia pdam mati')).toBe('air pdam');
    expect(understandQuery('pajek tuku omah').meaningful).toEqual(['pajak', 'beli', 'rumah']);
    expect(understandQuery('ambo baranti karajo').meaningful).toEqual(['berhenti', 'kerja']);
    expect(understandQuery('nio ganti namo di kk').meaningful).toEqual(['nama', 'kk']);
    expect(understandQuery('simku arep entek').all).toContain('habis');
    expect(canonicalQuery('ktp di hape')).toContain('ponsel');
    expect(understandQuery('mare nganten').meaningful).toEqual(['kawin']);
    expect(understandQuery('arep rabi syarate opo').meaningful).toContain('nikah');
  });

  it('are all spellings the query reads, and none rewrites a word the content uses', () => {
    const words = contentWords();
    for (const [regional, standard] of Object.entries(REGIONAL_SPELLINGS)) {
      expect(SPELLING_VARIANTS[regional], regional).toBe(standard);
      expect(words.has(regional), regional).toBe(false);
    }
  });
});

// Re-cutting a Pagefind index into smaller chunks (src/search/core/rechunk.ts, applied to a
// bundle on disk by src/search/build/search-chunks.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { rechunkBundle } from '../../src/search/build/search-chunks.ts';
import { signature } from '../../src/search/core/pagefind-cbor.ts';
import {
  boundaryAfter,
  chunkFor,
  encodeChunk,
  rangesFor,
  readChunkRanges,
  readChunkWords,
  rechunkIndex,
  splitWords,
  type WordEntry,
} from '../../src/search/core/rechunk.ts';

const entry = (word: string, size: number): WordEntry => ({ word, bytes: new Uint8Array(size).fill(word.length) });

describe('chunk boundaries', () => {
  it('starts a chunk at the shortest prefix after the previous one', () => {
    expect(boundaryAfter('apple', 'apricot')).toBe('apr');
    expect(boundaryAfter('cath', 'cathartic')).toBe('catha');
    expect(boundaryAfter('kota', 'ktp')).toBe('kt');
  });

  it('cuts runs at the target size; a larger entry stands alone', () => {
    const words = [entry('a', 40), entry('b', 40), entry('c', 40), entry('d', 500), entry('e', 10)];
    expect(splitWords(words, 100).map((run) => run.map((w) => w.word).join(''))).toEqual(['ab', 'c', 'd', 'e']);
  });

  it('finds every word, the last of each chunk included, and a half-typed word finds the chunk of its word', () => {
    const runs = [[entry('akta', 1), entry('apple', 1)], [entry('apricot', 1), entry('ktp', 1)], [entry('paspor', 1)]];
    const ranges = rangesFor(runs, ['h0', 'h1', 'h2']);
    expect(ranges.map((r) => [r.from, r.to])).toEqual([
      ['akta', 'apple'],
      ['apr', 'ktp'],
      ['p', 'paspor'],
    ]);
    runs.forEach((run, i) => {
      for (const { word } of run) expect(chunkFor(ranges, word)?.hash).toBe(`h${i}`);
    });
    expect(chunkFor(ranges, 'apri')?.hash).toBe('h1');
    expect(chunkFor(ranges, 'pas')?.hash).toBe('h2');
  });
});

describe('re-cutting a Pagefind bundle', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await pagefind.close();
  });

  const WORDS = ['akta', 'kelahiran', 'ktp', 'paspor', 'sim', 'skck', 'npwp', 'izin', 'usaha', 'bpjs', 'nikah', 'pindah'];
  async function sampleBundle(): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'mpp-chunks-'));
    dirs.push(dir);
    const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
    if (!index) throw new Error('pagefind');
    for (let i = 0; i < 80; i++) {
      const words = WORDS.filter((_, w) => (i + w) % 3 === 0).join(' ');
      await index.addHTMLFile({
        url: `/layanan/l${i}/`,
        content: `<html lang="id"><body><main data-pagefind-body><h1>Layanan ${words}</h1><p>Syarat nomor ${i} kode k${i}x ${words}</p></main></body></html>`,
      });
    }
    await index.writeFiles({ outputPath: dir });
    await index.deleteIndex();
    return dir;
  }

  const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  const pageList = (dir: string) => {
    const { languages } = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    return gunzipSync(readFileSync(path.join(dir, `pagefind.${languages.id.hash}.pf_meta`)));
  };
  const chunkWords = (dir: string, hash: string) =>
    readChunkWords(gunzipSync(readFileSync(path.join(dir, 'index', `${hash}.pf_index`)))) ?? [];
  const allWords = (dir: string) =>
    (readChunkRanges(pageList(dir))?.ranges ?? []).flatMap((range) =>
      chunkWords(dir, range.hash).map((w) => [w.word, Buffer.from(w.bytes).toString('hex')]),
    );

  it('keeps every word entry byte for byte, each in the chunk the search looks it up in, within the target size', async () => {
    const dir = await sampleBundle();
    const before = allWords(dir);
    const metaBefore = pageList(dir);
    expect(before.length).toBeGreaterThan(150);

    const counts = rechunkBundle(dir, 400);
    expect(counts?.before).toBe(1);
    expect(counts?.after).toBeGreaterThan(10);

    expect(allWords(dir)).toEqual(before);
    const meta = pageList(dir);
    const ranges = readChunkRanges(meta)?.ranges ?? [];
    expect(readdirSync(path.join(dir, 'index'))).toHaveLength(ranges.length);
    for (const range of ranges) {
      const words = chunkWords(dir, range.hash);
      const payload = words.reduce((sum, w) => sum + w.bytes.length, 0);
      if (words.length > 1) expect(payload).toBeLessThanOrEqual(400);
      for (const { word } of words) expect(chunkFor(ranges, word)?.hash).toBe(range.hash);
    }
    // Everything before the chunk list (version, pages) is as Pagefind wrote it.
    const listStart = (bytes: Uint8Array) => readChunkRanges(bytes)?.start ?? 0;
    expect(Buffer.from(meta.subarray(0, listStart(meta)))).toEqual(Buffer.from(metaBefore.subarray(0, listStart(metaBefore))));
  });

  it('leaves the bundle untouched when a chunk is missing or the files are not what it expects', async () => {
    const dir = await sampleBundle();
    rechunkBundle(dir, 400);
    const ranges = readChunkRanges(pageList(dir))?.ranges ?? [];
    unlinkSync(path.join(dir, 'index', `${ranges[3]?.hash}.pf_index`));
    const listing = files(dir);
    const meta = pageList(dir);
    expect(rechunkBundle(dir, 100)).toBeNull();
    expect(files(dir)).toEqual(listing);
    expect(Buffer.from(pageList(dir))).toEqual(Buffer.from(meta));

    const name = () => 'x';
    expect(rechunkIndex(new TextEncoder().encode('no page list'), () => null, name)).toBeNull();
    expect(readChunkWords(new TextEncoder().encode('pagefind_dcd garbage'))).toBeNull();
    // Words out of order (not how Pagefind writes them): refused rather than mis-filed.
    const chunk = encodeChunk(chunkWords(dir, ranges[0]?.hash ?? '').reverse());
    expect(rechunkIndex(meta, () => chunk, name)).toBeNull();
    // A chunk cut short: an error, not half an index.
    const whole = encodeChunk(chunkWords(dir, ranges[0]?.hash ?? ''));
    expect(readChunkWords(whole.subarray(0, whole.length - 2))).toBeNull();
    expect(readChunkWords(Uint8Array.from([...signature(), 0x81, 0x81, 0x01]))).toBeNull();
  });
});

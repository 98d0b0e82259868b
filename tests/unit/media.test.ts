// Uploads never run script on the site's origin: hostile SVG, a page renamed .png and an
// image/HTML polyglot are refused at the content check and never copied into the output.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import { publishableMedia } from '../../src/data/media.ts';
import { contentWith, errorsOf, registerContentCopies } from './content-fixture.ts';

registerContentCopies();

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const CLEAN_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Logo</title><rect width="10" height="10"/></svg>';
const HOSTILE = {
  script: '<svg xmlns="http://www.w3.org/2000/svg"><script>document.title="diretas"</script><rect width="10" height="10"/></svg>',
  handler: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
  entity: '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "&#60;script&#62;">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
  renamedHtml: '<!doctype html><html><body><script>alert(1)</script></body></html>',
  polyglot: Buffer.concat([PNG, Buffer.from('<html><script>alert(document.domain)</script></html>')]),
};

const withLogo = (name: string, bytes: string | Buffer) =>
  contentWith({ [`media/profil/${name}`]: bytes, 'profil.yaml': (t) => t.replace('logo: null', `logo: /media/profil/${name}`) });
const withCover = (bytes: string | Buffer) =>
  contentWith({
    'media/pengumuman/mpp-dibuka/sampul.png': bytes,
    'pengumuman/mpp-dibuka.mdoc': (t) =>
      t.replace('sampul: null', 'sampul: /media/pengumuman/mpp-dibuka/sampul.png').replace("sampulAlt: ''", 'sampulAlt: Gedung MPP'),
  });

describe('the content check refuses hostile uploads, naming file and field', () => {
  it('accepts a clean SVG logo and a real PNG cover', async () => {
    await expect(loadSite(withLogo('logo.svg', CLEAN_SVG))).resolves.toBeTruthy();
    await expect(loadSite(withCover(PNG))).resolves.toBeTruthy();
  });

  it('an SVG logo with <script>, an event handler or an entity', async () => {
    expect(await errorsOf(withLogo('logo.svg', HOSTILE.script))).toMatch(
      /profil\.yaml › logo: berkas \/media\/profil\/logo\.svg: SVG memuat unsur aktif \(<script>\)/,
    );
    expect(await errorsOf(withLogo('logo.svg', HOSTILE.handler))).toMatch(/profil\.yaml › logo: .*unsur aktif \(atribut onload\)/);
    expect(await errorsOf(withLogo('logo.svg', HOSTILE.entity))).toMatch(/profil\.yaml › logo: .*SVG memuat DOCTYPE, ENTITY/);
  });

  it('an HTML file renamed .png', async () => {
    expect(await errorsOf(withCover(HOSTILE.renamedHtml))).toMatch(
      /pengumuman\/mpp-dibuka\.mdoc › sampul: berkas \/media\/pengumuman\/mpp-dibuka\/sampul\.png: isi berkas bukan PNG/,
    );
  });

  it('a PNG/HTML polyglot', async () => {
    expect(await errorsOf(withCover(HOSTILE.polyglot))).toMatch(/sampul: .*berkas memuat kode HTML atau skrip tersembunyi/);
  });
});

describe('only known, clean media types are copied into the output', () => {
  it('leaves out pages, hostile SVG and polyglots found in the media folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mpp-media-'));
    try {
      mkdirSync(path.join(dir, 'profil'));
      writeFileSync(path.join(dir, 'profil', 'logo.svg'), CLEAN_SVG);
      writeFileSync(path.join(dir, 'profil', 'foto.png'), PNG);
      writeFileSync(path.join(dir, 'profil', 'lama.svg'), HOSTILE.script);
      writeFileSync(path.join(dir, 'profil', 'halaman.html'), HOSTILE.renamedHtml);
      writeFileSync(path.join(dir, 'profil', 'palsu.png'), HOSTILE.renamedHtml);
      writeFileSync(path.join(dir, 'profil', 'ganda.png'), HOSTILE.polyglot);
      const { files, skipped } = publishableMedia(dir);
      expect(files).toEqual([path.join('profil', 'foto.png'), path.join('profil', 'logo.svg')]);
      expect(skipped.map((s) => s.file).sort()).toEqual(
        ['ganda.png', 'halaman.html', 'lama.svg', 'palsu.png'].map((f) => path.join('profil', f)),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

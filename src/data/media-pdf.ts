// Whether an uploaded PDF can do anything by itself when a resident opens it. A PDF viewer
// runs or follows "actions": script, launching programs, sending form data, opening other
// files or addresses. Refusing every PDF with any action would refuse most office PDFs
// (clickable links are /URI actions, and many writers set /OpenAction to a zoom), so the
// check reads the PDF the way a viewer does instead, then refuses:
//   - action types that run or fetch something: JavaScript, Launch, SubmitForm, ImportData,
//     GoToR, GoToE, RichMedia, XFA forms and embedded files, wherever they appear;
//   - actions that run without a click: /AA (additional actions), and /OpenAction unless it
//     is a plain destination (an array such as [3 0 R /Fit]), so opening the file cannot
//     visit an address either.
// Reading it like a viewer means decoding escaped names (/J#61vaScript is /JavaScript) and
// inflating compressed streams (node:zlib), because objects can hide in compressed object
// streams. Anything that cannot be read that way (encryption, legacy filters, too much
// compressed data) is refused too, with a message asking for a plain re-save.
import { constants, inflateSync } from 'node:zlib';

// PDF delimiters and white space end a name; everything else continues it.
const NAME = /\/[^\s\0/[\]<>(){}%]*/g;
const decodeNames = (text: string) =>
  text.replace(NAME, (name) => name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))));

const END = '(?=[\\s\\0/\\[\\]<>(){}%]|$)';
const ACTIVE = new RegExp(`/(JavaScript|JS|Launch|SubmitForm|ImportData|GoToR|GoToE|RichMedia\\w*|XFA|EmbeddedFiles?)${END}`);
const AUTOMATIC = new RegExp(`/AA${END}`);
const OPEN_ACTION = /\/OpenAction((?:\s|%[^\r\n]*)*)([\s\S]{0,40})/g;
// Filters that only ever hold pixels; a viewer never reads objects out of them.
const IMAGE_FILTERS = new Set(['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'DCT', 'CCF']);
// Decompressed bytes read per file at most: far above real documents, far below memory limits.
const INFLATE_BUDGET = 256 * 1024 * 1024;

const UNREADABLE = 'PDF tidak dapat diperiksa';
const RESAVE = 'simpan ulang sebagai PDF biasa (misalnya lewat "Cetak ke PDF") lalu unggah';

/** Undo a PNG predictor (/Predictor 10-15) on inflated stream data. */
function unpredict(data: Buffer, columns: number, colors: number, bits: number): Buffer {
  const pixel = Math.max(1, Math.ceil((colors * bits) / 8));
  const row = Math.ceil((columns * colors * bits) / 8);
  const rows = Math.floor(data.length / (row + 1));
  const out = Buffer.alloc(rows * row);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (row + 1)] ?? 0;
    for (let i = 0; i < row; i++) {
      const raw = data[r * (row + 1) + 1 + i] ?? 0;
      const left = i >= pixel ? (out[r * row + i - pixel] ?? 0) : 0;
      const up = r > 0 ? (out[(r - 1) * row + i] ?? 0) : 0;
      const upLeft = r > 0 && i >= pixel ? (out[(r - 1) * row + i - pixel] ?? 0) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predicted = [0, left, up, (left + up) >> 1, paeth()][type] ?? 0;
      out[r * row + i] = (raw + predicted) & 0xff;
    }
  }
  return out;
}

const numberIn = (dict: string, key: string, fallback: number) => Number(new RegExp(`/${key}\\s+(\\d+)`).exec(dict)?.[1] ?? fallback);

/** The text of every stream a viewer could read objects from, decompressed; or why it cannot be read. */
function streamTexts(raw: Buffer, text: string): string[] | string {
  const texts: string[] = [];
  let budget = INFLATE_BUDGET;
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    if (text.slice(Math.max(0, match.index - 3), match.index) === 'end') continue;
    const start = match.index + match[0].length;
    const dict = decodeNames(text.slice(Math.max(text.lastIndexOf('obj', match.index), 0), match.index));
    // The next search starts after this stream's data: its declared length, else its "endstream".
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1];
    const end = length && start + Number(length) <= text.length ? start + Number(length) : text.indexOf('endstream', start);
    if (end < 0) break;
    streams.lastIndex = end;
    const filterMatch = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>]+)/.exec(dict)?.[1] ?? '';
    const filters = [...filterMatch.matchAll(/\/([^\s/[\]<>]+)/g)].map((m) => m[1] ?? '');
    if (filters.length === 0 || filters.every((f) => IMAGE_FILTERS.has(f))) continue;
    if (!filters.every((f) => f === 'FlateDecode' || f === 'Fl')) return `${UNREADABLE}: memakai pemadatan ${filters.join(', ')}`;
    let data: Buffer;
    try {
      // From the data's start to the file's end, like a viewer: zlib stops where the compressed
      // data ends, so a misleading length or an early "endstream" hides nothing.
      data = inflateSync(raw.subarray(start), { maxOutputLength: budget, finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      return `${UNREADABLE}: ada bagian terpadatkan yang rusak atau terlalu besar`;
    }
    budget -= data.length;
    const predictor = numberIn(dict, 'Predictor', 1);
    if (predictor >= 10)
      data = unpredict(data, numberIn(dict, 'Columns', 1), numberIn(dict, 'Colors', 1), numberIn(dict, 'BitsPerComponent', 8));
    else if (predictor !== 1) return `${UNREADABLE}: memakai prediktor TIFF`;
    texts.push(data.toString('latin1'));
  }
  return texts;
}

/** Whether the object `num gen` in `texts` is a plain destination array. */
function isDestination(texts: string[], num: string, gen: string): boolean {
  const object = new RegExp(`(?:^|[^\\d])${num}\\s+${gen}\\s+obj(?:\\s|%[^\\r\\n]*)*\\[`);
  return texts.some((t) => object.test(t));
}

/** Why a PDF must not be published (it can act by itself, or cannot be read to tell), or null. */
export function pdfProblem(bytes: Buffer): string | null {
  const raw = bytes.toString('latin1');
  const plain = decodeNames(raw);
  if (/\/Encrypt[\s/<\d]/.test(plain)) return `PDF terkunci atau terenkripsi; ${RESAVE} tanpa kata sandi`;
  const streams = streamTexts(bytes, raw);
  if (typeof streams === 'string') return `${streams}; ${RESAVE}`;
  const texts = [plain, ...streams.map(decodeNames)];
  for (const text of texts) {
    const active = ACTIVE.exec(text)?.[1];
    if (active)
      return `PDF memuat JavaScript atau perintah yang menjalankan program, mengirim data atau membuka berkas lain (/${active}); ${RESAVE}`;
    if (AUTOMATIC.test(text)) return `PDF memuat perintah yang berjalan sendiri saat dibuka (/AA); ${RESAVE}`;
    for (const open of text.matchAll(OPEN_ACTION)) {
      const after = open[2] ?? '';
      const ref = /^(\d+)\s+(\d+)\s+R/.exec(after);
      if (after.startsWith('[') || (ref && isDestination(texts, ref[1] ?? '', ref[2] ?? ''))) continue;
      return `PDF memuat perintah yang berjalan sendiri saat dibuka (/OpenAction); ${RESAVE}`;
    }
  }
  return null;
}

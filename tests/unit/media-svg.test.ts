// SVG exported by design tools starts with a comment (Inkscape, Illustrator: "Generator:
// ..."); such files are published. A comment that an XML parser (the browser opening the
// file) and an HTML parser (the sanitiser) would end in different places is still refused.
import { describe, expect, it } from 'vitest';
import { mediaFileProblem } from '../../src/data/media.ts';

const svg = (inner: string, before = '') =>
  Buffer.from(`${before}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}<rect width="10" height="10"/></svg>`);

describe('SVG comments', () => {
  it('accepts the comments design tools write, before and inside the drawing', () => {
    const illustrator =
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->\n';
    expect(mediaFileProblem(svg('', illustrator), 'svg')).toBeNull();
    expect(mediaFileProblem(svg('<!-- Created with Inkscape (http://www.inkscape.org/) --><g id="layer1"></g>'), 'svg')).toBeNull();
    expect(mediaFileProblem(svg('<!-- <g> lapisan lama </g> -->'), 'svg')).toBeNull();
  });

  it('V5.2.7 refuses comments the browser and the sanitiser would read differently', () => {
    for (const trick of [
      '<!--><script>alert(1)</script>-->',
      '<!-- a --!><script>alert(1)</script> -->',
      '<!-- a --->',
      '<!-- a -- b -->',
    ]) {
      expect(mediaFileProblem(svg(trick), 'svg'), trick).toMatch(/^SVG memuat/);
    }
  });

  it('V5.2.7 still refuses script next to a harmless comment', () => {
    expect(mediaFileProblem(svg('<!-- Generator: Inkscape --><script>alert(1)</script>'), 'svg')).toMatch(/unsur aktif \(<script>\)/);
  });
});

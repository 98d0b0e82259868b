// Small DOM builders for the search results.
import type { Segment } from '../core/highlight.ts';

/** Appends text segments, the marked ones inside <mark>. */
export function appendSegments(parent: HTMLElement, segments: Segment[]) {
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      parent.append(mark);
    } else parent.append(s.text);
  }
}

/** A new element with an optional class and text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

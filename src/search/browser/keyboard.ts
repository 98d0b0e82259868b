// Arrow keys move between the search box and the result links; Enter opens a link.

const resultLinks = (results: HTMLElement) => [...results.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];

/** Down from the box to the first result, up and down between results, Escape back to the box. */
export function wireResultKeys(input: HTMLInputElement, results: HTMLElement): void {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultLinks(results)[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLAnchorElement)) return;
    const links = resultLinks(results);
    const index = links.indexOf(target);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? links[index + 1] : (links[index - 1] ?? input);
      next?.focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });
}

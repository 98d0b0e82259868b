// Narrows /kemitraan/'s one list by agency kind and agreement state, and opens the entry a
// link points at (/kemitraan/#instansi-x) so residents land on its details.
for (const form of document.querySelectorAll<HTMLElement>('[data-partner-filter]')) {
  const list = form.parentElement?.querySelector<HTMLElement>('.partner-list');
  const count = form.querySelector<HTMLElement>('[data-partner-count]');
  if (!list) continue;
  const items = [...list.querySelectorAll<HTMLElement>('[data-instansi]')];
  const apply = () => {
    const kind = form.querySelector<HTMLSelectElement>('select[name="jenis"]')?.value ?? '';
    const state = form.querySelector<HTMLSelectElement>('select[name="status"]')?.value ?? '';
    let shown = 0;
    for (const item of items) {
      item.hidden = Boolean((kind && item.dataset.kind !== kind) || (state && item.dataset.state !== state));
      if (!item.hidden) shown++;
    }
    if (count) count.textContent = (count.dataset.template ?? '').replace('{n}', String(shown)).replace('{total}', String(items.length));
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  apply();
}

const openTarget = () => {
  const target = location.hash.startsWith('#instansi-') ? document.getElementById(location.hash.slice(1)) : null;
  const details = target?.querySelector('details');
  if (details) details.open = true;
};
openTarget();
window.addEventListener('hashchange', openTarget);

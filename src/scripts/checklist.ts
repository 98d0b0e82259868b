// Remembers which requirements a resident has ticked, per service, on this device.
const PREFIX = 'mpp-syarat:';

for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const key = PREFIX + list.dataset.checklist;
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  let saved: string[] = [];
  try {
    saved = JSON.parse(localStorage.getItem(key) ?? '[]');
  } catch {
    saved = [];
  }
  for (const box of boxes) box.checked = saved.includes(box.value);
  list.addEventListener('change', () => {
    const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    try {
      if (ticked.length) localStorage.setItem(key, JSON.stringify(ticked));
      else localStorage.removeItem(key);
    } catch {
      // Private mode or full storage: ticking still works for this visit.
    }
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

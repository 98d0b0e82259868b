// The room's only script, on the login and password pages (progressive enhancement: the
// forms work without it). "Tampilkan kata sandi" lets a person check what they typed
// (ASVS 2.1.12); on a new password, a strength meter while typing (ASVS 2.1.8). The meter
// only guides: the server judges every new password against its leaked-password list.
for (const input of document.querySelectorAll('input[type="password"]')) {
  const label = document.createElement('label');
  label.className = 'reveal';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.addEventListener('change', () => {
    input.type = box.checked ? 'text' : 'password';
  });
  label.append(box, ' Tampilkan kata sandi');
  input.after(label);

  if (input.autocomplete !== 'new-password') continue;
  const meter = document.createElement('p');
  meter.className = 'strength help';
  meter.id = `${input.id}-kekuatan`;
  meter.setAttribute('aria-live', 'polite');
  input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${meter.id}`.trim());
  label.after(meter);
  const judge = () => {
    const value = input.value;
    const words = value.split(/[\s\-_.,]+/).filter((w) => w.length >= 3).length;
    const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^\w\s]/].filter((r) => r.test(value)).length;
    // Length counts most; several unrelated words beat symbol tricks.
    const points = value.length + words * 3 + kinds * 2;
    const level = value.length < 12 ? 'Terlalu pendek (minimal 12 karakter)' : points < 24 ? 'Lemah' : points < 32 ? 'Sedang' : 'Kuat';
    meter.textContent = value ? `Kekuatan: ${level}` : '';
    meter.dataset.level = value.length < 12 ? '0' : points < 24 ? '1' : points < 32 ? '2' : '3';
  };
  input.addEventListener('input', judge);
}

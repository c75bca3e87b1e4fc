// Camunda Forms writes its own field errors in English only ("Field is required."), and reads
// "1,500,000" typed in a number field as no number. Officers read the errors in Thai with the
// English beside them, translated in place as they appear, and thousands separators are taken
// out of a number field before the form reads it.
const THAI = [
  [/^Field is required\.$/, () => 'ต้องกรอกช่องนี้'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => 'ต้องยาวอย่างน้อย ' + n + ' ตัวอักษร'],
  [/^Field must have maximum length of (\d+)\.$/, (n) => 'ยาวได้ไม่เกิน ' + n + ' ตัวอักษร'],
  [/^Field must have minimum value of (.+)\.$/, (n) => 'ต้องไม่น้อยกว่า ' + n],
  [/^Field must have maximum value of (.+)\.$/, (n) => 'ต้องไม่เกิน ' + n],
  [/^Field must be a valid email\.$/, () => 'อีเมลไม่ถูกต้อง'],
  [/^Field must match pattern .+\.$/, () => 'รูปแบบไม่ถูกต้อง'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'หมายเลขโทรศัพท์ไม่ถูกต้อง']
];

function translate(element) {
  const english = element.textContent.trim();
  if (!english || english.includes(' / ')) {
    return; // empty, or translated already
  }
  for (const [pattern, thai] of THAI) {
    const match = english.match(pattern);
    if (match) {
      element.textContent = thai(match[1]) + ' / ' + english;
      return;
    }
  }
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error > span').forEach(translate);
}).observe(document.documentElement, { childList: true, subtree: true });

// Capture phase: runs before the form's own listener on the field reads the value.
document.addEventListener('input', (event) => {
  const field = event.target;
  // A comma in a number is a thousands separator here (the decimal point is a point).
  if (field.matches && field.matches('.fjs-form-field-number input') && /^-?[\d,]*(\.\d*)?$/.test(field.value)
      && field.value.includes(',')) {
    field.value = field.value.replace(/,/g, '');
  }
}, true);

export default [];

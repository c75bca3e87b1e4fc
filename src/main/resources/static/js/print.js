// Print buttons of the Citizen's Manual (no inline script: the pages' CSP forbids it).
document.querySelectorAll('button.print').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});

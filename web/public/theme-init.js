// Apply the saved theme before first paint so a dark-mode user never sees a white flash.
// A separate file (not inline) so a strict Content-Security-Policy can forbid inline scripts.
try {
  const saved = localStorage.getItem('ratchet.theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch (_) {}

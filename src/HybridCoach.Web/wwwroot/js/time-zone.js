// Offers the browser's own IANA time zone in an empty time-zone field; the runner still saves it themselves.
document.querySelectorAll("input[data-browser-time-zone]").forEach(function (input) {
  if (input.value) return;
  try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { /* no Intl: leave it empty */ }
});

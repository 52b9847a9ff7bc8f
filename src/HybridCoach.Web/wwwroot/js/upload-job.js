// An upload's page while it imports: asks the API how far it is once a second, moves the bar and the count, and
// shows the page again (with the report) when it has finished.
(function () {
  "use strict";
  var job = document.querySelector("[data-upload-job]");
  if (!job || !window.fetch) return;
  var state = document.getElementById("upload-state");
  var bar = document.getElementById("upload-bar");
  var id = job.getAttribute("data-upload-job");

  function poll() {
    fetch("/api/uploads/" + encodeURIComponent(id), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
      .then(function (status) {
        if (status.state === "done" || status.state === "failed") { window.location.reload(); return; }
        bar.value = status.percent;
        bar.textContent = status.percent + " %";
        state.textContent = status.state === "queued" ? "Waiting its turn…"
          : "Importing: " + status.completed + " of " + (status.total === null ? "?" : status.total) + " files done.";
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();

// Upload page: files chosen or dropped are listed, each with its own progress bar while the request carries them
// (a multipart body sends the files one after another, so each bar fills from its share of the bytes sent). When the
// server answers it has queued the import, the browser goes to the upload's page. Without this script the form posts
// as it is.
(function () {
  "use strict";
  var form = document.querySelector("[data-upload-form]");
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector("[data-drop-zone]");
  var list = form.querySelector("[data-testid=upload-files]");
  var button = form.querySelector("button[type=submit]");

  function megabytes(bytes) { return (bytes / 1e6).toFixed(1) + " MB"; }

  function listFiles() {
    list.textContent = "";
    Array.prototype.forEach.call(input.files, function (file, index) {
      var item = document.createElement("li");
      var label = document.createElement("span");
      label.id = "upload-file-" + index;
      label.textContent = file.name + " (" + megabytes(file.size) + ")";
      var bar = document.createElement("progress");
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute("aria-labelledby", label.id);
      item.appendChild(label);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(bar);
      list.appendChild(item);
    });
  }

  function showProgress(sent) {
    var offset = 0;
    Array.prototype.forEach.call(input.files, function (file, index) {
      var share = file.size > 0 ? Math.min(Math.max((sent - offset) / file.size, 0), 1) : (sent >= offset ? 1 : 0);
      list.children[index].querySelector("progress").value = Math.round(share * 100);
      offset += file.size;
    });
  }

  function fail(message) {
    button.disabled = false;
    var summary = form.querySelector("[role=alert]");
    summary.textContent = message;
  }

  input.addEventListener("change", listFiles);
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("dragging"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove("dragging"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    if (!event.dataTransfer || event.dataTransfer.files.length === 0) return;
    input.files = event.dataTransfer.files;
    listFiles();
  });

  form.addEventListener("submit", function (event) {
    if (input.files.length === 0) return; // the server names the missing files
    event.preventDefault();
    button.disabled = true;
    var request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.pathname);
    request.upload.addEventListener("progress", function (e) { showProgress(e.loaded); });
    request.addEventListener("load", function () {
      if (request.status === 413) return fail("The upload is larger than the server accepts.");
      if (request.status >= 400) return fail("The upload failed (" + request.status + "). Try again.");
      showProgress(Infinity);
      if (new URL(request.responseURL).pathname !== window.location.pathname) return window.location.assign(request.responseURL);
      // Not taken (the server said why on the page it answered with): show that page.
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener("error", function () { fail("The connection was lost during the upload. Try again."); });
    request.send(new FormData(form));
  });
})();

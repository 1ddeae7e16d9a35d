// The web chat, better with JavaScript: forms post without a page reload, new messages are announced
// (the log is aria-live), and "Leave quickly" (or Shift pressed three times) leaves no page in history.
// Everything works without this file: plain forms, a full page per step.
(function () {
  "use strict";

  function leave() {
    document.body.textContent = "";
    window.location.replace("/leave");
  }

  var leaveLink = document.getElementById("leave");
  if (leaveLink) {
    leaveLink.addEventListener("click", function (event) {
      event.preventDefault();
      leave();
    });
  }
  var shifts = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) { return; }
    var now = Date.now();
    shifts = shifts.filter(function (t) { return now - t < 1500; });
    shifts.push(now);
    if (shifts.length >= 3) { leave(); }
  });

  var busy = false;
  var queued = null;  // a form sent while another is on its way: sent next, never lost

  function swap(html, url, fromLog) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var main = document.getElementById("main");
    var log = document.getElementById("log");
    var newLog = next.getElementById("log");
    // A new language changes the words and the direction of the whole page: that is a whole new page.
    var root = document.documentElement;
    var relang = next.documentElement.lang !== root.lang || next.documentElement.dir !== root.dir;
    if (!main || !log || !newLog || relang || new URL(url).pathname !== "/chat") {
      window.location.assign(url);
      return;
    }
    // The log stays the same element, so screen readers announce what is new in it; the box for words
    // stays too, with anything typed meanwhile.
    var entries = Array.prototype.slice.call(newLog.childNodes).map(function (n) { return document.importNode(n, true); });
    log.replaceChildren.apply(log, entries);
    // The question the page is at now ("q"): words typed next answer it.
    ["shown", "csrf", "q"].forEach(function (name) {
      var fresh = next.querySelector("input[name=" + name + "]");
      if (!fresh) { return; }
      document.querySelectorAll("input[name=" + name + "]").forEach(function (input) { input.value = fresh.value; });
    });
    var media = document.getElementById("media");
    var newMedia = next.getElementById("media");
    if (media && newMedia) {
      media.replaceWith(document.importNode(newMedia, true));
      offerRecording();
    }
    var oldNote = main.querySelector("p.error");
    if (oldNote) { oldNote.remove(); }
    var note = next.querySelector("#main p.error");
    if (note) { main.insertBefore(document.importNode(note, true), log); }
    if (fromLog) {
      var last = log.querySelector("form.buttons:last-of-type button");
      (last || document.getElementById("words")).focus();
    }
  }

  function send(form, submitter) {
    if (busy) {
      queued = [form, submitter];
      return;
    }
    busy = true;
    var data = new FormData(form, submitter || undefined);
    var box = form.querySelector("textarea");
    var sent = box ? box.value : null;
    var fromLog = form.closest("#log") !== null;
    fetch("/chat", { method: "POST", body: new URLSearchParams(data), credentials: "same-origin" })
      .then(function (response) {
        return response.text().then(function (html) {
          if (box && box.value === sent) { box.value = ""; }
          swap(html, response.url, fromLog);
        });
      })
      .catch(function () { window.location.reload(); })
      .finally(function () {
        busy = false;
        if (queued) {
          var again = queued;
          queued = null;
          send(again[0], again[1]);
        }
      });
  }

  // A voice note, recorded by the browser (the form's file picker takes pictures without this file): the
  // "record" button shows only where the browser can record; it stops by itself at the longest allowed.
  var recording = null;

  function offerRecording() {
    var button = document.getElementById("record");
    if (button && window.MediaRecorder && navigator.mediaDevices) { button.hidden = false; }
  }

  function upload(form, blob, seconds) {
    var data = new FormData();
    data.append("csrf", form.querySelector("input[name=csrf]").value);
    data.append("shown", form.querySelector("input[name=shown]").value);
    data.append("q", form.querySelector("input[name=q]").value);
    data.append("seconds", String(seconds));
    data.append("file", blob, blob.type.indexOf("ogg") >= 0 ? "voice.ogg" : "voice.webm");
    fetch("/chat/file", { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) { return response.text().then(function (html) { swap(html, response.url, false); }); })
      .catch(function () { window.location.reload(); });
  }

  function stopRecording() {
    if (recording && recording.recorder.state !== "inactive") { recording.recorder.stop(); }
  }

  document.addEventListener("click", function (event) {
    var button = event.target;
    if (!(button instanceof HTMLButtonElement) || button.id !== "record") { return; }
    if (recording) {
      stopRecording();
      return;
    }
    var form = button.closest("form");
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      var recorder = new MediaRecorder(stream);
      var chunks = [];
      var started = Date.now();
      var label = button.textContent;
      recording = { recorder: recorder, timer: window.setTimeout(stopRecording, Number(button.dataset.max) * 1000) };
      recorder.addEventListener("dataavailable", function (e) { chunks.push(e.data); });
      recorder.addEventListener("stop", function () {
        window.clearTimeout(recording.timer);
        recording = null;
        stream.getTracks().forEach(function (track) { track.stop(); });
        button.textContent = label;
        var seconds = Math.min(Math.round((Date.now() - started) / 1000), Number(button.dataset.max));
        upload(form, new Blob(chunks, { type: recorder.mimeType || "audio/webm" }), seconds);
      });
      recorder.start();
      button.textContent = button.dataset.stop;
    }).catch(function () { button.hidden = true; });
  });
  offerRecording();

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.getAttribute("action") !== "/chat") { return; }
    event.preventDefault();
    send(form, event.submitter);
  });
}());

// The inbox announces a new acute aanmelding while it is open: the server pushes the references
// of the open acute aanmeldingen (server-sent events); one the page did not know is announced.
(function () {
  "use strict";
  var box = document.getElementById("inbox-announce");
  if (!box || !window.EventSource) return;
  var known = null;
  var source = new EventSource(box.getAttribute("data-events"));
  source.addEventListener("acute", function (event) {
    var references = JSON.parse(event.data);
    if (known === null) {
      known = references;
      return;
    }
    var fresh = references.filter(function (reference) { return known.indexOf(reference) < 0; });
    known = references;
    if (!fresh.length) return;
    box.textContent = "";
    var text = document.createElement("p");
    text.className = "announce-acute";
    text.textContent = "Nieuwe acute aanmelding: " + fresh.join(", ") + ". ";
    var link = document.createElement("a");
    link.href = window.location.href;
    link.textContent = "Ververs de lijst";
    text.appendChild(link);
    box.appendChild(text);
  });
})();

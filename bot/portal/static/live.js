// Live chat in the portal: the queue and a chat, kept up to date by server-sent events.
// The server pushes changes; the browser never polls. Text from the server is set as text,
// never as HTML.
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function waited(since) {
    var seconds = Math.max(0, Math.round((Date.now() - Date.parse(since)) / 1000));
    if (seconds < 60) return seconds === 1 ? "1 seconde" : seconds + " seconden";
    var minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? "1 minuut" : minutes + " minuten";
  }

  function tickWaiting() {
    document.querySelectorAll(".live-waiting[data-since]").forEach(function (node) {
      node.textContent = waited(node.getAttribute("data-since"));
    });
  }

  function queueItem(item, takeTemplate) {
    var li = el("li", "live-item urgency-row-" + item.urgency);
    li.setAttribute("data-id", item.id);
    li.appendChild(el("h3", "", item.name + (item.gemeente ? ", " + item.gemeente : "")));
    var line = el("p");
    line.appendChild(el("span", "urgency urgency-" + item.urgency, "Urgentie: " + item.urgency_label));
    line.appendChild(document.createTextNode(" · via " + item.channel + " · "));
    if (item.status === "waiting") {
      line.appendChild(document.createTextNode("wacht "));
      var since = el("span", "live-waiting", waited(item.requested_at));
      since.setAttribute("data-since", item.requested_at);
      line.appendChild(since);
    } else {
      line.appendChild(document.createTextNode("in gesprek met " + item.taken_by));
    }
    li.appendChild(line);
    var dl = el("dl", "live-summary");
    [["Situatie", item.situation], ["Belasting", item.burden], ["Hulpvraag", item.needs]].forEach(function (pair) {
      dl.appendChild(el("dt", "", pair[0]));
      dl.appendChild(el("dd", "", pair[1]));
    });
    li.appendChild(dl);
    if (item.status === "waiting" && takeTemplate) {
      var form = takeTemplate.content.firstElementChild.cloneNode(true);
      form.setAttribute("action", window.location.pathname.replace(/\/$/, "") + "/" + item.id + "/nemen");
      li.appendChild(form);
    }
    return li;
  }

  function watchQueue(box) {
    var takeTemplate = document.getElementById("live-take-form");
    var source = new EventSource(box.getAttribute("data-events"));
    source.addEventListener("queue", function (event) {
      var items = JSON.parse(event.data);
      box.textContent = "";
      if (!items.length) {
        box.appendChild(el("p", "empty", "Er wacht nu niemand."));
        return;
      }
      var list = el("ul", "live-queue");
      items.forEach(function (item) { list.appendChild(queueItem(item, takeTemplate)); });
      box.appendChild(list);
    });
  }

  // A message the caregiver never got says so in words, not only by its border.
  function markFailed(li, text) {
    if (li.querySelector(".live-undelivered")) return;
    li.classList.add("live-failed");
    li.appendChild(el("strong", "live-undelivered", text));
  }

  function watchChat(list) {
    var last = parseInt(list.getAttribute("data-last") || "0", 10);
    var undelivered = list.getAttribute("data-undelivered") || "Niet afgeleverd";
    var status = document.getElementById("live-status");
    var source = new EventSource(list.getAttribute("data-events") + "?na=" + last);
    source.addEventListener("message", function (event) {
      var m = JSON.parse(event.data);
      if (m.id <= last) return;
      last = m.id;
      var li = el("li", "live-message live-" + m.author + (m.crisis ? " live-crisis" : ""));
      var who = el("span", "live-who", m.who);
      if (m.crisis) {
        who.appendChild(document.createTextNode(" – "));
        who.appendChild(el("strong", "", "LET OP: mogelijk crisis"));
        who.appendChild(document.createTextNode(". De assistent heeft de hulplijnen gestuurd."));
      }
      li.appendChild(who);
      li.appendChild(el("span", "live-text", m.text));
      li.setAttribute("data-id", String(m.id));
      if (m.failed) markFailed(li, undelivered);
      list.appendChild(li);
    });
    source.addEventListener("failed", function (event) {
      JSON.parse(event.data).forEach(function (id) {
        var li = list.querySelector('li[data-id="' + Number(id) + '"]');
        if (li) markFailed(li, undelivered);
      });
    });
    source.addEventListener("status", function (event) {
      var value = JSON.parse(event.data);
      if ((value === "ended" || value === "expired") && status) {
        status.textContent = "Deze chat is afgelopen.";
        document.querySelectorAll(".live-send, .live-actions").forEach(function (node) { node.remove(); });
        source.close();
      }
    });
  }

  var queue = document.getElementById("live-queue");
  if (queue) watchQueue(queue);
  var messages = document.getElementById("live-messages");
  if (messages) watchChat(messages);
  tickWaiting();
  window.setInterval(tickWaiting, 15000);
})();

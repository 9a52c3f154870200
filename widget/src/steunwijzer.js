/*
 * Steunwijzer chat widget: the source of bot/web/static/widget/steunwijzer.js.
 *
 * widget/build.mjs wraps this file together with socket.io-client and calls
 * startSteunwijzer(io, cssVersion). Embed with one tag:
 *
 *   <script src="https://.../static/widget/steunwijzer.js" defer
 *           data-assistant-url="https://chat.example.nl" data-gemeente="Gemeente Voorbeeld"
 *           data-title="Steunwijzer" data-color="#0b5394"></script>
 *
 * Safety rule: text from the user or the bot never goes through an HTML parser. It is put in the
 * page with text nodes and elements made with DOM APIs; links are only http(s).
 */

function startSteunwijzer(io, cssVersion) {
  "use strict";

  const STORAGE_KEY = "steunwijzer.v1";
  const MAX_STORED_MESSAGES = 200;
  const MAX_QUICK_REPLIES = 10;
  const MAX_MESSAGE_LENGTH = 1000;
  const TYPING_TIMEOUT_MS = 30000;
  const STATUS_CLEAR_MS = 6000;
  const MANUAL_RETRY_MS = 10000;
  const REQUEST_HUMAN_PAYLOAD = "/request_human";
  const DEFAULT_COLOR = "#0b5394";
  // The light backgrounds the accent colour is used on (white, and --sw-bot-bg in the CSS).
  const LIGHT_BACKGROUNDS = ["#ffffff", "#eef1f4"];
  const MIN_CONTRAST = 4.5;

  const TEXT = {
    launcher: "Chat met ons",
    subtitle: (gemeente) => (gemeente ? `Chat van ${gemeente}` : "Chat voor mantelzorgers"),
    close: "Sluiten",
    closeLabel: "Chat sluiten",
    requestHuman: "Ik wil iemand spreken",
    newConversation: "Nieuw gesprek",
    clearConversation: "Gesprek wissen",
    toolbarLabel: "Opties voor het gesprek",
    log: "Gesprek",
    empty: "Typ hieronder uw vraag. Of kies: Ik wil iemand spreken.",
    you: "U: ",
    inputLabel: "Uw bericht",
    send: "Verstuur",
    typing: (title) => `${title} schrijft een antwoord`,
    quickReplies: "Kies een antwoord",
    newTab: " (opent in een nieuw tabblad)",
    noticeTitle: "Goed om te weten",
    noticeText:
      "U chat met een computer, niet met een mens. Noem geen namen of medische details als dat niet nodig is. Het gesprek wordt bewaard.",
    noticeLinkBefore: "Lees meer in de ",
    noticeLink: "privacyverklaring",
    noticeOk: "Begrepen",
    privacyLink: "Privacy",
    offline: "De verbinding is even weg. We proberen het opnieuw. Uw gesprek blijft staan.",
    notSent: "Er is nu geen verbinding. Uw bericht is nog niet verstuurd. Probeer het zo nog eens.",
    connecting: "Even geduld. De chat maakt verbinding.",
    online: "De verbinding is er weer.",
    startedNew: "U bent een nieuw gesprek begonnen.",
    cleared: "Het gesprek is gewist uit deze browser.",
  };

  const script = document.currentScript || document.querySelector("script[data-assistant-url]");
  if (!script) {
    return;
  }
  const config = readConfig(script);
  if (!config) {
    return;
  }

  // ---- colours -------------------------------------------------------------------------------

  function parseHexColor(value) {
    const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value || "").trim());
    if (!match) {
      return null;
    }
    const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  }

  function relativeLuminance(rgb) {
    const linear = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  function contrastRatio(first, second) {
    const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  }

  // The accent is white text's background and the text colour of links and buttons on light
  // backgrounds, so it must reach 4.5:1 against all of them or we use our own.
  function safeAccentColor(value) {
    const rgb = parseHexColor(value);
    const readable =
      rgb && LIGHT_BACKGROUNDS.every((bg) => contrastRatio(rgb, parseHexColor(bg)) >= MIN_CONTRAST);
    if (!readable) {
      return DEFAULT_COLOR;
    }
    return "#" + rgb.map((c) => c.toString(16).padStart(2, "0")).join("");
  }

  // ---- configuration -------------------------------------------------------------------------

  function httpUrl(value, base) {
    try {
      const url = new URL(value, base);
      return url.protocol === "http:" || url.protocol === "https:" ? url : null;
    } catch (error) {
      return null;
    }
  }

  function readConfig(element) {
    const data = element.dataset;
    const assistantUrl = httpUrl(data.assistantUrl || "");
    if (!assistantUrl) {
      // A configuration mistake of the site, not of the visitor; nothing to show them.
      console.error("Steunwijzer: data-assistant-url is missing or not an http(s) address.");
      return null;
    }
    const scriptUrl = httpUrl(element.src, document.baseURI);
    return {
      assistantUrl: assistantUrl.origin,
      socketPath: (assistantUrl.pathname.replace(/\/+$/, "") || "") + "/socket.io",
      gemeente: (data.gemeente || "").trim().slice(0, 80),
      title: (data.title || "Steunwijzer").trim().slice(0, 60) || "Steunwijzer",
      color: safeAccentColor(data.color),
      privacyUrl: (httpUrl(data.privacyUrl || "/privacy", scriptUrl || document.baseURI) || {}).href,
      // "page": the chat fills its own page, always open (the iframe embed, /chat).
      embedded: data.embedded === "page",
      cssUrl: scriptUrl ? new URL(`steunwijzer.css?v=${cssVersion}`, scriptUrl).href : null,
    };
  }

  // ---- conversation state in sessionStorage, which ends with the tab (shared computers) -----

  function newSessionId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID().replace(/-/g, "");
    }
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function freshState(noticeSeen) {
    return { sessionId: newSessionId(), messages: [], noticeSeen: Boolean(noticeSeen), open: false };
  }

  function cleanQuickReplies(replies) {
    if (!Array.isArray(replies)) {
      return [];
    }
    return replies
      .filter((r) => r && typeof r.title === "string" && typeof r.payload === "string")
      .slice(0, MAX_QUICK_REPLIES)
      .map((r) => ({ title: r.title, payload: r.payload }));
  }

  function cleanMessage(message) {
    if (!message || (message.from !== "user" && message.from !== "bot")) {
      return null;
    }
    if (typeof message.text !== "string") {
      return null;
    }
    return { from: message.from, text: message.text, quickReplies: cleanQuickReplies(message.quickReplies) };
  }

  function loadState() {
    try {
      const stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "null");
      if (stored && typeof stored.sessionId === "string" && /^[0-9a-f]{32}$/.test(stored.sessionId)) {
        return {
          sessionId: stored.sessionId,
          messages: (Array.isArray(stored.messages) ? stored.messages : []).map(cleanMessage).filter(Boolean),
          noticeSeen: Boolean(stored.noticeSeen),
          open: Boolean(stored.open),
        };
      }
    } catch (error) {
      // Storage blocked or damaged: start clean, the chat still works for this page view.
    }
    return freshState(false);
  }

  function saveState() {
    try {
      state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (error) {
      // Storage full or blocked: the conversation simply does not survive a reload.
    }
  }

  function wipeStorage() {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (error) {
      // Nothing stored, nothing to wipe.
    }
  }

  let state = loadState();

  // ---- DOM helpers ----------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function button(className, text) {
    const node = el("button", className, text);
    node.type = "button";
    return node;
  }

  function makeLink(href, label) {
    const link = el("a", "sw-link", label);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.appendChild(el("span", "sw-sr", TEXT.newTab));
    return link;
  }

  // [label](https://...) or a bare https://... address.
  const LINK_PATTERN = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"]+)/gi;
  const TRAILING_PUNCTUATION = /[.,;:!?)\]'"]+$/;

  function appendLine(parent, line) {
    let consumed = 0;
    for (const match of line.matchAll(LINK_PATTERN)) {
      const [whole, label, markdownUrl, bareUrl] = match;
      let url = markdownUrl || bareUrl;
      let end = match.index + whole.length;
      if (bareUrl) {
        url = bareUrl.replace(TRAILING_PUNCTUATION, "");
        end -= bareUrl.length - url.length;
      }
      const href = httpUrl(url);
      if (!href || !url) {
        continue; // stays plain text
      }
      parent.append(line.slice(consumed, match.index));
      parent.appendChild(makeLink(href.href, label || url));
      consumed = end;
    }
    parent.append(line.slice(consumed));
  }

  function appendText(parent, text) {
    text.split("\n").forEach((line, index) => {
      if (index > 0) {
        parent.appendChild(document.createElement("br"));
      }
      appendLine(parent, line);
    });
  }

  // ---- building the widget --------------------------------------------------------------------

  const host = el("div");
  host.id = "steunwijzer-widget";
  host.lang = "nl";
  const shadow = host.attachShadow({ mode: "open" });

  const root = el("div", config.embedded ? "sw sw--embedded" : "sw");
  root.lang = "nl";
  root.style.setProperty("--sw-accent", config.color);
  if (config.cssUrl) {
    // Unstyled controls would flash on the page until the stylesheet is in.
    root.hidden = true;
    const stylesheet = el("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = config.cssUrl;
    stylesheet.addEventListener("load", () => (root.hidden = false));
    stylesheet.addEventListener("error", () => (root.hidden = false));
    shadow.appendChild(stylesheet);
  }

  const launcher = button("sw-launcher");
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "sw-panel");
  launcher.appendChild(el("span", "sw-launcher-icon")).setAttribute("aria-hidden", "true");
  launcher.appendChild(el("span", "", `${TEXT.launcher}: ${config.title}`));

  const panel = el("section", "sw-panel");
  panel.id = "sw-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", "sw-title");
  panel.dataset.connection = "idle";

  const header = el("div", "sw-header");
  const headings = el("div", "sw-headings");
  const title = el("h2", "sw-title", config.title);
  title.id = "sw-title";
  headings.append(title, el("p", "sw-subtitle", TEXT.subtitle(config.gemeente)));
  const closeButton = button("sw-close", TEXT.close);
  closeButton.setAttribute("aria-label", TEXT.closeLabel);
  header.append(headings);
  if (config.embedded) {
    // The whole page is the chat: nothing to close, and not a dialog over other content.
    panel.removeAttribute("role");
  } else {
    header.append(closeButton);
  }

  const toolbar = el("div", "sw-toolbar");
  toolbar.setAttribute("role", "group");
  toolbar.setAttribute("aria-label", TEXT.toolbarLabel);
  const humanButton = button("sw-human", TEXT.requestHuman);
  const newButton = button("sw-tool", TEXT.newConversation);
  const clearButton = button("sw-tool", TEXT.clearConversation);
  toolbar.append(humanButton, newButton, clearButton);

  const notice = el("div", "sw-notice");
  const noticeText = el("p", "sw-notice-text");
  noticeText.id = "sw-notice-text";
  noticeText.append(el("strong", "", TEXT.noticeTitle + ". "), TEXT.noticeText + " " + TEXT.noticeLinkBefore);
  if (config.privacyUrl) {
    noticeText.appendChild(makeLink(config.privacyUrl, TEXT.noticeLink));
  } else {
    noticeText.append(TEXT.noticeLink);
  }
  noticeText.append(".");
  const noticeButton = button("sw-notice-ok", TEXT.noticeOk);
  notice.append(noticeText, noticeButton);

  const log = el("div", "sw-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-relevant", "additions");
  log.setAttribute("aria-label", TEXT.log);
  // Keyboard users must be able to scroll the conversation.
  log.tabIndex = 0;

  const typing = el("div", "sw-typing");
  typing.hidden = true;
  const dots = el("span", "sw-dots");
  dots.setAttribute("aria-hidden", "true");
  dots.append(el("span"), el("span"), el("span"));
  typing.append(dots, el("span", "", TEXT.typing(config.title)));

  const status = el("p", "sw-status");
  status.setAttribute("role", "status");

  const form = el("form", "sw-form");
  const inputId = "sw-input";
  const label = el("label", "sw-label", TEXT.inputLabel);
  label.htmlFor = inputId;
  const input = el("input", "sw-input");
  input.id = inputId;
  input.type = "text";
  input.autocomplete = "off";
  input.maxLength = MAX_MESSAGE_LENGTH;
  input.enterKeyHint = "send";
  const sendButton = el("button", "sw-send", TEXT.send);
  sendButton.type = "submit";
  const row = el("div", "sw-row");
  row.append(input, sendButton);
  form.append(label, row);

  const footer = el("p", "sw-footer");
  if (config.privacyUrl) {
    footer.appendChild(makeLink(config.privacyUrl, TEXT.privacyLink));
  }

  panel.append(header, toolbar, notice, log, typing, status, form, footer);
  root.append(launcher, panel);
  shadow.appendChild(root);

  // ---- rendering ------------------------------------------------------------------------------

  function renderMessage(message) {
    const item = el("div", `sw-msg sw-msg--${message.from}`);
    const bubble = el("p", "sw-bubble");
    bubble.appendChild(el("span", "sw-sr", message.from === "user" ? TEXT.you : `${config.title}: `));
    appendText(bubble, message.text);
    item.appendChild(bubble);
    return item;
  }

  function renderQuickReplies(replies) {
    const group = el("div", "sw-replies");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", TEXT.quickReplies);
    for (const reply of replies) {
      const choice = button("sw-reply", reply.title);
      choice.addEventListener("click", () => {
        if (sendMessage(reply.payload, reply.title)) {
          input.focus();
        }
      });
      group.appendChild(choice);
    }
    return group;
  }

  function removeQuickReplies() {
    const focusWasInside = shadow.activeElement && shadow.activeElement.closest(".sw-replies");
    log.querySelectorAll(".sw-replies").forEach((group) => group.remove());
    if (focusWasInside) {
      input.focus();
    }
  }

  function renderEmpty() {
    if (state.messages.length === 0 && !log.querySelector(".sw-empty")) {
      log.appendChild(el("p", "sw-empty", TEXT.empty));
    }
  }

  function renderLog() {
    log.replaceChildren();
    state.messages.forEach((message) => log.appendChild(renderMessage(message)));
    const last = state.messages[state.messages.length - 1];
    if (last && last.from === "bot" && last.quickReplies.length) {
      log.lastElementChild.appendChild(renderQuickReplies(last.quickReplies));
    }
    renderEmpty();
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  // A long answer is read from its start, not from its last line.
  function scrollToShow(item) {
    if (item.offsetHeight > log.clientHeight) {
      log.scrollTop = item.offsetTop - 8;
    } else {
      scrollToEnd();
    }
  }

  function addMessage(message) {
    removeQuickReplies();
    const empty = log.querySelector(".sw-empty");
    if (empty) {
      empty.remove();
    }
    state.messages.push(message);
    saveState();
    const item = renderMessage(message);
    if (message.from === "bot" && message.quickReplies.length) {
      item.appendChild(renderQuickReplies(message.quickReplies));
    }
    log.appendChild(item);
    scrollToShow(item);
  }

  function renderNotice() {
    notice.hidden = state.noticeSeen;
    if (state.noticeSeen) {
      input.removeAttribute("aria-describedby");
    } else {
      input.setAttribute("aria-describedby", noticeText.id);
    }
  }

  let statusTimer = null;
  function showStatus(text, { transient = false } = {}) {
    clearTimeout(statusTimer);
    status.textContent = text;
    if (transient) {
      statusTimer = setTimeout(() => (status.textContent = ""), STATUS_CLEAR_MS);
    }
  }

  let typingTimer = null;
  function showTyping() {
    typing.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    clearTimeout(typingTimer);
    typing.hidden = true;
  }

  // ---- connection (Rasa socket.io channel) ---------------------------------------------------

  let socket = null;
  let ready = false;
  let wasOffline = false;

  function setConnection(value) {
    panel.dataset.connection = value;
  }

  function goOffline() {
    ready = false;
    wasOffline = true;
    setConnection("offline");
    hideTyping();
    showStatus(TEXT.offline);
  }

  function connect() {
    if (socket) {
      return;
    }
    setConnection("connecting");
    socket = io(config.assistantUrl, {
      path: config.socketPath,
      // WebSocket first: it needs no sticky sessions when Rasa runs with several replicas.
      transports: ["websocket", "polling"],
      tryAllTransports: true,
      reconnection: true,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 30000,
      randomizationFactor: 0.5,
    });
    socket.on("connect", () => {
      socket.emit("session_request", { session_id: state.sessionId });
    });
    socket.on("session_confirm", (sessionId) => {
      // The server may hand out another id (when ours does not look random enough); follow it.
      if (typeof sessionId === "string" && /^[0-9a-f]{32}$/.test(sessionId) && sessionId !== state.sessionId) {
        state.sessionId = sessionId;
        saveState();
      }
      ready = true;
      setConnection("online");
      if (wasOffline) {
        wasOffline = false;
        showStatus(TEXT.online, { transient: true });
      } else if (status.textContent === TEXT.connecting) {
        showStatus("");
      }
    });
    socket.on("bot_uttered", receiveBotMessage);
    // A consultant of the steunpunt answers this message (live chat): the assistant says
    // nothing, so the typing dots go away until the consultant's message arrives.
    socket.on("steunwijzer_quiet", hideTyping);
    socket.on("disconnect", (reason) => {
      if (reason === "io client disconnect") {
        return; // we did it ourselves, for a new conversation
      }
      goOffline();
      // After a disconnect by the server, socket.io leaves reconnecting to us.
      if (reason === "io server disconnect") {
        setTimeout(() => socket.connect(), MANUAL_RETRY_MS);
      }
    });
    socket.on("connect_error", () => {
      goOffline();
      // The manager retries with backoff by itself, except when the server refused us.
      if (!socket.active) {
        setTimeout(() => socket.connect(), MANUAL_RETRY_MS);
      }
    });
  }

  function reconnectWithNewSession() {
    if (!socket) {
      return;
    }
    // A fresh socket joins only the new session's room, so late replies of the old one stay away.
    ready = false;
    socket.disconnect();
    setConnection("connecting");
    socket.connect();
  }

  function receiveBotMessage(data) {
    if (!data || typeof data !== "object") {
      return;
    }
    const text = typeof data.text === "string" ? data.text : "";
    const quickReplies = cleanQuickReplies(data.quick_replies || data.buttons);
    if (!text && quickReplies.length === 0) {
      return;
    }
    hideTyping();
    addMessage({ from: "bot", text, quickReplies });
  }

  function sendMessage(payload, shownText) {
    if (!ready) {
      showStatus(socket && !wasOffline ? TEXT.connecting : TEXT.notSent);
      return false;
    }
    socket.emit("user_uttered", { message: payload, session_id: state.sessionId });
    if (!state.noticeSeen) {
      state.noticeSeen = true;
      renderNotice();
    }
    addMessage({ from: "user", text: shownText, quickReplies: [] });
    showTyping();
    return true;
  }

  // ---- behaviour ------------------------------------------------------------------------------

  function openPanel({ focus = true } = {}) {
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    state.open = true;
    saveState();
    connect();
    scrollToEnd();
    if (focus) {
      input.focus();
    }
  }

  function closePanel() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    state.open = false;
    saveState();
    launcher.focus();
  }

  function startOver({ wipe }) {
    if (wipe) {
      wipeStorage();
    }
    state = freshState(wipe ? false : state.noticeSeen);
    state.open = true;
    saveState();
    hideTyping();
    renderLog();
    renderNotice();
    input.value = "";
    reconnectWithNewSession();
    showStatus(wipe ? TEXT.cleared : TEXT.startedNew, { transient: true });
    input.focus();
  }

  launcher.addEventListener("click", () => openPanel());
  closeButton.addEventListener("click", closePanel);
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !config.embedded) {
      event.preventDefault();
      closePanel();
    }
  });
  noticeButton.addEventListener("click", () => {
    state.noticeSeen = true;
    saveState();
    renderNotice();
    input.focus();
  });
  humanButton.addEventListener("click", () => {
    if (sendMessage(REQUEST_HUMAN_PAYLOAD, TEXT.requestHuman)) {
      input.focus();
    }
  });
  newButton.addEventListener("click", () => startOver({ wipe: false }));
  clearButton.addEventListener("click", () => startOver({ wipe: true }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text && sendMessage(text, text)) {
      input.value = "";
    }
    input.focus();
  });

  renderLog();
  renderNotice();
  saveState();
  document.body.appendChild(host);
  if (config.embedded) {
    launcher.hidden = true;
    openPanel({ focus: false });
  } else if (state.open) {
    // A reload continues where the visitor was, without pulling focus away from the page.
    openPanel({ focus: false });
  } else if (state.messages.length) {
    connect();
  }
}

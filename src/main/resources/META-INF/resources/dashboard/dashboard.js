// careroute dashboard: reads /api/v1/metrics/stream (server-sent events over fetch, so the bearer
// token travels in a header) and draws each summary as accessible SVG. No libraries, no CDN.
(function () {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";
  const PRIORITY_COLOURS = { P1: "var(--p1)", P2: "var(--p2)", P3: "var(--p3)", P4: "var(--p4)" };
  const CATEGORY_COLOURS = ["#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#e65100", "#00838f",
    "#ad1457", "#5d4037", "#827717", "#37474f", "#283593", "#4e342e"];
  const SENTIMENT_COLOURS = { NEGATIVE: "#c62828", NEUTRAL: "#90a4ae", POSITIVE: "#2e7d32" };
  const categoryColours = new Map();
  let controller = null;
  let retryDelay = 1000;

  const $ = (id) => document.getElementById(id);

  function el(name, attributes, parent) {
    const node = document.createElementNS(SVG, name);
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, content, attributes) {
    const node = el("text", Object.assign({ x, y }, attributes || {}), parent);
    node.textContent = content;
    return node;
  }

  /** A focusable chart element that names its figures to screen readers and on focus. */
  function focusable(parent, label) {
    const group = el("g", { tabindex: "0", role: "img", "aria-label": label }, parent);
    el("title", {}, group).textContent = label;
    return group;
  }

  function chart(container, width, height, label) {
    container.replaceChildren();
    return el("svg", { viewBox: `0 0 ${width} ${height}`, role: "group", "aria-label": label }, container);
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return "–";
    if (seconds < 90) return `${Math.round(seconds)} s`;
    if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
    if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`;
    return `${(seconds / 86400).toFixed(1)} d`;
  }

  function percent(compliance) {
    return compliance.ratio === null ? "–" : `${Math.round(compliance.ratio * 100)} %`;
  }

  function colourOf(category) {
    if (!categoryColours.has(category)) {
      categoryColours.set(category, CATEGORY_COLOURS[categoryColours.size % CATEGORY_COLOURS.length]);
    }
    return categoryColours.get(category);
  }

  function renderCards(s) {
    const open = s.backlog.reduce((n, b) => n + b.open, 0);
    const unassigned = s.backlog.reduce((n, b) => n + b.unassigned, 0);
    $("volume-total").textContent = s.volume.total.toLocaleString("en-GB");
    $("volume-spam").textContent = `${s.volume.spam} spam set aside`;
    $("backlog-open").textContent = open.toLocaleString("en-GB");
    $("backlog-unassigned").textContent = `${unassigned} waiting for an agent`;
    $("first-median").textContent = duration(s.firstResponse.medianSeconds);
    $("first-p90").textContent = `p90 ${duration(s.firstResponse.p90Seconds)} · ${s.firstResponse.unanswered} unanswered`;
    $("resolution-median").textContent = duration(s.resolution.medianSeconds);
    $("resolution-p90").textContent = `p90 ${duration(s.resolution.p90Seconds)} · ${s.resolution.count} resolved`;
    $("sla-first").textContent = percent(s.slaCompliance.firstResponse);
    $("sla-resolution").textContent = `first response · ${percent(s.slaCompliance.resolution)} resolution`;
  }

  function renderBacklog(s) {
    const width = 520, row = 44, left = 48, right = 120;
    const svg = chart($("backlog-chart"), width, row * 4 + 10, "Open tickets by priority");
    const max = Math.max(1, ...s.backlog.map((b) => b.open));
    s.backlog.forEach((b, i) => {
      const y = i * row + 6;
      const g = focusable(svg, `${b.priority}: ${b.open} open, ${b.unassigned} waiting for an agent`);
      text(g, 0, y + 22, b.priority, { class: "tip" });
      const w = ((width - left - right) * b.open) / max;
      el("rect", { x: left, y, width: Math.max(w, 2), height: 30, rx: 4, fill: PRIORITY_COLOURS[b.priority] }, g);
      const waiting = ((width - left - right) * b.unassigned) / max;
      if (waiting > 0) {
        el("rect", { x: left, y: y + 24, width: waiting, height: 6, fill: "#000", opacity: 0.35 }, g);
      }
      text(g, left + Math.max(w, 2) + 8, y + 21, `${b.open} open · ${b.unassigned} queued`);
    });
  }

  function renderVolume(s) {
    const hours = s.volume.byHour;
    const width = 1000, height = 240, left = 36, bottom = 28, top = 10;
    const svg = chart($("volume-chart"), width, height, "Tickets per hour by category");
    const max = Math.max(1, ...hours.map((h) => h.count));
    const slot = (width - left) / Math.max(1, hours.length);
    const scale = (height - bottom - top) / max;
    [...new Set([0, Math.ceil(max / 2), max])].forEach((value) => {
      const y = height - bottom - value * scale;
      el("line", { x1: left, x2: width, y1: y, y2: y, class: "grid" }, svg);
      text(svg, 0, y + 4, String(value), { class: "axis" });
    });
    hours.forEach((h, i) => {
      const time = h.hour.substring(11, 16);
      const parts = Object.entries(h.byCategory).map(([c, n]) => `${c} ${n}`).join(", ");
      const g = focusable(svg, `${h.hour.substring(0, 10)} ${time} UTC: ${h.count} tickets${parts ? " (" + parts + ")" : ""}`);
      let y = height - bottom;
      Object.entries(h.byCategory).forEach(([category, n]) => {
        const bar = n * scale;
        y -= bar;
        el("rect", { x: left + i * slot + 2, y, width: Math.max(slot - 4, 1), height: bar, fill: colourOf(category) }, g);
      });
      el("rect", { x: left + i * slot, y: top, width: slot, height: height - bottom - top, fill: "transparent" }, g);
      if (i % 3 === 0) text(svg, left + i * slot + 2, height - 8, time, { class: "axis" });
    });
    const legend = $("volume-legend");
    legend.replaceChildren();
    s.volume.byCategory.forEach((c) => {
      const item = document.createElement("li");
      item.style.setProperty("--swatch", colourOf(c.category));
      item.textContent = `${c.category} ${c.count}`;
      legend.appendChild(item);
    });
  }

  function renderTimes(s) {
    const width = 520, row = 30, left = 110, right = 90;
    const rows = [];
    s.firstResponse.byPriority.forEach((p) => rows.push(["First response", p]));
    s.resolution.byPriority.forEach((p) => rows.push(["Resolution", p]));
    const svg = chart($("times-chart"), width, rows.length * row + 10, "Median and 90th percentile against target, by priority");
    const max = Math.max(1, ...rows.map(([, p]) => Math.max(p.p90Seconds || 0, p.targetSeconds || 0)));
    const x = (seconds) => left + ((width - left - right) * seconds) / max;
    rows.forEach(([kind, p], i) => {
      const y = i * row + 4;
      const late = p.targetSeconds && p.medianSeconds > p.targetSeconds;
      const g = focusable(svg, `${kind} ${p.priority}: median ${duration(p.medianSeconds)}, p90 ${duration(p.p90Seconds)}, target ${duration(p.targetSeconds)}, ${p.count} tickets`);
      text(g, 0, y + 16, `${kind === "Resolution" ? "Resolve" : "Respond"} ${p.priority}`, { class: "axis" });
      if (p.medianSeconds !== null) {
        el("rect", { x: left, y, width: Math.max(x(p.medianSeconds) - left, 2), height: 20, rx: 3, fill: late ? "var(--bad)" : PRIORITY_COLOURS[p.priority] }, g);
        el("line", { x1: x(p.medianSeconds), x2: x(p.p90Seconds), y1: y + 10, y2: y + 10, stroke: "var(--ink)", "stroke-width": 2 }, g);
        el("line", { x1: x(p.p90Seconds), x2: x(p.p90Seconds), y1: y + 4, y2: y + 16, stroke: "var(--ink)", "stroke-width": 2 }, g);
      }
      if (p.targetSeconds) {
        el("line", { x1: x(p.targetSeconds), x2: x(p.targetSeconds), y1: y - 2, y2: y + 22, stroke: "var(--ink)", "stroke-dasharray": "3 2" }, g);
      }
      text(g, width - right + 8, y + 16, p.count ? duration(p.medianSeconds) : "no tickets", { class: "axis" });
    });
  }

  function renderSentiment(s) {
    const width = 520, height = 40;
    const svg = chart($("sentiment-chart"), width, height, "Sentiment of the window's tickets");
    const total = Object.values(s.sentiment).reduce((a, b) => a + b, 0);
    const legend = $("sentiment-legend");
    legend.replaceChildren();
    let x = 0;
    Object.entries(s.sentiment).forEach(([sentiment, n]) => {
      const share = total ? n / total : 0;
      const label = `${sentiment.toLowerCase()} ${Math.round(share * 100)} % (${n})`;
      if (share > 0) {
        const g = focusable(svg, `${sentiment}: ${n} tickets, ${Math.round(share * 100)} %`);
        el("rect", { x, y: 0, width: share * width, height: 36, fill: SENTIMENT_COLOURS[sentiment] }, g);
        x += share * width;
      }
      const item = document.createElement("li");
      item.style.setProperty("--swatch", SENTIMENT_COLOURS[sentiment]);
      item.textContent = label;
      legend.appendChild(item);
    });
    if (total === 0) text(svg, 0, 24, "No tickets in the window yet", { class: "axis" });
  }

  function renderAgents(s) {
    const body = $("agents").tBodies[0];
    body.replaceChildren();
    s.agents.forEach((a) => {
      const tr = body.insertRow();
      tr.insertCell().textContent = a.displayName || a.agentId;
      const presence = tr.insertCell();
      presence.className = `presence ${a.presence}`;
      presence.textContent = a.presence.toLowerCase();
      tr.insertCell().textContent = a.openTickets;
      const load = tr.insertCell();
      load.className = "load";
      const meter = document.createElement("meter");
      meter.min = 0; meter.max = a.capacity; meter.value = a.openWeight;
      meter.low = a.capacity * 0.6; meter.high = a.capacity * 0.9; meter.optimum = 0;
      meter.setAttribute("aria-label", `${a.agentId} load`);
      load.append(meter, ` ${a.openWeight} of ${a.capacity}`);
    });
  }

  function render(summary) {
    renderCards(summary);
    renderBacklog(summary);
    renderVolume(summary);
    renderTimes(summary);
    renderSentiment(summary);
    renderAgents(summary);
    $("board").setAttribute("aria-busy", "false");
    const updated = $("updated");
    updated.dateTime = summary.at;
    updated.textContent = new Date(summary.at).toLocaleTimeString("en-GB");
    window.careroute.updates += 1;
  }

  function status(state, message) {
    const node = $("status");
    node.dataset.state = state;
    node.textContent = message;
  }

  async function listen(token) {
    if (controller) controller.abort();
    controller = new AbortController();
    status("connecting", "Connecting…");
    try {
      const response = await fetch("/api/v1/metrics/stream", {
        headers: { Authorization: `Bearer ${token}`, Accept: "text/event-stream" },
        signal: controller.signal,
      });
      if (response.status === 401 || response.status === 403) {
        status("error", response.status === 401 ? "That token is not valid" : "That token is not a supervisor's");
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      status("live", "Live");
      retryDelay = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5)).join("\n");
          if (data.trim()) render(JSON.parse(data));
        }
      }
      throw new Error("the stream ended");
    } catch (error) {
      if (error.name === "AbortError") return;
      status("error", `Reconnecting (${error.message})…`);
      setTimeout(() => listen(token), retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }
  }

  window.careroute = { updates: 0, loadedAt: Date.now() };
  $("sign-in").addEventListener("submit", (event) => {
    event.preventDefault();
    const token = $("token").value.trim();
    sessionStorage.setItem("careroute.token", token);
    listen(token);
  });
  const saved = sessionStorage.getItem("careroute.token");
  if (saved) {
    $("token").value = saved;
    listen(saved);
  }
})();

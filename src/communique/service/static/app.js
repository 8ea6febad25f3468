// Communiqué pages: the side panel shows the record of what is clicked. No library; text is
// only ever set with textContent, never parsed as HTML.
"use strict";

function showPanel(title, value) {
  const t = document.getElementById("panel-title");
  const j = document.getElementById("panel-json");
  const hint = document.getElementById("panel-hint");
  if (!t || !j) return;
  t.textContent = title;
  j.textContent = JSON.stringify(value, null, 2);
  if (hint) hint.hidden = true;
}

function recordData() {
  const el = document.getElementById("record");
  return el ? JSON.parse(el.textContent) : null;
}

// The record's item behind a mark: (kind, id) as evidence.py writes them.
function findItem(rec, kind, id) {
  const byIndex = (list) => list[Number(id)];
  switch (kind) {
    case "quote": return rec.quotes.find((q) => q.id === id);
    case "event":
    case "trigger": return rec.events.find((e) => e.id === id);
    case "mention": {
      const [actorId, n] = id.split(".");
      const actor = rec.actors.find((a) => a.id === actorId);
      return actor ? {actor: actor, mention: actor.mentions[Number(n)]} : null;
    }
    case "time": return byIndex(rec.times);
    case "amount": return byIndex(rec.amounts);
    case "voice": return byIndex(rec.voice);
    case "check": return byIndex(rec.checks);
    case "boilerplate": return byIndex(rec.boilerplate);
    default: return null;
  }
}

function select(kind, id) {
  document.querySelectorAll(".mark.selected").forEach((m) => m.classList.remove("selected"));
  document.querySelectorAll(`.mark[data-kind="${kind}"]`).forEach((m) => {
    if (m.dataset.id === id) m.classList.add("selected");
  });
}

function setUpEvidence() {
  const text = document.getElementById("text");
  const rec = recordData();
  if (!text || !rec) return;
  const pick = (kind, id, start, end) => {
    const item = findItem(rec, kind, id);
    select(kind, id);
    const where = start === undefined ? "" : ` [${start}, ${end})`;
    showPanel(`${kind} ${id}${where}`, item);
  };
  text.addEventListener("click", (ev) => {
    const mark = ev.target.closest(".mark");
    if (!mark) return;
    pick(mark.dataset.kind, mark.dataset.id, mark.dataset.start, mark.dataset.end);
  });
  document.querySelectorAll(".item-link").forEach((b) => {
    b.addEventListener("click", () => {
      pick(b.dataset.kind, b.dataset.id);
      const first = document.querySelector(`.mark[data-kind="${b.dataset.kind}"].selected`);
      if (first) first.scrollIntoView({block: "center"});
    });
  });
  document.querySelectorAll("[data-toggle]").forEach((box) => {
    box.addEventListener("change", () => {
      text.classList.toggle(`hide-${box.dataset.toggle}`, !box.checked);
    });
  });
}

function setUpCharts() {
  document.querySelectorAll(".clickable[data-info]").forEach((el) => {
    el.addEventListener("click", () => {
      document.querySelectorAll(".clickable.selected").forEach((s) => s.classList.remove("selected"));
      el.classList.add("selected");
      const info = JSON.parse(el.dataset.info);
      showPanel(el.querySelector("title") ? el.querySelector("title").textContent : "item", info);
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpEvidence();
  setUpCharts();
});

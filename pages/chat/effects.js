// After a new question: bring the question to the top of the screen so the answer flows
// down below it, and announce the answer in the polite live region (pages/base.js).
// The second run (data-phase="answered") scrolls again only if the person has not moved.
(() => {
  const me = document.currentScript;
  if (!me) return;
  const phase = me.dataset.phase;
  if (phase === "asked") {
    window.__iopMoved = false;
    const moved = () => { window.__iopMoved = true; };
    for (const kind of ["wheel", "touchmove", "keydown", "pointerdown"]) {
      window.addEventListener(kind, moved, { once: true, passive: true, capture: true });
    }
  }
  const question = document.getElementById(me.dataset.target || "");
  if (question && !(phase === "answered" && window.__iopMoved)) {
    const message = question.closest('[data-testid="stChatMessage"]') || question;
    message.scrollIntoView({ block: "start" });
  }
  const live = document.getElementById("iop-live");
  if (live && me.dataset.announce) {
    live.textContent = "";
    setTimeout(() => { live.textContent = me.dataset.announce; }, 150);
  }
})();

// Every page: Swedish for the browser and screen readers, and one polite live region.
// Streamlit ships English accessible names ("Send message", "Chat message from
// assistant"); the Swedish ones come from assistant/ui_texts.yaml (a11y.labels) in this
// script's data-labels. Static code: nothing a visitor writes reaches it.
(() => {
  const me = document.currentScript;
  const labels = JSON.parse((me && me.dataset.labels) || "{}");
  const prefixes = JSON.parse((me && me.dataset.prefixes) || "{}");
  document.documentElement.lang = "sv";
  if (window.__iopBase) {
    window.__iopBase.labels = labels;
    window.__iopBase.prefixes = prefixes;
    window.__iopBase.fix();
    return;
  }
  const state = { labels, prefixes };
  window.__iopBase = state;
  const ATTRS = ["aria-label", "title", "placeholder"];
  const swedish = (value) => {
    if (value in state.labels) return state.labels[value];
    for (const [english, sv] of Object.entries(state.prefixes)) {
      if (value.startsWith(english)) return sv + value.slice(english.length);
    }
    return null;
  };
  state.fix = () => {
    if (document.documentElement.lang !== "sv") document.documentElement.lang = "sv";
    for (const attr of ATTRS) {
      for (const el of document.querySelectorAll(`[${attr}]`)) {
        const sv = swedish(el.getAttribute(attr));
        if (sv !== null) el.setAttribute(attr, sv);
      }
    }
    for (const el of document.querySelectorAll(
      '[data-testid="stSkipToContent"], [data-testid="stStatusWidget"] span, [data-testid="stStatusWidget"] button'
    )) {
      for (const node of el.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const sv = swedish(node.textContent.trim());
          if (sv !== null) node.textContent = sv;
        }
      }
    }
  };
  let queued = false;
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; state.fix(); });
  };
  new MutationObserver(queue).observe(document.body, {
    subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: ATTRS.concat(["lang"]),
  });
  new MutationObserver(queue).observe(document.documentElement, {
    attributes: true, attributeFilter: ["lang"],
  });
  // New answers are announced here (pages/chat/effects.js fills it).
  const live = document.createElement("div");
  live.id = "iop-live";
  live.className = "iop-visually-hidden";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  document.body.appendChild(live);
  state.fix();
})();

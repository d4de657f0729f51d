// Adopted as a constructed stylesheet: no <style> element and no style attribute, so a host page's strict
// CSP (style-src without 'unsafe-inline') allows it. :host's !important declarations win over a host
// page's own !important rules on the element; inside the shadow root the host's CSS does not reach.
// Sizes are in em of the host's `medium` font size, never rem: a host page's root font size does not
// shrink the layout. Theme through the --lblt-* custom properties and ::part(); defaults keep text ≥ 4.5:1.
export const css = `
:host {
  all: initial !important;
  display: block !important;
  box-sizing: border-box !important;
  max-width: 100% !important;
  font-family: var(--lblt-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif) !important;
  font-size: var(--lblt-font-size, medium) !important;
  line-height: 1.5 !important;
  color: var(--lblt-text, #1f2937) !important;
  background: var(--lblt-background, #ffffff) !important;
  visibility: visible !important;
  opacity: 1 !important;
}
:host([hidden]) { display: none !important; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.root { padding: 0.5em; }
h2 { font-size: 1.25em; margin: 0 0 0.75em; }
h3 { font-size: 1.05em; margin: 0 0 0.25em; }
form { display: flex; flex-wrap: wrap; gap: 0.75em; align-items: flex-end; margin-bottom: 0.75em; }
label { display: flex; flex-direction: column; gap: 0.25em; font-weight: 600; font-size: 0.9em; flex: 1 1 12em; min-width: 0; }
input, select, button { font: inherit; color: inherit; }
input, select {
  border: 1px solid var(--lblt-border, #6b7280); border-radius: var(--lblt-radius, 0.375em);
  padding: 0.45em 0.5em; background: var(--lblt-background, #ffffff); width: 100%; min-width: 0; font-weight: 400;
}
button {
  cursor: pointer; border-radius: var(--lblt-radius, 0.375em); padding: 0.45em 0.8em;
  border: 1px solid var(--lblt-accent, #1d4ed8); background: var(--lblt-accent, #1d4ed8); color: var(--lblt-on-accent, #ffffff);
}
button.link {
  background: none; border: none; padding: 0; color: var(--lblt-link, #1d4ed8); text-decoration: underline; text-align: start;
  font-weight: 700;
}
button[disabled] { cursor: default; background: var(--lblt-disabled, #e5e7eb); color: var(--lblt-text, #1f2937); border-color: var(--lblt-border, #6b7280); }
:focus-visible { outline: 3px solid var(--lblt-focus, #b45309); outline-offset: 2px; }
.status { font-weight: 600; margin: 0.5em 0; }
.note { margin: 0.5em 0; }
ul.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75em; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr)); }
li.card { border: 1px solid var(--lblt-border, #6b7280); border-radius: var(--lblt-radius, 0.375em); padding: 0.75em; overflow-wrap: anywhere; }
.meta { color: var(--lblt-muted, #4b5563); font-size: 0.9em; margin: 0.25em 0; }
.tags { margin: 0.25em 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.25em; }
.tags li { background: var(--lblt-tag, #eef2ff); color: var(--lblt-text, #1f2937); border-radius: 999px; padding: 0 0.5em; font-size: 0.85em; }
a { color: var(--lblt-link, #1d4ed8); overflow-wrap: anywhere; }
nav.pager { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-top: 0.75em; }
.error { border: 2px solid var(--lblt-error, #b91c1c); border-radius: var(--lblt-radius, 0.375em); padding: 0.75em; }
.detail dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.25em 0.75em; }
.detail dt { font-weight: 600; }
.detail dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 30em) { .detail dl { grid-template-columns: minmax(0, 1fr); } }
`;

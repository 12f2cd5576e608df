// newsledger web UI: the little behaviour that needs a script (everything works without it).
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  // Show or hide the blocks the cleaner removed, keeping aria-expanded in step.
  var toggle = document.getElementById("toggle-removed");
  var removed = document.getElementById("removed");
  if (toggle && removed) {
    toggle.addEventListener("click", function () {
      var show = removed.hidden;
      removed.hidden = !show;
      toggle.setAttribute("aria-expanded", show ? "true" : "false");
      toggle.textContent = show ? toggle.dataset.hide : toggle.dataset.show;
    });
  }
  // Bring the selected event's evidence into view and give it focus for keyboard users.
  var current = document.querySelector("mark.current");
  if (current) {
    current.setAttribute("tabindex", "-1");
    current.scrollIntoView({ block: "center" });
    current.focus({ preventScroll: true });
  }
});

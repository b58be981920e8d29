// Event view: bring the evidence sentence into view.
(function () {
  "use strict";
  const mark = document.getElementById("trigger") || document.querySelector("#story mark");
  if (mark) mark.scrollIntoView({ block: "center" });
  window.scrollTo(0, 0);
  const story = document.getElementById("story");
  if (story && mark) story.scrollTop = mark.offsetTop - story.offsetTop - story.clientHeight / 3;
})();

// PolicyGuide: "Print this policy" and "Print this handout" print the page. Without
// JavaScript the same links lead to how to print with the browser.
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a.print-link") : null;
  if (link) { event.preventDefault(); window.print(); }
});

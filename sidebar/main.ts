/** The sidebar's client code. It renders every piece of cell text with textContent, never as HTML. */
const status = document.getElementById('status');
if (status) status.setAttribute('data-ready', 'true');

// The report request page: polls /requests/{id}/status until the report is done
// or failed, and moves the progress bar; without JavaScript the page still works
// (reload it). Text goes in with textContent only: nothing from the server is HTML.
// Nothing here writes a style attribute: the page's Content-Security-Policy allows none.
(function () {
    var section = document.getElementById('progress');
    if (!section) { return; }
    var url = section.getAttribute('data-status-url');
    var labels = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'];

    function show(p) {
        var status = document.getElementById('status');
        status.textContent = p.statusLabel;
        labels.forEach(function (l) { status.classList.remove(l.toLowerCase()); });
        status.classList.add(String(p.status).toLowerCase());
        document.getElementById('step').textContent = p.status === 'DONE' ? '' : (p.step || '');
        document.getElementById('percent').textContent = p.percent;
        document.getElementById('bar').value = p.percent;
        var error = document.getElementById('error');
        error.textContent = p.error || '';
        error.hidden = !p.error;
        if (p.downloadUrl) {
            document.getElementById('download').setAttribute('href', p.downloadUrl);
            document.getElementById('done').hidden = false;
        }
        return p.status === 'DONE' || p.status === 'FAILED';
    }

    function poll() {
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (r) {
                if (!r.ok) { throw new Error('HTTP ' + r.status); }
                return r.json();
            })
            .then(function (p) {
                if (!show(p)) { setTimeout(poll, 1000); }
            })
            .catch(function () { setTimeout(poll, 3000); });
    }

    var current = document.getElementById('status').className;
    if (current.indexOf('done') < 0 && current.indexOf('failed') < 0) { poll(); }
})();

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
        var note = document.getElementById('note');
        note.textContent = p.note || '';
        note.hidden = !p.note;
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

// The imports page: a large upload is sent with XMLHttpRequest to show how much
// of it has gone up, then that the server is checking and writing it; the answer
// (the same page with the outcome) replaces the page's main part. A small one is
// posted as usual with a note that it is being checked. Without JavaScript the
// form posts as usual.
(function () {
    var LARGE = 2 * 1048576;

    function bind() {
        var form = document.getElementById('import-form');
        var picked = document.getElementById('file');
        if (picked) {
            picked.addEventListener('change', function () {
                document.getElementById('file-name').textContent = picked.files && picked.files.length > 0
                    ? picked.files[0].name : 'Chưa chọn tệp nào';
            });
        }
        if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
        form.addEventListener('submit', function (event) {
            var input = document.getElementById('file');
            if (!input.files || input.files.length === 0) { return; }
            var box = document.getElementById('upload-progress');
            var bar = document.getElementById('upload-bar');
            var phase = document.getElementById('upload-phase');
            var button = document.getElementById('import-submit');
            var size = input.files[0].size;
            box.hidden = false;
            if (size < LARGE) {
                bar.removeAttribute('value');
                phase.textContent = 'Đang gửi tệp, máy chủ sẽ kiểm tra và ghi dữ liệu…';
                return;
            }
            event.preventDefault();
            button.disabled = true;
            phase.textContent = 'Đang tải lên…';
            var xhr = new XMLHttpRequest();
            xhr.open('POST', form.getAttribute('action'));
            xhr.upload.addEventListener('progress', function (e) {
                if (!e.lengthComputable) { return; }
                var percent = Math.floor(100 * e.loaded / e.total);
                bar.value = percent;
                phase.textContent = 'Đang tải lên: ' + percent + '% (' + megabytes(e.loaded) + ' / '
                    + megabytes(size) + ' MB)';
            });
            xhr.upload.addEventListener('load', function () {
                bar.removeAttribute('value');
                phase.textContent = 'Đã tải lên ' + megabytes(size)
                    + ' MB. Máy chủ đang đọc, kiểm tra và ghi dữ liệu, xin chờ…';
            });
            xhr.addEventListener('load', function () {
                var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
                var main = page.querySelector('main');
                if (main) {
                    document.querySelector('main').replaceWith(main);
                    bind();
                    var result = document.getElementById('import-result') || document.querySelector('.alert');
                    if (result) { result.scrollIntoView(); }
                } else {
                    fail('Máy chủ trả lời không như mong đợi (mã ' + xhr.status + '). Hãy tải trang lại rồi thử lần nữa.');
                }
            });
            xhr.addEventListener('error', function () {
                fail('Mất kết nối khi tải lên. Hãy kiểm tra mạng rồi thử lại.');
            });
            function fail(message) {
                phase.textContent = message;
                button.disabled = false;
            }
            xhr.send(new FormData(form));
        });
    }

    function megabytes(bytes) {
        return (bytes / 1048576).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    }

    bind();
})();

// The data-entry form: typed like a register. Enter adds a row below the one
// being typed (Shift+Enter breaks a line in a text), Ctrl+Enter copies the row
// above into it, "Thêm dòng" adds a row at the end, and a date typed as eight
// digits becomes dd/mm/yyyy. Without JavaScript the form still posts, and
// "Thêm dòng" asks the server for more rows.
(function () {
    var form = document.getElementById('entry-form');
    if (!form) { return; }

    function entryRows(tbody) {
        return Array.prototype.filter.call(tbody.children, function (r) { return r.classList.contains('entry-row'); });
    }

    function inputs(row) {
        return row.querySelectorAll('input, select, textarea');
    }

    // numbers the rows, and offers "Chép dòng trên" on every row but the first, which has none above it
    function renumber(tbody) {
        entryRows(tbody).forEach(function (row, i) {
            row.querySelector('.row-number').textContent = String(i + 1);
            var copy = row.querySelector('.copy-row');
            if (copy) { copy.hidden = i === 0; }
            Array.prototype.forEach.call(inputs(row), function (f) {
                var label = f.getAttribute('aria-label');
                if (label) { f.setAttribute('aria-label', label.replace(/, dòng \d+$/, ', dòng ' + (i + 1))); }
            });
        });
    }

    function blankCopy(row) {
        var copy = row.cloneNode(true);
        copy.classList.remove('has-problem');
        Array.prototype.forEach.call(copy.querySelectorAll('.blamed'), function (c) { c.classList.remove('blamed'); });
        Array.prototype.forEach.call(inputs(copy), function (f) {
            if (f.tagName === 'SELECT') {
                f.selectedIndex = 0;
            } else {
                f.value = f.getAttribute('data-default') || '';
            }
            f.setAttribute('aria-invalid', 'false');
        });
        return copy;
    }

    function nextEntryRow(row) {
        var next = row.nextElementSibling;
        while (next && !next.classList.contains('entry-row')) { next = next.nextElementSibling; }
        return next;
    }

    function previousEntryRow(row) {
        var previous = row.previousElementSibling;
        while (previous && !previous.classList.contains('entry-row')) { previous = previous.previousElementSibling; }
        return previous;
    }

    function addRowAfter(row) {
        var copy = blankCopy(row);
        row.parentNode.insertBefore(copy, nextEntryRow(row));
        renumber(row.parentNode);
        inputs(copy)[0].focus();
    }

    function copyAbove(row) {
        var above = previousEntryRow(row);
        if (!above) { return; }
        var from = inputs(above);
        var to = inputs(row);
        for (var i = 0; i < to.length && i < from.length; i++) { to[i].value = from[i].value; }
    }

    function asDate(field) {
        var v = field.value.trim();
        var m = /^(\d{2})(\d{2})(\d{4})$/.exec(v) || /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(v);
        if (m) {
            field.value = (m[1].length === 1 ? '0' : '') + m[1] + '/' + (m[2].length === 1 ? '0' : '') + m[2] + '/' + m[3];
        }
    }

    Array.prototype.forEach.call(form.querySelectorAll('tbody'), renumber);

    form.addEventListener('keydown', function (e) {
        if (e.key !== 'Enter' || e.isComposing) { return; }
        var row = e.target.closest ? e.target.closest('tr.entry-row') : null;
        if (!row || e.target.tagName === 'BUTTON' || (e.target.tagName === 'TEXTAREA' && e.shiftKey)) { return; }
        e.preventDefault();
        if (e.target.classList.contains('date')) { asDate(e.target); }
        if (e.ctrlKey || e.metaKey) {
            copyAbove(row);
        } else {
            addRowAfter(row);
        }
    });

    form.addEventListener('click', function (e) {
        var button = e.target.closest ? e.target.closest('button') : null;
        if (!button) { return; }
        if (button.classList.contains('copy-row')) {
            copyAbove(button.closest('tr.entry-row'));
        } else if (button.classList.contains('add-rows')) {
            e.preventDefault();
            var rows = entryRows(button.parentNode.querySelector('tbody'));
            addRowAfter(rows[rows.length - 1]);
        }
    });

    form.addEventListener('change', function (e) {
        if (e.target.classList && e.target.classList.contains('date')) { asDate(e.target); }
    });
})();

// A form whose action cannot be taken back asks first (data-confirm: what it will do);
// cancelled, nothing is sent. Without JavaScript the form posts as usual.
(function () {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            if (!window.confirm(form.getAttribute('data-confirm'))) {
                event.preventDefault();
            }
        });
    });
})();

// The report form's period list: once an agreement is chosen, the periods within its term, in words
// (6 tháng đầu năm 2021, quý III năm 2021 ...), fetched from /requests/periods. Typed words are accepted as well.
// Text goes in with textContent and value only: nothing from the server is HTML.
(function () {
    var agreement = document.getElementById('agreement');
    var period = document.getElementById('period');
    var list = document.getElementById('periods');
    if (!agreement || !period || !list) { return; }
    var url = period.getAttribute('data-periods-url');

    function fill() {
        list.replaceChildren();
        if (!agreement.value) { return; }
        fetch(url + '?agreement=' + encodeURIComponent(agreement.value), {headers: {Accept: 'application/json'}})
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (periods) {
                periods.forEach(function (p) {
                    var option = document.createElement('option');
                    option.value = p;
                    list.appendChild(option);
                });
            }, function () { /* the field still takes typed words */ });
    }

    agreement.addEventListener('change', fill);
    fill();
})();

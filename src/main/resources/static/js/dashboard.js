// The dashboard's charts (Apache ECharts, served by the application). Each chart is drawn from the cells of the
// table under it (data-value holds the figure, the cell's text the same figure written the Vietnamese way), so a
// chart and its table cannot disagree, and the table is what a screen reader reads and a user copies.
// data-series="rows": one series per row over the columns marked data-category (a trend);
// data-series="columns": one series per column marked data-series-name over the rows (a comparison).
// Nothing here writes a style attribute: the page's Content-Security-Policy allows none.
(function () {
    if (typeof echarts === 'undefined') { return; }
    var number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
    var charts = [];

    function value(cell) {
        var raw = cell ? cell.getAttribute('data-value') : '';
        return raw === null || raw === '' ? null : Number(raw);
    }

    function byRows(table) {
        var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
        var categories = [], columns = [];
        heads.forEach(function (th, i) {
            if (th.hasAttribute('data-category')) { categories.push(th.textContent.trim()); columns.push(i); }
        });
        var series = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
            var cells = tr.children;
            return { name: cells[0].textContent.trim(), data: columns.map(function (c) { return value(cells[c]); }) };
        });
        return { categories: categories, series: series };
    }

    function byColumns(table) {
        var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
        var categories = rows.map(function (tr) { return tr.querySelector('[data-category]').textContent.trim(); });
        var series = [];
        heads.forEach(function (th, i) {
            if (!th.hasAttribute('data-series-name')) { return; }
            series.push({ name: th.textContent.trim(), data: rows.map(function (tr) { return value(tr.children[i]); }) });
        });
        return { categories: categories, series: series };
    }

    // printed, a chart's legend is whole, above it (its pages cannot be turned on paper): the room its lines take,
    // each name with its mark about 40 px and 6.5 px a letter at 12 px, laid in lines of the chart's width
    function legendRoom(names, width) {
        var lines = 1, used = 0;
        names.forEach(function (name) {
            var item = 40 + 6.5 * name.length;
            if (used > 0 && used + item > width - 16) { lines++; used = 0; }
            used += item;
        });
        return 22 * lines;
    }
    function seriesNames(series) {
        return series.map(function (s) { return s.name; });
    }

    // a comparison lays its bars sideways: the indicators' long names read along the bars, at any width
    function options(table, width, printed) {
        var kind = table.getAttribute('data-chart');
        var data = table.getAttribute('data-series') === 'rows' ? byRows(table) : byColumns(table);
        var narrow = width < 560;
        var sideways = kind === 'bar';
        var categories = { type: 'category', data: data.categories, inverse: sideways,
                           axisLabel: { interval: 0, fontSize: narrow ? 10 : 12, width: sideways ? (narrow ? 96 : 220) : 90,
                                        overflow: 'truncate', rotate: !sideways && narrow && data.categories.length > 3 ? 35 : 0 } };
        // indicators counted in different units (a few visits, 20 000 items of aid) share one axis: when the
        // figures span more than two orders of magnitude, a logarithmic axis keeps the small ones visible (a zero
        // has no place on it and is left out of the chart; the table still says 0)
        var positive = [];
        data.series.forEach(function (s) { s.data.forEach(function (v) { if (v > 0) { positive.push(v); } }); });
        var logarithmic = kind !== 'stacked' && positive.length > 0
            && Math.max.apply(null, positive) / Math.min.apply(null, positive) > 100;
        if (logarithmic) {
            data.series.forEach(function (s) { s.data = s.data.map(function (v) { return v > 0 ? v : null; }); });
        }
        // counts of whole things have no half-way ticks ("0,5" limitations)
        var whole = data.series.every(function (s) { return s.data.every(function (v) { return v === null || v % 1 === 0; }); });
        var values = { type: logarithmic ? 'log' : 'value', minInterval: whole && !logarithmic ? 1 : undefined,
                       // from the power of ten at or below the smallest figure: 1, 10, 100 ..., not "2" for a 4
                       min: logarithmic ? Math.pow(10, Math.floor(Math.log10(Math.min.apply(null, positive)))) : undefined,
                       splitNumber: narrow ? 3 : 5, axisLabel: { fontSize: narrow ? 10 : 12,
                                                   formatter: function (v) { return number.format(v); } } };
        return {
            animation: false,
            color: ['#8c1c13', '#1f5f99', '#1e7a46', '#8a5a00', '#6b4c9a', '#2b8a8a', '#b5523b', '#5c6b7a'],
            tooltip: { trigger: 'axis', confine: true },
            legend: printed ? { type: 'plain', top: 0, textStyle: { fontSize: 12 } }
                            : { type: 'scroll', bottom: 0, textStyle: { fontSize: narrow ? 11 : 12 } },
            // ECharts 5.1 sizes a grid around its labels' whole text, truncated or not: sideways, the room for the
            // (truncated) names is given instead
            grid: sideways ? { left: narrow ? 104 : 228, right: 24, top: printed ? legendRoom(seriesNames(data.series), width) + 8 : 16,
                               bottom: printed ? 24 : 48, containLabel: false }
                           // a rotated first label reaches left of the axis, beyond what containLabel counts
                           : { left: categories.axisLabel.rotate ? 28 : 8, right: 16,
                               top: printed ? legendRoom(seriesNames(data.series), width) + 8 : 16,
                               bottom: printed ? 8 : 40, containLabel: true },
            xAxis: sideways ? values : categories,
            yAxis: sideways ? categories : values,
            series: data.series.map(function (s) {
                return { name: s.name, type: kind === 'line' ? 'line' : 'bar', data: s.data,
                         stack: kind === 'stacked' ? 'all' : undefined, connectNulls: false };
            })
        };
    }

    function draw(table) {
        var into = document.getElementById(table.getAttribute('data-chart-into'));
        if (!into) { return; }
        if (table.getAttribute('data-chart') === 'bar') {
            into.classList.add('rows-' + Math.min(12, table.querySelectorAll('tbody tr').length));
        }
        var chart = echarts.init(into, null, { renderer: 'canvas', locale: 'EN' });
        chart.setOption(options(table, into.clientWidth));
        into.setAttribute('data-drawn', String(chart.getOption().series.length));
        charts.push({ chart: chart, table: table, into: into });
    }

    Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
    function redraw() {
        charts.forEach(function (c) {
            c.chart.resize();
            c.chart.setOption(options(c.table, c.into.clientWidth), true);
        });
    }
    var pending = null;
    window.addEventListener('resize', function () {
        clearTimeout(pending);
        pending = setTimeout(redraw, 100);
    });
    // printed (Ctrl+P, or saved as a PDF): drawn again at the width of an A4 page less its margins, which the print
    // stylesheet keeps, and at the window's width again after
    var PRINTED = 700;
    window.addEventListener('beforeprint', function () {
        clearTimeout(pending);
        charts.forEach(function (c) {
            var names = seriesNames(c.chart.getOption().series);
            c.chart.resize({ width: PRINTED, height: c.into.clientHeight + legendRoom(names, PRINTED) - 24 });
            c.chart.setOption(options(c.table, PRINTED, true), true);
        });
    });
    window.addEventListener('afterprint', redraw);
    // a filter applies as soon as it is chosen; the button stays for use without JavaScript. Another province
    // has other agreements and other years of data: its agreement and period are the page's defaults again.
    var filters = document.getElementById('filters');
    if (filters) {
        Array.prototype.forEach.call(filters.querySelectorAll('select'), function (s) {
            s.addEventListener('change', function () {
                if (s.id === 'province') {
                    ['agreement', 'period'].forEach(function (id) { document.getElementById(id).disabled = true; });
                }
                filters.submit();
            });
        });
    }
})();

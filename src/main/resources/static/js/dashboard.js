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
    var PALETTE = ['#8c1c13', '#1f5f99', '#1e7a46', '#8a5a00', '#6b4c9a', '#2b8a8a', '#b5523b', '#5c6b7a'];

    function text(s) {
        return String(s).replace(/[&<>"']/g, function (c) {
            return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
    }

    // a name in lines of at most about `letters` letters, broken between words; the last of `lines` ends in "…"
    // when the name goes on
    function wrapped(name, letters, lines) {
        var out = [], line = '';
        name.split(/\s+/).forEach(function (word) {
            if (line && (line + ' ' + word).length > letters) { out.push(line); line = word; }
            else { line = line ? line + ' ' + word : word; }
        });
        if (line) { out.push(line); }
        if (out.length > lines) {
            out = out.slice(0, lines);
            out[lines - 1] = out[lines - 1] + '…';
        }
        return out.join('\n');
    }

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
        // sideways, an indicator's name runs to three lines (two on a laptop) before it is cut: "Thỏa thuận quốc
        // tế cấp tỉnh ..." and "... cấp sở, ngành ..." cut at one line read the same
        // (wrapped here, between words: ECharts breaks a line anywhere in a word of Vietnamese letters)
        var categories = { type: 'category', data: data.categories, inverse: sideways,
                           axisLabel: { interval: 0, fontSize: narrow ? 10 : 12, width: sideways ? (narrow ? 120 : 220) : 90,
                                        overflow: 'truncate', lineHeight: narrow ? 11 : 14,
                                        formatter: sideways ? function (name) { return wrapped(name, narrow ? 22 : 34, narrow ? 3 : 2); }
                                                            : undefined,
                                        rotate: !sideways && narrow && data.categories.length > 3 ? 35 : 0 } };
        // indicators counted in different units (a few visits, 20 000 items of aid) share one axis: when the
        // figures span more than two orders of magnitude, a logarithmic axis keeps the small ones visible, and the
        // chart says so under it (bars no longer compare by length)
        var positive = [];
        data.series.forEach(function (s) { s.data.forEach(function (v) { if (v > 0) { positive.push(v); } }); });
        var logarithmic = kind !== 'stacked' && positive.length > 0
            && Math.max.apply(null, positive) / Math.min.apply(null, positive) > 100;
        // counts of whole things have no half-way ticks ("0,5" limitations)
        var whole = data.series.every(function (s) { return s.data.every(function (v) { return v === null || v % 1 === 0; }); });
        // from the power of ten at or below the smallest figure: 1, 10, 100 ..., not "2" for a 4
        var smallest = positive.length > 0 ? Math.min.apply(null, positive) : 1;
        var floor = Math.pow(10, Math.floor(Math.log10(smallest)));
        // the figures as the table gives them, for the tooltip. On a logarithmic axis a zero has no place: a line's
        // zero is drawn on the floor, a power of ten lower, so that it is not read as the smallest figure; a
        // comparison's, not at all. A comparison is drawn as points: ECharts starts a bar on a logarithmic axis at 1,
        // so a 1 was no bar at all, read as none, and bars' lengths do not compare there anyway
        var shown = data.series.map(function (s) { return s.data.slice(); });
        if (logarithmic) {
            var zeros = kind === 'line' && data.series.some(function (s) { return s.data.indexOf(0) >= 0; });
            if (zeros) { floor = floor / 10; }
            data.series.forEach(function (s) {
                s.data = s.data.map(function (v) { return v > 0 ? v : v === 0 && zeros ? floor : null; });
            });
        }
        var values = { type: logarithmic ? 'log' : 'value', minInterval: whole && !logarithmic ? 1 : undefined,
                       min: logarithmic ? floor : undefined,
                       splitNumber: narrow ? 3 : 5, axisLabel: { fontSize: narrow ? 10 : 12,
                                                   // no "0,1" tick for counts of whole things
                                                   formatter: function (v) { return whole && v < 1 ? '' : number.format(v); } } };
        return {
            animation: false,
            color: PALETTE,
            // the figures as the table gives them (a zero drawn on a logarithmic axis's floor is 0), the names as
            // text: ECharts takes a formatter's string as HTML, and an indicator's name is what an import wrote
            tooltip: { trigger: 'axis', confine: true, formatter: function (params) {
                var lines = params.length > 0 ? [text(params[0].name)] : [];
                params.forEach(function (p) {
                    var v = shown[p.seriesIndex][p.dataIndex];
                    lines.push(p.marker + text(p.seriesName) + ': ' + (v === null || v === undefined ? '—' : number.format(v)));
                });
                return lines.join('<br>');
            } },
            legend: printed ? { type: 'plain', top: 0, textStyle: { fontSize: 12 } }
                            : { type: 'scroll', bottom: 0, textStyle: { fontSize: narrow ? 11 : 12 } },
            // ECharts 5.1 sizes a grid around its labels' whole text, truncated or not: sideways, the room for the
            // (truncated) names is given instead
            grid: sideways ? { left: narrow ? 128 : 228, right: 24, top: printed ? legendRoom(seriesNames(data.series), width) + 8 : 16,
                               bottom: printed ? 24 : 48, containLabel: false }
                           // a rotated first label reaches left of the axis, beyond what containLabel counts
                           : { left: categories.axisLabel.rotate ? 28 : 8, right: 16,
                               top: printed ? legendRoom(seriesNames(data.series), width) + 8 : 16,
                               bottom: printed ? 8 : 40, containLabel: true },
            xAxis: sideways ? values : categories,
            yAxis: sideways ? categories : values,
            series: data.series.map(function (s, i) {
                // a trend has a line an indicator, up to the catalogue's 21, and the palette eight colours: from the
                // ninth the colours come again, dashed, then dotted, so that no two lines (nor their marks in the
                // legend) look alike: the ninth indicator's 60.000 read as the first's
                var round = Math.floor(i / PALETTE.length) % 3;
                return { name: s.name, type: kind === 'line' ? 'line' : logarithmic ? 'scatter' : 'bar', data: s.data,
                         symbolSize: logarithmic && kind !== 'line' ? 12 : undefined,
                         lineStyle: kind === 'line' ? { type: ['solid', 'dashed', 'dotted'][round] } : undefined,
                         symbol: kind === 'line' ? ['emptyCircle', 'emptyRect', 'emptyTriangle'][round] : undefined,
                         stack: kind === 'stacked' ? 'all' : undefined, connectNulls: false };
            })
        };
    }

    // under a chart on a logarithmic axis, what a reader of bar lengths must know
    function scaleNote(into, chart) {
        var axes = chart.getOption().xAxis.concat(chart.getOption().yAxis);
        var logarithmic = axes.some(function (a) { return a.type === 'log'; });
        var note = into.nextElementSibling;
        if (!note || !note.classList.contains('scale-note')) {
            note = document.createElement('p');
            note.className = 'muted scale-note';
            note.textContent = 'Số liệu chênh nhau lớn nên trục số chia theo thang logarit: mỗi vạch gấp 10 lần '
                + 'vạch trước. Số liệu chính xác ở bảng dưới.';
            into.parentNode.insertBefore(note, into.nextSibling);
        }
        note.hidden = !logarithmic;
    }

    function draw(table) {
        var into = document.getElementById(table.getAttribute('data-chart-into'));
        if (!into) { return; }
        if (table.getAttribute('data-chart') === 'bar') {
            into.classList.add('rows-' + Math.min(12, table.querySelectorAll('tbody tr').length));
        }
        var chart = echarts.init(into, null, { renderer: 'canvas', locale: 'EN' });
        chart.setOption(options(table, into.clientWidth));
        scaleNote(into, chart);
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

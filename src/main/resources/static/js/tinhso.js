/*
 * TinhSo page helpers. The CSP forbids inline scripts, so pages carry their data and texts in
 * data-* attributes and this file wires them up: CSRF for htmx and fetch, selects that submit their
 * form, numbers in the reader's language, the province maps and the charts.
 */
const TinhSo = (() => {
    function csrfHeaders() {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? {[header.content]: token.content} : {};
    }

    document.addEventListener('htmx:configRequest', (event) => {
        Object.assign(event.detail.headers, csrfHeaders());
    });

    const lang = () => document.documentElement.lang || 'vi';

    /** 1.234,5 in Vietnamese, 1,234.5 in English; '—' for no value. */
    function number(value, decimals) {
        if (value === null || value === undefined || Number.isNaN(value)) return '—';
        const options = decimals === undefined ? {maximumFractionDigits: 2}
            : {minimumFractionDigits: decimals, maximumFractionDigits: decimals};
        return new Intl.NumberFormat(lang(), options).format(value);
    }

    /** 16,8 % in Vietnamese, 16.8% in English, 1.234 tỷ đồng. */
    function withUnit(value, decimals, unit) {
        const text = number(value, decimals);
        if (text === '—' || !unit) return text;
        return unit === '%' && lang() === 'en' ? text + '%' : text + ' ' + unit;
    }

    // Leaflet inserts a string tooltip as HTML, and unit names include villages from imported files.
    function escapeHtml(value) {
        return String(value ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
    }

    async function getJson(url) {
        const response = await fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
        if (!response.ok) throw new Error(url + ' answered ' + response.status);
        return response.json();
    }

    const NEUTRAL = '#90cdf4';
    const NO_DATA = '#e2e8f0';

    /** Draws polygons from data-geojson and points from data-points; shows a spinner while loading and a message if it fails. */
    async function provinceMap(id, options = {}) {
        const element = document.getElementById(id);
        if (!element) return null;
        const status = document.createElement('div');
        status.className = 'map-status map-loading';
        status.textContent = element.dataset.loading || '…';
        element.appendChild(status);
        try {
            const map = L.map(element, {zoomSnap: 0.25, attributionControl: false});
            // Units with no known boundary (communes, units after 2025) come with points only.
            const areas = element.dataset.geojson ? await getJson(element.dataset.geojson) : {type: 'FeatureCollection', features: []};
            const polygons = L.geoJSON(areas, {
                pointToLayer: (f, latlng) => L.circleMarker(latlng, {radius: 9}),
                style: (f) => Object.assign({color: '#1a202c', weight: 1, fillColor: NEUTRAL, fillOpacity: 0.35},
                    options.style ? options.style(f) : {}),
                onEachFeature: (f, layer) => {
                    layer.bindTooltip(options.tooltip ? options.tooltip(f) : escapeHtml(f.properties.name));
                    if (options.onClick) layer.on('click', () => options.onClick(f));
                }
            }).addTo(map);
            let points = null;
            if (element.dataset.points) {
                const pts = await getJson(element.dataset.points);
                points = L.geoJSON(pts, {
                    filter: (f) => f.geometry && f.geometry.type === 'Point',
                    pointToLayer: (f, latlng) => L.circleMarker(latlng, {radius: 3, color: '#2d3748', weight: 1, fillOpacity: 0.8}),
                    onEachFeature: (f, layer) => layer.bindTooltip(escapeHtml(f.properties.name))
                }).addTo(map);
            }
            if (areas.features.length > 0) map.fitBounds(polygons.getBounds(), {padding: [10, 10]});
            else if (points && points.getLayers().length > 0) map.fitBounds(points.getBounds(), {padding: [20, 20], maxZoom: 13});
            else map.setView([21.2, 106.2], 9);
            if (options.legend) options.legend.addTo(map);
            element.dataset.pointCount = String(points ? points.getLayers().length : 0);
            element.dataset.features = String(areas.features.length);
            status.remove();
            element.classList.add('map-ready');
            return map;
        } catch (e) {
            status.className = 'map-status map-failed';
            status.textContent = element.dataset.failed || String(e);
            element.classList.add('map-failed');
            return null;
        }
    }

    const SHADES = ['#ebf8ff', '#bee3f8', '#90cdf4', '#4299e1', '#2b6cb0'];

    /** Equal-interval classes over the values shown; one class when all values are the same. */
    function classesOf(values) {
        const numbers = values.filter(v => v !== null && !Number.isNaN(v));
        if (numbers.length === 0) return [];
        const min = Math.min(...numbers), max = Math.max(...numbers);
        if (min === max) return [{from: min, to: max, colour: SHADES[2]}];
        const n = Math.min(SHADES.length, numbers.length);
        const step = (max - min) / n;
        return Array.from({length: n}, (_, i) => ({
            from: min + i * step, to: i === n - 1 ? max : min + (i + 1) * step,
            colour: SHADES[Math.round(i * (SHADES.length - 1) / Math.max(1, n - 1))]
        }));
    }

    /** A map whose areas are coloured by value, with a legend of classes and unit and a grey class for no data. */
    function choropleth(id, values, {unit, decimals, title, noData}) {
        const classes = classesOf(Object.values(values));
        const classOf = (v) => classes.find((c, i) => v <= c.to || i === classes.length - 1);
        const legend = L.control({position: 'bottomright'});
        legend.onAdd = () => {
            const box = L.DomUtil.create('div', 'map-legend');
            box.innerHTML = '<strong>' + escapeHtml(title) + (unit ? ' (' + escapeHtml(unit) + ')' : '') + '</strong>'
                + classes.map(c => '<div class="legend-class"><i style="background:' + c.colour + '"></i>'
                    + escapeHtml(number(c.from, decimals) + ' – ' + number(c.to, decimals)) + '</div>').join('')
                + '<div class="legend-class legend-nodata"><i class="no-data"></i>' + escapeHtml(noData) + '</div>';
            return box;
        };
        const valueOf = (f) => values[f.properties.code];
        return provinceMap(id, {
            legend,
            style: (f) => {
                const v = valueOf(f);
                return v === null || v === undefined
                    ? {fillColor: NO_DATA, fillOpacity: 0.9, dashArray: '4 3'}
                    : {fillColor: classOf(v).colour, fillOpacity: 0.85};
            },
            tooltip: (f) => {
                const v = valueOf(f);
                return '<strong>' + escapeHtml(f.properties.name) + '</strong><br>'
                    + escapeHtml(v === null || v === undefined ? noData : withUnit(v, decimals, unit));
            }
        });
    }

    const list = (text, separator = '|') => text ? text.split(separator) : [];
    const numbers = (text) => list(text).map(v => v === 'null' || v === '' ? null : Number(v));

    function explorerChart(el) {
        const labels = list(el.dataset.labels);
        const values = numbers(el.dataset.values);
        const targets = numbers(el.dataset.targets).filter(t => t !== null);
        const decimals = Number(el.dataset.decimals || 1), unit = el.dataset.unit;
        echarts.init(el).setOption({
            animation: false,
            tooltip: {trigger: 'axis', valueFormatter: (v) => withUnit(v, decimals, unit)},
            grid: {left: 70, right: 90, top: 30, bottom: 50},
            xAxis: {type: 'category', data: labels, axisLabel: {hideOverlap: true, rotate: labels.length > 8 ? 45 : 0}},
            yAxis: {type: 'value', axisLabel: {formatter: (v) => number(v)}},
            series: [{name: el.dataset.name, type: 'line', data: values,
                label: {show: labels.length <= 12, formatter: (p) => number(p.value, decimals)},
                markLine: targets.length ? {symbol: 'none', lineStyle: {type: 'dashed', color: '#c53030'},
                    label: {formatter: (p) => el.dataset.targetLabel + ': ' + withUnit(p.value, decimals, unit), position: 'insideEndTop'},
                    data: targets.map(t => ({yAxis: t}))} : undefined}]
        });
        el.classList.add('chart-ready');
    }

    function explorerMap(el) {
        const values = {};
        document.querySelectorAll('#indicator-table tbody tr[data-unit]').forEach(r => {
            values[r.dataset.unit] = r.dataset.value === undefined || r.dataset.value === '' ? null : Number(r.dataset.value);
        });
        return choropleth(el.id, values, {unit: el.dataset.unit, decimals: Number(el.dataset.decimals || 1),
            title: el.dataset.legendTitle, noData: el.dataset.noData});
    }

    /** Achievement against each target, coloured like the status: the table below holds the same rows. */
    function targetsChart(el) {
        const colours = {GREEN: '#2f855a', AMBER: '#b7791f', RED: '#c53030', NO_DATA: '#718096'};
        const rows = [...document.querySelectorAll('#targets-table tbody tr')].reverse();
        const achieved = rows.map(r => {
            const actual = parseFloat(r.dataset.actual), target = parseFloat(r.dataset.target);
            if (isNaN(actual) || !target) return 0;
            const ratio = r.dataset.direction === 'AT_MOST' ? target / actual : actual / target;
            return Math.round(ratio * 1000) / 10;
        });
        echarts.init(el).setOption({
            animation: false,
            title: {text: el.dataset.title, textStyle: {fontSize: 14}},
            grid: {left: 360, right: 60, top: 40, bottom: 20},
            xAxis: {type: 'value', max: v => Math.max(120, Math.ceil(v.max / 10) * 10), axisLabel: {formatter: (v) => withUnit(v, 0, '%')}},
            yAxis: {type: 'category', data: rows.map(r => r.dataset.label), axisLabel: {width: 340, overflow: 'truncate'}},
            series: [{type: 'bar', data: achieved.map((v, i) => ({value: v, itemStyle: {color: colours[rows[i].dataset.rag]}})),
                label: {show: true, position: 'right', formatter: (p) => withUnit(p.value, 1, '%')},
                markLine: {symbol: 'none', data: [{xAxis: 100}], lineStyle: {type: 'dashed'}, label: {formatter: withUnit(100, 0, '%')}}}]
        });
        el.dataset.bars = String(achieved.length);
    }

    /** Each pillar's points as a share of its maximum; the tables below give the components. */
    function pillarsChart(el) {
        const pillars = [...document.querySelectorAll('table.pillar')].reverse();
        echarts.init(el).setOption({
            animation: false,
            grid: {left: 160, right: 80, top: 10, bottom: 30},
            xAxis: {type: 'value', max: 100, axisLabel: {formatter: (v) => withUnit(v, 0, '%')}},
            yAxis: {type: 'category', data: pillars.map(t => t.dataset.name)},
            series: [{type: 'bar', color: '#2b6cb0',
                data: pillars.map(t => Math.round(1000 * Number(t.dataset.points) / Number(t.dataset.max)) / 10),
                label: {show: true, position: 'right',
                    formatter: (p) => number(Number(pillars[p.dataIndex].dataset.points), 1) + ' / ' + number(Number(pillars[p.dataIndex].dataset.max), 0)}}]
        });
        el.dataset.bars = String(pillars.length);
    }

    /** Rows accepted and rejected by each version, oldest first: the table below holds the same numbers. */
    function versionsChart(el) {
        const rows = [...document.querySelectorAll('#versions tr[data-version]')].reverse();
        echarts.init(el).setOption({
            animation: false,
            tooltip: {trigger: 'axis', valueFormatter: (v) => number(v, 0)},
            legend: {data: [el.dataset.accepted, el.dataset.rejected]},
            grid: {left: 60, right: 20, top: 40, bottom: 30},
            xAxis: {type: 'category', data: rows.map(r => r.dataset.version)},
            yAxis: {type: 'value', axisLabel: {formatter: (v) => number(v)}},
            series: [
                {name: el.dataset.accepted, type: 'bar', stack: 'rows', color: '#2f855a', data: rows.map(r => Number(r.dataset.accepted))},
                {name: el.dataset.rejected, type: 'bar', stack: 'rows', color: '#c53030', data: rows.map(r => Number(r.dataset.rejected))}]
        });
        el.dataset.bars = String(rows.length);
    }

    const widgets = {
        'map': (el) => provinceMap(el.id),
        'explorer-chart': explorerChart,
        'explorer-map': explorerMap,
        'targets-chart': targetsChart,
        'pillars-chart': pillarsChart,
        'versions-chart': versionsChart
    };

    document.addEventListener('DOMContentLoaded', () => {
        document.querySelectorAll('select[data-autosubmit]').forEach(select =>
            select.addEventListener('change', () => select.form.submit()));
        document.querySelectorAll('[data-widget]').forEach(el => {
            const init = widgets[el.dataset.widget];
            if (init) init(el);
        });
    });

    return {provinceMap, choropleth, csrfHeaders, getJson, escapeHtml, number, withUnit};
})();

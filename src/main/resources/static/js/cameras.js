/* The camera pages: the map of cameras coloured by health, the status, uptime and traffic charts, a plate's track. */
(() => {
    const COLOURS = {online: '#2f855a', silent: '#d69e2e', offline: '#c53030', maintenance: '#718096', retired: '#1a202c'};

    const style = document.createElement('style');
    style.textContent = Object.entries(COLOURS).map(([k, c]) =>
        '.dot.status-' + k + '{display:inline-block;width:.7em;height:.7em;border-radius:50%;background:' + c + '}').join('');
    document.head.appendChild(style);

    function labels(text) {
        const out = {};
        (text || '').split('|').filter(Boolean).forEach(p => {
            const i = p.indexOf(':');
            out[p.slice(0, i)] = p.slice(i + 1);
        });
        return out;
    }

    async function cameraMap(el) {
        const status = document.createElement('div');
        status.className = 'map-status map-loading';
        status.textContent = el.dataset.loading || '…';
        el.appendChild(status);
        try {
            const names = labels(el.dataset.labels);
            const data = await TinhSo.getJson(el.dataset.cameras);
            const map = L.map(el, {zoomSnap: 0.25, attributionControl: false});
            const counts = {};
            const layer = L.geoJSON(data, {
                pointToLayer: (f, latlng) => {
                    const s = f.properties.status;
                    counts[s] = (counts[s] || 0) + 1;
                    const ai = f.properties.kind !== 'surveillance';
                    return L.circleMarker(latlng, {radius: ai ? 6 : 3, color: COLOURS[s] || '#2b6cb0', weight: ai ? 2 : 1,
                        fillOpacity: 0.8, className: 'camera camera-' + s});
                },
                onEachFeature: (f, l) => l.bindPopup('<a href="/cameras/camera/' + encodeURIComponent(f.properties.code) + '">'
                    + TinhSo.escapeHtml(f.properties.code) + '</a><br>' + TinhSo.escapeHtml(f.properties.name)
                    + '<br>' + TinhSo.escapeHtml(names[f.properties.status] || f.properties.status))
            }).addTo(map);
            if (layer.getLayers().length > 0) map.fitBounds(layer.getBounds(), {padding: [10, 10]});
            else map.setView([21.2, 106.2], 9);
            const legend = L.control({position: 'bottomright'});
            legend.onAdd = () => {
                const div = L.DomUtil.create('div', 'legend');
                div.innerHTML = '<strong>' + TinhSo.escapeHtml(el.dataset.legendTitle || '') + '</strong><br>'
                    + Object.keys(COLOURS).map(k => '<span class="dot status-' + k + '"></span> '
                        + TinhSo.escapeHtml(names[k] || k) + ' (' + (counts[k] || 0) + ')').join('<br>');
                return div;
            };
            legend.addTo(map);
            Object.entries(counts).forEach(([k, v]) => { el.dataset['count' + k.charAt(0).toUpperCase() + k.slice(1)] = String(v); });
            el.dataset.pointCount = String(layer.getLayers().length);
            status.remove();
            el.classList.add('map-ready');
        } catch (e) {
            status.className = 'map-status map-failed';
            status.textContent = el.dataset.failed || String(e);
            el.classList.add('map-failed');
        }
    }

    function statusChart(el) {
        const data = (el.dataset.values || '').split('|').filter(Boolean).map(p => {
            const [name, value, key] = p.split(':');
            return {name, value: Number(value), itemStyle: {color: COLOURS[key]}};
        }).filter(d => d.value > 0);
        echarts.init(el).setOption({title: {text: el.dataset.title, textStyle: {fontSize: 14}}, tooltip: {trigger: 'item'},
            series: [{type: 'pie', radius: ['40%', '70%'], top: 30, data}]});
    }

    function uptimeChart(el) {
        const days = (el.dataset.days || '').split('|').filter(Boolean);
        const values = (el.dataset.values || '').split('|').filter(Boolean).map(Number);
        echarts.init(el).setOption({title: {text: el.dataset.title, textStyle: {fontSize: 14}}, tooltip: {trigger: 'axis'},
            xAxis: {type: 'category', data: days}, yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value} %'}},
            series: [{type: 'bar', data: values, itemStyle: {color: '#2f855a'}}]});
    }

    function trafficChart(el) {
        const classes = (el.dataset.classes || '').split('|').filter(Boolean);
        const hours = Array.from({length: 24}, (_, i) => i + ':00');
        const byClass = {};
        classes.forEach(c => { byClass[c] = new Array(24).fill(0); });
        (el.dataset.series || '').split('|').filter(Boolean).forEach(p => {
            const [hour, cls, n] = p.split(':');
            if (byClass[cls]) byClass[cls][Number(hour)] = Number(n);
        });
        echarts.init(el).setOption({title: {text: el.dataset.title, textStyle: {fontSize: 14}}, tooltip: {trigger: 'axis'},
            legend: {top: 24}, grid: {top: 60}, xAxis: {type: 'category', data: hours}, yAxis: {type: 'value'},
            series: classes.map(c => ({name: c, type: 'bar', stack: 'all', data: byClass[c]}))});
    }

    function plateTrack(el) {
        const points = (el.dataset.track || '').split('|').filter(Boolean).map(p => {
            const [lat, lon, name] = p.split(',');
            return {lat: Number(lat), lon: Number(lon), name};
        });
        const map = L.map(el, {attributionControl: false});
        if (points.length === 0) { map.setView([21.2, 106.2], 9); el.classList.add('map-ready'); return; }
        const line = L.polyline(points.map(p => [p.lat, p.lon]), {color: '#2b6cb0'}).addTo(map);
        points.forEach((p, i) => L.circleMarker([p.lat, p.lon], {radius: 5, className: 'sighting'})
            .bindTooltip((i + 1) + '. ' + TinhSo.escapeHtml(p.name)).addTo(map));
        map.fitBounds(line.getBounds(), {padding: [20, 20], maxZoom: 14});
        el.dataset.pointCount = String(points.length);
        el.classList.add('map-ready');
    }

    document.addEventListener('DOMContentLoaded', () => {
        const m = document.getElementById('camera-map');
        if (m) cameraMap(m);
        const s = document.getElementById('chart-status');
        if (s) statusChart(s);
        const u = document.getElementById('chart-uptime');
        if (u) uptimeChart(u);
        const t = document.getElementById('chart-traffic');
        if (t) trafficChart(t);
        const p = document.getElementById('plate-track');
        if (p) plateTrack(p);
    });
})();

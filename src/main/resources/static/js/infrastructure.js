/* The infrastructure pages: commune choropleth of 4G coverage, towers (grouped at low zoom), villages without 4G,
 * tower footprints on request, and the charts. Data comes from the element's data-* attributes and the module's API. */
(() => {
    const GROUP_BELOW_ZOOM = 12;

    function pairs(text) {
        const values = {};
        (text || '').split('|').filter(Boolean).forEach(p => {
            const [code, v] = p.split('=');
            values[code] = Number(v);
        });
        return values;
    }

    /** Towers one by one from zoom 12, else grouped in a grid whose circles say how many towers they hold. */
    function towerLayer(map, features) {
        const layer = L.layerGroup();
        const draw = () => {
            layer.clearLayers();
            const zoom = map.getZoom();
            if (zoom >= GROUP_BELOW_ZOOM) {
                features.forEach(f => {
                    const [lon, lat] = f.geometry.coordinates;
                    L.circleMarker([lat, lon], {radius: 4, color: '#2b6cb0', weight: 1, fillOpacity: 0.9, className: 'tower'})
                        .bindPopup('<a href="/infrastructure/towers/' + encodeURIComponent(f.properties.code) + '">'
                            + TinhSo.escapeHtml(f.properties.code) + '</a><br>' + TinhSo.escapeHtml(f.properties.operators.join(', '))
                            + '<br>' + TinhSo.escapeHtml(f.properties.technologies.join(', ')))
                        .addTo(layer);
                });
                return;
            }
            const size = 0.6 / Math.pow(2, zoom - 8);
            const groups = new Map();
            features.forEach(f => {
                const [lon, lat] = f.geometry.coordinates;
                const key = Math.floor(lat / size) + ':' + Math.floor(lon / size);
                const g = groups.get(key) || {n: 0, lat: 0, lon: 0};
                g.n++; g.lat += lat; g.lon += lon;
                groups.set(key, g);
            });
            groups.forEach(g => {
                L.marker([g.lat / g.n, g.lon / g.n], {
                    icon: L.divIcon({className: 'tower-group', html: '<span>' + g.n + '</span>', iconSize: [28, 28]})
                }).addTo(layer);
            });
        };
        map.on('zoomend', draw);
        draw();
        return layer;
    }

    /** OpenCelliD's licence (CC BY-SA 4.0) asks for its attribution wherever a figure derived from its cells is shown. */
    function attribute(map, el) {
        if (el.dataset.attribution) L.control.attribution({prefix: false}).addAttribution(TinhSo.escapeHtml(el.dataset.attribution)).addTo(map);
    }

    async function homeMap(el) {
        const map = await TinhSo.choropleth(el.id, pairs(el.dataset.values),
            {unit: '%', decimals: 1, title: el.dataset.title, noData: el.dataset.nodata});
        if (!map) return;
        attribute(map, el);
        const towers = await TinhSo.getJson(el.dataset.towers);
        const gaps = await TinhSo.getJson(el.dataset.gaps);
        const towerLayerGroup = towerLayer(map, towers.features).addTo(map);
        const gapLayer = L.layerGroup(gaps.filter(g => g.bestTier < 3).map(g =>
            L.circleMarker([g.latitude, g.longitude], {radius: 5, color: '#c53030', weight: 2, fillOpacity: 0.6, className: 'gap'})
                .bindTooltip(TinhSo.escapeHtml(g.name + ' · ' + g.communeName + ' · ' + g.population)))).addTo(map);
        // Each cell's modelled footprint (sector or circle), fetched the first time the layer is switched on.
        const footprints = L.layerGroup();
        map.on('overlayadd', async e => {
            if (e.layer !== footprints || footprints.getLayers().length) return;
            const cells = await TinhSo.getJson(el.dataset.footprints);
            L.geoJSON(cells, {
                style: {weight: 0.5, color: '#2b6cb0', fillColor: '#2b6cb0', fillOpacity: 0.06, className: 'footprint'},
                onEachFeature: (f, l) => l.bindTooltip(TinhSo.escapeHtml(f.properties.operator + ' ' + f.properties.technology
                    + ' · ' + f.properties.radiusKm + ' km · ' + f.properties.method))
            }).addTo(footprints);
            el.dataset.footprintCount = String(cells.features.length);
        });
        const overlays = {};
        overlays[el.dataset.towersLabel] = towerLayerGroup;
        overlays[el.dataset.gapsLabel] = gapLayer;
        overlays[el.dataset.footprintsLabel] = footprints;
        L.control.layers(null, overlays, {collapsed: false}).addTo(map);
        el.dataset.towerCount = String(towers.features.length);
        el.dataset.gapCount = String(gapLayer.getLayers().length);
        el.classList.add('infra-ready');
    }

    async function sitingMap(el) {
        const map = await TinhSo.provinceMap(el.id);
        if (!map) return;
        attribute(map, el);
        const gaps = await TinhSo.getJson(el.dataset.gaps);
        gaps.filter(g => g.bestTier < 3).forEach(g => L.circleMarker([g.latitude, g.longitude],
            {radius: 4, color: '#c53030', weight: 1, fillOpacity: 0.6}).bindTooltip(TinhSo.escapeHtml(g.name)).addTo(map));
        sites(map, el.dataset.sites, Number(el.dataset.radius || 4000), '#2f855a', 'site-proposal');
        sites(map, el.dataset.sitesB, Number(el.dataset.radiusB || 4000), '#2b6cb0', 'site-proposal site-b');
        el.dataset.siteCount = el.querySelectorAll('.site-proposal').length;
    }

    /** Proposed sites ("lat,lon,rank,people|…") as numbered markers with the circle each one reaches. */
    function sites(map, text, radius, color, className) {
        (text || '').split('|').filter(Boolean).forEach(s => {
            const [lat, lon, rank, people] = s.split(',').map(Number);
            L.circle([lat, lon], {radius, color, weight: 2, fillOpacity: 0.1}).addTo(map);
            L.marker([lat, lon], {icon: L.divIcon({className, html: '<span>' + rank + '</span>', iconSize: [24, 24]})})
                .bindTooltip('+' + TinhSo.number(people, 0)).addTo(map);
        });
    }

    function btsChart(el) {
        const techs = el.dataset.technologies.split('|');
        const techsOf = (el.dataset.seriesTechs || '').split('|');
        const series = (el.dataset.series || '').split('|').filter(Boolean).map((s, i) => {
            const [name, counts] = s.split(':');
            const byTech = {};
            const own = techsOf[i].split(',');
            counts.split(',').forEach((n, j) => byTech[own[j]] = Number(n));
            return {name, type: 'bar', stack: 'bts', data: techs.map(t => byTech[t] || 0)};
        });
        echarts.init(el).setOption({title: {text: el.dataset.title, textStyle: {fontSize: 14}}, tooltip: {trigger: 'axis'},
            legend: {bottom: 0}, xAxis: {type: 'category', data: techs}, yAxis: {type: 'value'}, series});
    }

    function coverageChart(el) {
        const techs = el.dataset.technologies.split('|');
        const population = Number(el.dataset.population) || 1;
        const share = (list) => list.split(',').map(n => Math.round(1000 * Number(n) / population) / 10);
        const series = [{name: el.dataset.best, type: 'bar', data: share(el.dataset.values)}];
        (el.dataset.operators || '').split('|').filter(Boolean).forEach(s => {
            const [name, list] = s.split(':');
            series.push({name, type: 'bar', data: share(list)});
        });
        echarts.init(el).setOption({title: {text: el.dataset.title, textStyle: {fontSize: 14}}, tooltip: {trigger: 'axis'},
            legend: {bottom: 0}, xAxis: {type: 'category', data: techs.map(t => '≥ ' + t)}, yAxis: {type: 'value', max: 100}, series});
    }

    document.addEventListener('DOMContentLoaded', () => {
        const home = document.getElementById('infra-map');
        if (home) homeMap(home);
        const siting = document.getElementById('siting-map');
        if (siting) sitingMap(siting);
        const bts = document.getElementById('chart-bts');
        if (bts) btsChart(bts);
        const coverage = document.getElementById('chart-coverage');
        if (coverage) coverageChart(coverage);
    });
})();

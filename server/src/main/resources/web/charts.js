// Charts and the actors' graph with Apache ECharts, served from its WebJar by our server.
// Tooltips render as rich text inside the canvas: no article string ever becomes HTML.

let loading;

/** Loads ECharts once, on the pages that draw. */
export function echarts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  loading ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/assets/vendor/echarts.min.js';
    s.onload = () => resolve(window.echarts);
    s.onerror = () => reject(new Error('charts library missing'));
    document.head.append(s);
  });
  return loading;
}

const PALETTE = ['#1f6f8b', '#e07a1f', '#3a9d5d', '#b5446e', '#6c5fc7', '#c9a227', '#4f8fd6', '#8a6d3b'];
const FONT = '"Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif';

function chart(lib, el) {
  const c = lib.init(el, null, { renderer: 'canvas' });
  new ResizeObserver(() => c.resize()).observe(el);
  return c;
}

/** Stacked monthly bars, one series per name. Time runs left to right in both languages. */
export async function volume(el, months, series, numberFormat) {
  const lib = await echarts();
  const c = chart(lib, el);
  c.setOption({
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: numberFormat },
    legend: { type: 'scroll', top: 0, textStyle: { fontFamily: FONT } },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: Object.entries(series).map(([name, data]) => ({ name, type: 'bar', stack: 'all', data, barMaxWidth: 28 })),
  });
  return c;
}

/** One series of monthly bars. */
export async function timeline(el, timelineMap) {
  const lib = await echarts();
  const c = chart(lib, el);
  const months = Object.keys(timelineMap).sort();
  c.setOption({
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 36, right: 12, top: 12, bottom: 28 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: months.map((m) => timelineMap[m]), barMaxWidth: 24 }],
  });
  return c;
}

const TYPE_COLOR = { PERS: '#1f6f8b', ORG: '#3a9d5d', LOC: '#e07a1f', MISC: '#6c5fc7' };

/** The actor in the middle, the actors seen with them around, sized by shared articles. */
export async function graph(el, center, neighbours, onOpen) {
  const lib = await echarts();
  const c = chart(lib, el);
  const max = Math.max(1, ...neighbours.map((n) => n.articles));
  const nodes = [{ id: center.id, name: center.name, symbolSize: 46, fixed: true,
    x: el.clientWidth / 2, y: el.clientHeight / 2,
    itemStyle: { color: TYPE_COLOR[center.type] || '#333' }, label: { fontWeight: 'bold' } }]
    .concat(neighbours.map((n) => ({ id: n.id, name: n.name, value: n.articles,
      symbolSize: 14 + 26 * (n.articles / max), itemStyle: { color: TYPE_COLOR[n.type] || '#8a8f98' } })));
  c.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: { renderMode: 'richText', formatter: (p) => p.dataType === 'edge' ? `${p.value}` : `${p.name}: ${p.value ?? ''}` },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 260, edgeLength: [70, 160], gravity: 0.08, layoutAnimation: false },
      label: { show: true, position: 'bottom', fontFamily: FONT, fontSize: 12 },
      lineStyle: { color: '#b8c0cc', curveness: 0.1 },
      data: nodes,
      links: neighbours.map((n) => ({ source: center.id, target: n.id, value: n.articles,
        lineStyle: { width: 1 + 4 * (n.articles / max) } })),
    }],
  });
  c.on('click', (p) => { if (p.dataType === 'node' && p.data.id !== center.id) onOpen(p.data.id); });
  return c;
}

import { useI18n } from '../../../core/i18n';

export interface Series {
  key: string;
  label: string;
  points: readonly { start: string; count: number }[];
}

const W = 720;
const H = 220;
const PAD = { left: 40, right: 28, top: 12, bottom: 28 };

/** A round axis maximum (1, 2, 5 × 10^n) at or above the largest value. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const pow = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * pow >= max) return m * pow;
  return 10 * pow;
}

/** Whole-number grid values from 0 to max (counts are integers: no "1.5" ticks, no repeated labels). */
export function gridValues(max: number): number[] {
  const step = max <= 5 ? 1 : Number.isInteger(max / 4) ? max / 4 : max / 5;
  return Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
}

/**
 * A small hand-drawn SVG line chart (no chart library: the console's initial JS stays small).
 * Colours come from classes (`series-0`…) in the stylesheet, so nothing inline meets the CSP.
 * A table with the same numbers follows for screen readers and exact values.
 */
export function TrendChart({ series, hourly, title }: { series: Series[]; hourly: boolean; title: string }) {
  const { t, lang } = useI18n();
  const n = Math.max(0, ...series.map((s) => s.points.length));
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.count))));
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (n <= 1 ? iw / 2 : (i * iw) / (n - 1));
  const y = (v: number) => PAD.top + ih - (v / max) * ih;
  const starts = series[0]?.points.map((p) => p.start) ?? [];
  const fmt = (iso: string) => {
    const d = new Date(iso);
    const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
    return hourly ? d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) : d.toLocaleDateString(locale, { month: 'short', day: 'numeric' });
  };
  const tickEvery = Math.max(1, Math.ceil(n / 8));
  const total = series.reduce((sum, s) => sum + s.points.reduce((a, p) => a + p.count, 0), 0);
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="trend-svg">
        {gridValues(max).map((v) => (
          <g key={v}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="axis" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">{v}</text>
          </g>
        ))}
        {starts.map((s, i) => (i % tickEvery === 0 ? <text key={s} className="axis" x={x(i)} y={H - 8} textAnchor={i === n - 1 && n > 1 ? 'end' : i === 0 && n > 1 ? 'start' : 'middle'}>{fmt(s)}</text> : null))}
        {series.map((s, si) => (
          <g key={s.key} className={`series series-${si}`}>
            <polyline fill="none" points={s.points.map((p, i) => `${x(i).toFixed(1)},${y(p.count).toFixed(1)}`).join(' ')} />
            {n <= 60 ? s.points.map((p, i) => (p.count > 0 ? <circle key={i} cx={x(i)} cy={y(p.count)} r={2.5}><title>{`${s.label} · ${fmt(p.start)}: ${p.count}`}</title></circle> : null)) : null}
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        {series.map((s, si) => (
          <span key={s.key} className={`legend-item series-${si}`}>
            <span className="swatch" aria-hidden="true" />
            {s.label} <strong>{s.points.reduce((a, p) => a + p.count, 0)}</strong>
          </span>
        ))}
        {total === 0 ? <span className="muted">{t('stats.trends.none')}</span> : null}
      </figcaption>
    </figure>
  );
}

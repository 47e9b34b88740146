// The benchmark chart as an element tree (ogsmith draws its own chart): peers per card and stages per template.
import type { OgsmithElement } from '../jsx/element.js';
import { RENDER_STAGES, type RenderStage } from '../layout/stage-clock.js';
import { describeMachine, type BenchReport, type PeerRow } from './report.js';

const WIDTH = 1200;
const LABEL = 190;
/** Room after the longest bar for its label. */
const VALUE = 290;
const TRACK = WIDTH - 2 * 48 - LABEL - VALUE;
const ENGINE_COLORS: Readonly<Record<string, string>> = { ogsmith: '#6366f1', takumi: '#f59e0b', 'satori+resvg': '#10b981' };
const STAGE_COLORS: Readonly<Record<RenderStage, string>> = { style: '#c4b5fd', layout: '#60a5fa', paint: '#34d399', encode: '#fbbf24' };

const px = (ms: number, scale: number): number => Math.max(1, Math.round((ms / scale) * TRACK));
const label = (ms: number): string => `${ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)} ms`;

/** A track with a bar to p50 and a thin whisker on to p95. */
function Bar(props: { readonly p50: number; readonly p95: number; readonly scale: number; readonly color: string; readonly text: string }): OgsmithElement {
  const bar = px(props.p50, props.scale);
  const whisker = Math.max(0, px(props.p95, props.scale) - bar);
  return (
    <div style={{ alignItems: 'center', height: 22 }}>
      <div style={{ width: bar, height: 18, backgroundColor: props.color, borderRadius: 3 }} />
      <div style={{ width: whisker, height: 2, backgroundColor: props.color, opacity: 0.6 }} />
      <div style={{ width: 2, height: 12, backgroundColor: props.color, opacity: whisker > 0 ? 0.6 : 0 }} />
      <span style={{ marginLeft: 10, fontSize: 15, color: '#334155' }}>{props.text}</span>
    </div>
  );
}

function Legend(props: { readonly items: readonly (readonly [string, string])[] }): OgsmithElement {
  return (
    <div style={{ gap: 18, fontSize: 15, color: '#475569' }}>
      {props.items.map(([name, color]) => (
        <div style={{ alignItems: 'center', gap: 6 }}>
          <div style={{ width: 12, height: 12, borderRadius: 2, backgroundColor: color }} />
          <span>{name}</span>
        </div>
      ))}
    </div>
  );
}

function Section(props: { readonly title: string; readonly note: string; readonly legend: readonly (readonly [string, string])[]; readonly children: OgsmithElement[] }): OgsmithElement {
  return (
    <div style={{ flexDirection: 'column', gap: 10, marginTop: 28 }}>
      <div style={{ flexDirection: 'column', gap: 4 }}>
        <span style={{ fontSize: 22, fontWeight: 700, color: '#0f172a' }}>{props.title}</span>
        <span style={{ fontSize: 15, color: '#64748b' }}>{props.note}</span>
        <Legend items={props.legend} />
      </div>
      {props.children}
    </div>
  );
}

function peerRows(peers: readonly PeerRow[]): OgsmithElement[] {
  const scale = Math.max(...peers.map((p) => p.p95));
  const cards = [...new Set(peers.map((p) => p.card))];
  return cards.map((card) => (
    <div style={{ alignItems: 'center', paddingTop: 6, paddingBottom: 6, borderTop: '1px solid #e2e8f0' }}>
      <span style={{ width: LABEL, fontSize: 17, fontWeight: 600, color: '#1e293b' }}>{card}</span>
      <div style={{ flexDirection: 'column', gap: 3 }}>
        {peers.filter((p) => p.card === card).map((p) => (
          <Bar p50={p.p50} p95={p.p95} scale={scale} color={ENGINE_COLORS[p.engine] ?? '#94a3b8'} text={`${p.engine} ${label(p.p50)} · ${(p.bytes / 1024).toFixed(0)} KB`} />
        ))}
      </div>
    </div>
  ));
}

function stageRows(report: BenchReport): OgsmithElement[] {
  const scale = Math.max(...report.templates.map((t) => t.total.p95));
  return report.templates.map((t) => (
    <div style={{ alignItems: 'center', height: 30, borderTop: '1px solid #e2e8f0' }}>
      <span style={{ width: LABEL, fontSize: 17, fontWeight: 600, color: '#1e293b' }}>{t.name}</span>
      <div style={{ alignItems: 'center' }}>
        {RENDER_STAGES.map((stage) => (
          <div style={{ width: px(t.stages[stage].p50, scale), height: 18, backgroundColor: STAGE_COLORS[stage] }} />
        ))}
        <span style={{ marginLeft: 10, fontSize: 15, color: '#334155' }}>{`p50 ${label(t.total.p50)} · p95 ${label(t.total.p95)} · p99 ${label(t.total.p99)}`}</span>
      </div>
    </div>
  ));
}

/** The chart of a report: 1200 px wide, as tall as its content (measure it with layout()). */
export function benchChart(report: BenchReport): OgsmithElement {
  return (
    <div style={{ width: WIDTH, flexDirection: 'column', padding: '36px 48px', backgroundColor: '#ffffff', fontFamily: 'Inter' }}>
      <span style={{ fontSize: 30, fontWeight: 700, color: '#0f172a' }}>ogsmith render latency</span>
      <span style={{ fontSize: 16, color: '#64748b', marginTop: 6 }}>{`${report.date} · ${describeMachine(report.machine)} · ${report.renders} renders per template after ${report.warmup} warm-up`}</span>
      {report.peers && report.peers.length > 0 ? (
        <Section title="Against the peers" note="PNG renders of the same cards, interleaved in one process: bar to the median, whisker to p95" legend={Object.entries(ENGINE_COLORS)}>
          {peerRows(report.peers)}
        </Section>
      ) : null}
      <Section title="ogsmith per template and stage" note="Median time of each stage, stacked; varied parameters (every render a cache miss)" legend={RENDER_STAGES.map((s) => [s, STAGE_COLORS[s]] as const)}>
        {stageRows(report)}
      </Section>
    </div>
  );
}

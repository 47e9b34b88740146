// The tree the Tree tab starts with: literal JSX (JSON element trees work too).

export const SAMPLE_TREE = `<div style={{ width: 1200, height: 630, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, boxSizing: 'border-box', backgroundImage: 'linear-gradient(135deg, #0f172a 0%, #312e81 100%)', color: '#f8fafc', fontFamily: 'Inter' }}>
  <div style={{ fontSize: 28, color: '#a5b4fc', letterSpacing: 2, textTransform: 'uppercase' }}>ogsmith playground</div>
  <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>Edit this tree and watch the card change</div>
  <div style={{ display: 'flex', gap: 16 }}>
    <span style={{ padding: '8px 20px', borderRadius: 999, backgroundColor: '#4f46e5', fontSize: 26 }}>JSX</span>
    <span style={{ padding: '8px 20px', borderRadius: 999, backgroundColor: '#1e293b', fontSize: 26 }}>or JSON</span>
  </div>
</div>`;

// Sample parameters of the built-in templates: the README gallery and the template tests use them.
export const samples = {
  blog: { title: 'How we render Open Graph images in under ten milliseconds', description: 'Layout that matches Chromium, a worker pool, and a CDN in front: the whole pipeline, measured.', author: 'Ada Lovelace', date: 'Nov 26, 2026', theme: 'dark' },
  profile: { name: 'Grace Hopper', handle: '@grace', bio: 'Compilers, COBOL and nanoseconds you can hold in your hand.', stats: '12.4k followers, 318 posts, 42 repos', theme: 'light' },
  product: { name: 'Handmade ceramic pour-over dripper', price: '$48.00', description: 'Stoneware, glazed by hand in small batches. Fits every mug.', badge: 'New', theme: 'sunset' },
  docs: { title: 'Flexbox, blocks and inline text', section: 'Guides / Layout', description: 'Every behaviour is checked against geometry recorded in headless Chromium.', site: 'ogsmith', theme: 'light' },
  quote: { quote: 'Simplicity is prerequisite for reliability.', author: 'Edsger W. Dijkstra', theme: 'dark' },
  release: { project: 'ogsmith', version: '0.2.0', date: 'November 2026', highlights: 'Image server with CDN headers; Signed URLs and key rotation; Six built-in templates; Guarded remote images', theme: 'ocean' },
  url: { hostname: 'example.com', title: 'Example Domain', description: 'This domain is for use in illustrative examples in documents.', siteName: 'Example', theme: 'light' },
} as const;

// ogsmith's version for the edge build, which cannot read package.json (a test keeps it equal to package.json's).
export const EDGE_VERSION = '0.1.0';

// Types for the parts of s3rver (an S3-compatible test server) the shared-tier test uses.
declare module 's3rver' {
  import type { Server } from 'node:http';
  interface S3rverOptions {
    readonly address?: string;
    readonly port?: number;
    readonly silent?: boolean;
    readonly directory: string;
    readonly configureBuckets?: readonly { readonly name: string }[];
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<Server['address'] extends () => infer A ? Exclude<A, string | null> : never>;
    close(): Promise<void>;
  }
}

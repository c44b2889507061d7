declare module '@vercel/ncc' {
  interface NccOptions {
    minify?: boolean;
    sourceMap?: boolean;
    quiet?: boolean;
    transpileOnly?: boolean;
    license?: string;
    target?: string;
  }
  interface NccResult {
    code: string;
    assets?: Record<string, { source: string | Buffer }>;
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>;
}

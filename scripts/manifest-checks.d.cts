// Types of manifest-checks.cjs for the TypeScript tests that import it.
export interface ManifestCheckOptions {
  /** Folder that holds the files the manifest's /assets/ URLs name. */
  assetsDir: string;
}

export interface ManifestCheck {
  name: string;
  run(doc: Document, options: ManifestCheckOptions): string[];
}

/** One line per problem; empty when the manifest passes. */
export function checkManifest(xmlText: string, options: ManifestCheckOptions): string[];

export const manifestChecks: readonly ManifestCheck[];

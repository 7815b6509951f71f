// Types of ensure-setup.mjs, which is plain JavaScript so that it runs before TypeScript can.
interface LockFile { packages?: Record<string, { name?: string, version?: string, optional?: boolean }> }

/** Why the project needs `npm run setup`, or undefined when it is set up. */
export function setupNeeded(lock: LockFile | undefined, installed: LockFile | undefined, nodeRuns: () => boolean): string | undefined

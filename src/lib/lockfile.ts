// Checks that package-lock.json installs exactly what package.json asks for, on every
// platform: `npm ci` refuses a lockfile that disagrees with package.json, and one that lacks
// other platforms' optional packages (native bindings of Rollup, esbuild, the Astro compiler,
// resvg) installs on the machine that wrote it and fails on the others.

interface LockPackage {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
  inBundle?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, LockPackage>;
}

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** Where Node would find `name` from the package installed at `from` (nested node_modules first). */
function locate(packages: Record<string, LockPackage>, from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const at = dir.lastIndexOf('node_modules/');
    dir = at <= 0 ? '' : dir.slice(0, at - 1);
  }
}

/** Every way the lockfile fails to describe package.json completely; empty when `npm ci` can trust it. */
export function lockfileProblems(pkg: PackageJson, lock: Lockfile): string[] {
  const problems: string[] = [];
  const packages = lock.packages;
  if (!packages || (lock.lockfileVersion ?? 0) < 2) return ['lockfile has no "packages" section (lockfileVersion 2 or 3 needed)'];
  const root = packages[''] ?? {};
  for (const section of SECTIONS) {
    const wanted = pkg[section] ?? {};
    const locked = root[section] ?? {};
    for (const [name, spec] of Object.entries(wanted)) {
      if (locked[name] !== spec)
        problems.push(`package.json ${section}.${name} is "${spec}" but the lockfile has "${locked[name] ?? '(missing)'}"`);
      else if (!locate(packages, '', name)) problems.push(`${name} (${section}) has no lockfile entry`);
    }
    for (const name of Object.keys(locked))
      if (!(name in wanted)) problems.push(`lockfile lists ${section}.${name}, package.json does not`);
  }
  for (const [at, entry] of Object.entries(packages)) {
    if (!at || entry.link) continue;
    if (!entry.inBundle && !entry.integrity) problems.push(`${at} has no integrity hash`);
    if (entry.resolved && !/^https:\/\//.test(entry.resolved)) problems.push(`${at} resolves to ${entry.resolved}, not an https registry`);
    const required = { ...entry.dependencies, ...entry.optionalDependencies };
    for (const name of Object.keys(required)) {
      if (!locate(packages, at, name)) {
        const kind = entry.optionalDependencies?.[name] ? 'optional (platform) dependency' : 'dependency';
        problems.push(`${at} needs ${kind} ${name}, which has no lockfile entry`);
      }
    }
  }
  return problems;
}

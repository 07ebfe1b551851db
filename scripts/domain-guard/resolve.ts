// Maps a module specifier to the repository path it reaches, whichever way it is spelled:
// relative, absolute, root-relative through tsconfig's `baseUrl: "."`, a `@seatpool/*` package,
// or a path through node_modules/@seatpool (the workspace symlinks).
import { posix } from 'node:path';
import { PACKAGE_SCOPE, packageDir } from './domains';

/** The repository-relative target (forward slashes), or undefined for third-party and builtin modules. */
export function resolveTarget(rootAbs: string, fromRel: string, specifier: string): string | undefined {
  const spec = specifier.replace(/\\/g, '/');
  let target: string | undefined;
  if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
    target = posix.normalize(posix.join(posix.dirname(fromRel), spec));
  } else if (posix.isAbsolute(spec) || /^[A-Za-z]:\//.test(spec)) {
    target = posix.relative(rootAbs.replace(/\\/g, '/'), spec);
  } else if (spec.startsWith(PACKAGE_SCOPE)) {
    target = packageTarget(spec.slice(PACKAGE_SCOPE.length));
  } else if (/^(subgraphs|gateway)(\/|$)/.test(spec)) {
    target = posix.normalize(spec);
  }
  if (target === undefined || target.startsWith('../') || target === '..') return undefined;

  const viaNodeModules = /(?:^|\/)node_modules\/@seatpool\/(.+)$/.exec(target);
  return viaNodeModules ? packageTarget(viaNodeModules[1]) : target;
}

function packageTarget(nameAndRest: string): string {
  const [name, ...rest] = nameAndRest.split('/');
  return [packageDir(name), ...rest].join('/');
}

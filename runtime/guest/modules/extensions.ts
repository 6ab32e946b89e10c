/**
 * Python packages the guest bundle carries for code outside the runtime (bindings/ contributes the `java`
 * package and the Python parts of `system`). They are registered while the bundle is evaluated, before the
 * runtime prepares Skulpt (see the guest entry in build.mjs), and are read-only afterwards. Like the stdlib
 * modules of this folder they are pure Python: served from Sk.builtinFiles and compiled on first import.
 */
export interface GuestPackage {
  /** The top-level import name, e.g. 'java'. */
  readonly name: string;
  /** Sources by path under src/lib without '.py': 'java/__init__', 'java/lang/__init__', '_system_date'. */
  readonly files: Readonly<Record<string, string>>;
  /**
   * Jython's rule for Java packages: `import java.lang.Exception` imports the class `Exception` of the module
   * `java.lang`, and a name that is neither a module nor a class of one is refused as not available in the
   * sandbox (see class-imports.ts).
   */
  readonly classImports?: boolean;
}

const packages = new Map<string, GuestPackage>();
let sealed = false;

export function registerGuestPackage(pkg: GuestPackage): void {
  if (sealed) throw new Error(`guest package '${pkg.name}' registered after start-up`);
  for (const path of Object.keys(pkg.files)) {
    if (path !== pkg.name && !path.startsWith(`${pkg.name}/`)) throw new Error(`guest package '${pkg.name}': file '${path}' is outside it`);
  }
  packages.set(pkg.name, pkg);
}

/** No registration after this (called when the runtime installs the provided modules). */
export function sealGuestPackages(): readonly GuestPackage[] {
  sealed = true;
  return [...packages.values()];
}

export function guestPackage(name: string): GuestPackage | undefined {
  return packages.get(name);
}

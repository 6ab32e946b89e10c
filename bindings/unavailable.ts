import type { HostModule } from '../runtime/index.js';
import { defineModule } from './declare.js';
import { GATEWAY_FUNCTIONS, NOT_AVAILABLE_MESSAGE } from './gateway-functions.js';

/**
 * `system` with every gateway function it lacks marked unavailable (see GATEWAY_FUNCTIONS): in the modules it
 * has, the missing names; the modules it has not are empty modules of unavailable names.
 */
export function withUnavailableFunctions(system: HostModule): HostModule {
  const members: Record<string, HostModule['members'][string]> = { ...system.members };
  for (const [name, functions] of Object.entries(GATEWAY_FUNCTIONS)) {
    const existing = members[name];
    if (existing !== undefined && existing.kind !== 'module') continue;
    const module = existing ?? defineModule(`system.${name} (not available in perspective-sandbox)`, {});
    const implemented = new Set([...Object.keys(module.members), ...Object.keys(module.python?.exports ?? {})]);
    const missing = functions.filter((fn) => !implemented.has(fn));
    members[name] = missing.length === 0 ? module : { ...module, unavailable: missing, unavailableMessage: NOT_AVAILABLE_MESSAGE };
  }
  return { ...system, members };
}

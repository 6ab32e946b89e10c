/**
 * The guest-side halves of the bindings: bundled into dist/guest.js after the runtime (build.mjs), inside the
 * sandbox's isolate, so nothing here may use Node. Each file registers what it implements when evaluated.
 */
import './perspective/guest/session-table.js';

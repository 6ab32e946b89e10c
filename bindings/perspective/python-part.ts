import type { PythonPart } from '../../runtime/index.js';
import type { ProjectLibrary } from '../project/library.js';
import { PERSPECTIVE_PYTHON } from './perspective-python.js';

/** The resource timestamp (ISO 8601) as epoch milliseconds, which the guest turns into a java.util.Date. */
function lastModifiedMillis(timestamp: string | null): number | null {
  if (timestamp === null) return null;
  const millis = Date.parse(timestamp);
  return Number.isFinite(millis) ? millis : null;
}

/**
 * system.perspective.print and getProjectInfo (the keys of the 8.1 manual: views as `{path}` objects, lastModified
 * a java.util.Date, "Date the project was last modified").
 */
export function perspectivePythonPart(project: ProjectLibrary): PythonPart {
  const { info } = project;
  return {
    source: PERSPECTIVE_PYTHON,
    filename: '<system.perspective>',
    exports: { print: '_print', getProjectInfo: 'getProjectInfo' },
    constants: {
      _PROJECT_INFO: {
        name: project.name,
        title: info.title,
        description: info.description,
        lastModified: lastModifiedMillis(info.lastModified),
        lastModifiedBy: info.lastModifiedBy,
        views: info.views.map((path) => ({ path })),
        pageConfigs: info.pageConfigs.map(({ url, primaryView }) => ({ url, primaryView })),
      },
    },
  };
}

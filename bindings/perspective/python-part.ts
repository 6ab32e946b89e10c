import type { PythonPart } from '../../runtime/index.js';
import type { ProjectLibrary } from '../project/library.js';
import { PERSPECTIVE_PYTHON } from './perspective-python.js';

/** system.perspective.print and getProjectInfo (the keys of the 8.1 manual: views as `{path}` objects). */
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
        lastModified: info.lastModified,
        lastModifiedBy: info.lastModifiedBy,
        views: info.views.map((path) => ({ path })),
        pageConfigs: info.pageConfigs.map(({ url, primaryView }) => ({ url, primaryView })),
      },
    },
  };
}

import { registerGuestPackage } from '../runtime/guest/modules/extensions.js';
import javaInit from './java/__init__.py';
import javaLang from './java/lang/__init__.py';
import javaUtil from './java/util/__init__.py';
import javaText from './java/text/__init__.py';
import javaNet from './java/net/__init__.py';
import javaSql from './java/sql/__init__.py';
import psjava from './java/support/_psjava.py';
import systemDate from './date/_system_date.py';
import systemDataset from './dataset/_system_dataset.py';

/**
 * The Python packages bindings/ contributes to the guest bundle (see runtime/guest/modules/extensions.ts):
 * the java.* classes Ignition scripts import (Jython imports Java classes as modules: classImports), their
 * shared helpers, and the parts of `system` implemented inside the sandbox (system.date, system.dataset:
 * pure computation on the java.util.Date shim, no host call). Evaluated in the guest before it boots.
 */
registerGuestPackage({
  name: 'java',
  classImports: true,
  files: {
    'java/__init__': javaInit,
    'java/lang/__init__': javaLang,
    'java/util/__init__': javaUtil,
    'java/text/__init__': javaText,
    'java/net/__init__': javaNet,
    'java/sql/__init__': javaSql,
  },
});
registerGuestPackage({ name: '_psjava', files: { _psjava: psjava } });
registerGuestPackage({ name: '_system_date', files: { _system_date: systemDate } });
registerGuestPackage({ name: '_system_dataset', files: { _system_dataset: systemDataset } });

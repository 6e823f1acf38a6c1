// The package's version, bundled from package.json so `sow --version` and SARIF logs agree with it.
import { version } from '../../../package.json';

export const VERSION: string = version;
